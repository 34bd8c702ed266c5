package org.layoutstudio.editor.actions;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The operating system's clipboard (FX thread only), so layouts travel to and from pretix's web editor. */
public final class SystemTextClipboard implements TextClipboard {
    @Override
    public String getText() {
        Clipboard c = Clipboard.getSystemClipboard();
        return c.hasString() ? c.getString() : null;
    }

    @Override
    public void setText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}

package org.layoutstudio.editor.actions;

/** A place for text: the system clipboard in the app, a field in tests. */
public interface TextClipboard {
    /** The text on the clipboard, or null when it holds none. */
    String getText();

    void setText(String text);

    /** A clipboard that lives in memory. */
    static TextClipboard inMemory() {
        return new TextClipboard() {
            private String text;

            @Override
            public String getText() {
                return text;
            }

            @Override
            public void setText(String t) {
                text = t;
            }
        };
    }
}

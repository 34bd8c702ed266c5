package org.layoutstudio.editor.canvas;

import org.layoutstudio.layout.Element;

/** What the canvas shows for placeholders: pretix's sample values or a real attendee's. */
public interface ContentValues {
    /** The text a text element prints. */
    String textFor(Element element);

    /** The content of a QR code, or "" when pretix would draw none. */
    String barcodeFor(Element element);
}

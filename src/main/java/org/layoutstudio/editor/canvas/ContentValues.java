package org.layoutstudio.editor.canvas;

import org.layoutstudio.layout.Element;
import org.layoutstudio.render.TicketValues;

/** What the canvas shows for placeholders: pretix's sample values or a real attendee's. */
public interface ContentValues {
    /** The text a text element prints. */
    String textFor(Element element);

    /** The content of a QR code, or "" when pretix would draw none. */
    String barcodeFor(Element element);

    /** A ticket's values (sample or a real attendee's, e.g. {@code TicketValues.fromPdfData(...)}). */
    static ContentValues of(TicketValues values) {
        return new ContentValues() {
            @Override
            public String textFor(Element element) {
                return values.textFor(element);
            }

            @Override
            public String barcodeFor(Element element) {
                return values.barcodeFor(element);
            }
        };
    }
}

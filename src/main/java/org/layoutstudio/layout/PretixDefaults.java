package org.layoutstudio.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** pretix's built-in defaults: the default ticket layout and its A4 background. */
public final class PretixDefaults {
    private PretixDefaults() {
    }

    /** The layout pretix gives a new event (migration 0012, textcontainers and a QR code). */
    public static LayoutDocument ticketLayout() {
        try {
            return LayoutDocument.parse(resource("default-ticket-layout.json"));
        } catch (LayoutFormatException e) {
            throw new IllegalStateException("The bundled default layout is broken", e);
        }
    }

    /** pretix's {@code ticket_default_a4.pdf}: the background of layouts without one. */
    public static byte[] ticketBackgroundPdf() {
        return resource("default-ticket-background.pdf");
    }

    /** pretix's empty A6 landscape badge page. */
    public static byte[] badgeBackgroundPdf() {
        return resource("default-badge-background.pdf");
    }

    private static byte[] resource(String name) {
        try (InputStream in = PretixDefaults.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

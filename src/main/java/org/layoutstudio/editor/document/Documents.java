package org.layoutstudio.editor.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundPdf;

/** Where documents come from: a file, pretix's default ticket, an empty page, a layout on the server. */
public final class Documents {
    private Documents() {
    }

    /**
     * Opens a layout file. The background is a PDF of the same name beside it ({@code ticket.json} →
     * {@code ticket.pdf}) when there is one, else pretix's default A4 ticket background.
     */
    public static EditorDocument openFile(Path file) throws LayoutFormatException {
        LayoutDocument layout = LayoutDocument.read(file);
        byte[] background = siblingPdf(file);
        EditorDocument doc = new EditorDocument(layout, background != null ? background : PretixDefaults.ticketBackgroundPdf());
        doc.nameProperty().set(baseName(file));
        doc.fileProperty().set(file);
        return doc;
    }

    /** pretix's default ticket layout on its default A4 background. */
    public static EditorDocument defaultTicket() {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        doc.nameProperty().set("New ticket layout");
        return doc;
    }

    /** No elements on one blank page of the given size. */
    public static EditorDocument emptyPage(PageFormat format) {
        EditorDocument doc = new EditorDocument(new LayoutDocument(), BackgroundPdf.blank(format.widthMm(), format.heightMm()));
        doc.nameProperty().set("New layout (" + format.label() + ")");
        return doc;
    }

    /** A layout from the server with its downloaded background; the server copy is kept for saving. */
    public static EditorDocument fromServer(ServerLayout layout, byte[] background) throws LayoutFormatException {
        EditorDocument doc = new EditorDocument(LayoutDocument.parse(layout.layoutJson()), background);
        doc.nameProperty().set(layout.name());
        doc.serverOriginProperty().set(ServerOrigin.of(layout));
        return doc;
    }

    /** The server copy this document was opened from, or null. */
    public static ServerOrigin origin(EditorDocument doc) {
        return doc.serverOriginProperty().get() instanceof ServerOrigin o ? o : null;
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    private static byte[] siblingPdf(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        Path pdf = dir.resolve(baseName(file) + ".pdf");
        try {
            return Files.isRegularFile(pdf) && Files.size(pdf) <= BackgroundPdf.MAX_BYTES ? Files.readAllBytes(pdf) : null;
        } catch (IOException e) {
            return null;
        }
    }
}

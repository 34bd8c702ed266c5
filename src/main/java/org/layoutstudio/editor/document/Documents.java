package org.layoutstudio.editor.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ServerBackground;
import org.layoutstudio.editor.model.ServerOrigin;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.ui.Texts;

/** Where documents come from: a file, pretix's default ticket, an empty page, a layout on a pretix server. */
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

    /** pretix's default ticket layout on its default A4 background, named in the user's language. */
    public static EditorDocument defaultTicket(Texts texts) {
        EditorDocument doc = new EditorDocument(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        doc.nameProperty().set(texts.get("editor.document.newTicket"));
        return doc;
    }

    /** No elements on one blank page of the given size, named after the size. */
    public static EditorDocument emptyPage(PageFormat format, Texts texts) {
        EditorDocument doc = new EditorDocument(new LayoutDocument(), BackgroundPdf.blank(format.widthMm(), format.heightMm()));
        doc.nameProperty().set(texts.get("editor.document.newEmpty", format.label(texts)));
        return doc;
    }

    /**
     * A layout fetched from {@code repo}: it belongs to that event, based on the server's copy.
     *
     * @param explain turns a failure to fetch the background into a sentence (shown on the tab and when saving)
     */
    public static EditorDocument fromServer(LayoutRepository repo, LayoutRepository.Fetched fetched,
                                            Function<Throwable, String> explain) throws LayoutFormatException {
        ServerOrigin origin = new ServerOrigin(repo.address(), repo.connectionName(), fetched.layout(), background(fetched, explain));
        return EditorDocument.fromServer(fetched.layout().document(), origin);
    }

    /** The background of a fetched layout as the document keeps it. */
    public static ServerBackground background(LayoutRepository.Fetched fetched, Function<Throwable, String> explain) {
        if (fetched.backgroundProblem() != null) {
            return ServerBackground.unavailable(fetched.background(), explain.apply(fetched.backgroundProblem()));
        }
        return fetched.pretixDefault() ? ServerBackground.pretixDefault(fetched.background())
                : ServerBackground.downloaded(fetched.background());
    }

    /** The background PDF kept beside a layout file: {@code ticket.json} → {@code ticket.pdf}. */
    public static Path backgroundBeside(Path layoutFile) {
        Path dir = layoutFile.toAbsolutePath().getParent();
        String pdf = baseName(layoutFile) + ".pdf";
        return dir == null ? Path.of(pdf) : dir.resolve(pdf);
    }

    public static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    private static byte[] siblingPdf(Path file) {
        Path pdf = backgroundBeside(file);
        try {
            return Files.isRegularFile(pdf) && Files.size(pdf) <= BackgroundPdf.MAX_BYTES ? Files.readAllBytes(pdf) : null;
        } catch (IOException e) {
            return null;
        }
    }
}

package org.layoutstudio.render.raster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.layoutstudio.layout.InputFiles;
import org.layoutstudio.layout.SafeText;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.RenderLimits;

/**
 * Reads and opens background PDFs within {@link RenderLimits}, and turns PDFBox failures into
 * sentences. The one way into PDFBox for PDFs from outside: the CLI, the editor's open and drop,
 * the raster cache, the renderer.
 */
public final class Pdfs {
    /** Main memory a document's streams may use before they spill into a temp file. */
    public static final long MAX_MAIN_MEMORY = 32L * 1024 * 1024;

    /** PDFs (by identity of their bytes) that passed {@link PdfGuard}: a preview renders the same bytes again and again. */
    private static final Map<byte[], Boolean> CHECKED = Collections.synchronizedMap(new WeakHashMap<>());

    private Pdfs() {
    }

    /**
     * The bytes of a PDF file, refusing files over {@link RenderLimits#MAX_PDF_BYTES} unread
     * (devices and pipes included). The message of the exception is a sentence naming the file.
     */
    public static byte[] read(Path file) throws RenderException {
        try {
            return InputFiles.read(file, RenderLimits.MAX_PDF_BYTES);
        } catch (InputFiles.TooLarge e) {
            throw new RenderException(SafeText.line(file.toString(), SafeText.QUOTE_CHARS) + ": " + RenderLimits.pdfTooLarge(e.whatIsRead()), e);
        } catch (IOException e) {
            throw new RenderException(InputFiles.problem(file, e), e);
        }
    }

    /**
     * Opens a PDF and checks it against {@link RenderLimits} (pages, what its streams inflate to,
     * image pixels) before anything is drawn; streams beyond {@link #MAX_MAIN_MEMORY} go to a
     * temp file.
     */
    public static PDDocument open(byte[] pdf) throws RenderException {
        if (pdf == null || pdf.length == 0) {
            throw new RenderException("The background PDF is empty.");
        }
        if (pdf.length > RenderLimits.MAX_PDF_BYTES) {
            throw new RenderException(RenderLimits.pdfTooLarge("The PDF is " + String.format(java.util.Locale.ROOT, "%.1f MB", pdf.length / 1048576.0)));
        }
        PDDocument doc = null;
        try {
            if (CHECKED.get(pdf) == null) {
                StructureStreams.check(pdf); // decoded by PDFBox while it loads: measured before
            }
            doc = Loader.loadPDF(pdf, "", null, null, MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache);
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new RenderException("The background PDF is encrypted; save it without protection and try again.");
            }
            if (doc.getNumberOfPages() == 0) {
                throw new RenderException("The background PDF has no pages.");
            }
            if (CHECKED.get(pdf) == null) {
                PdfGuard.check(doc);
                CHECKED.put(pdf, Boolean.TRUE);
            }
            PDDocument ok = doc;
            doc = null;
            return ok;
        } catch (InvalidPasswordException e) {
            throw new RenderException("The background PDF is protected by a password; save it without protection and try again.", e);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("The background is not a readable PDF file (" + reason(e) + ").", e);
        } catch (OutOfMemoryError e) {
            throw new RenderException(RenderLimits.outOfMemory(), e);
        } finally {
            closeQuietly(doc);
        }
    }

    /** PDFBox's reason, escaped, capped and without its final full stop (the sentence adds its own). */
    private static String reason(Exception e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage().strip();
        while (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return SafeText.line(m, 200);
    }

    private static void closeQuietly(PDDocument doc) {
        if (doc != null) {
            try {
                doc.close();
            } catch (IOException e) {
                // nothing was handed out; the temp files go with the JVM
            }
        }
    }
}

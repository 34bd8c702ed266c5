package org.layoutstudio.render.raster;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.layoutstudio.render.RenderException;

/** Opens background PDFs with bounded memory and turns PDFBox failures into sentences. */
public final class Pdfs {
    /** Main memory a document's streams may use before they spill into a temp file. */
    public static final long MAX_MAIN_MEMORY = 32L * 1024 * 1024;

    private Pdfs() {
    }

    /** Opens a PDF; streams beyond {@link #MAX_MAIN_MEMORY} go to a temp file. */
    public static PDDocument open(byte[] pdf) throws RenderException {
        if (pdf == null || pdf.length == 0) {
            throw new RenderException("The background PDF is empty.");
        }
        try {
            PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                    MemoryUsageSetting.setupMixed(MAX_MAIN_MEMORY).streamCache);
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                doc.close();
                throw new RenderException("The background PDF is encrypted; save it without protection and try again.");
            }
            if (doc.getNumberOfPages() == 0) {
                doc.close();
                throw new RenderException("The background PDF has no pages.");
            }
            return doc;
        } catch (InvalidPasswordException e) {
            throw new RenderException("The background PDF is protected by a password; save it without protection and try again.", e);
        } catch (IOException e) {
            throw new RenderException("The background is not a readable PDF file (" + e.getMessage() + ").", e);
        }
    }
}

package org.layoutstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.layoutstudio.layout.PageGeometry;

/**
 * Reads what the preflight needs from a background PDF: the size of its first page (pretix sizes
 * every page like the first, turned when the page has /Rotate 90 or 270) and the number of pages.
 */
final class BackgroundPages {
    /** A background file that cannot be used; the message is a sentence for the user. */
    static final class UnreadableBackground extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableBackground(String message) {
            super(message);
        }
    }

    private BackgroundPages() {
    }

    private static String withoutFinalDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static PageGeometry read(Path pdf) throws UnreadableBackground {
        if (!Files.isRegularFile(pdf)) {
            throw new UnreadableBackground("There is no background file " + pdf + ".");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new UnreadableBackground("The background " + pdf + " has no pages.");
            }
            PDPage first = doc.getPage(0);
            PDRectangle box = first.getMediaBox();
            int rotate = ((first.getRotation() % 360) + 360) % 360;
            boolean turned = rotate == 90 || rotate == 270;
            double w = turned ? box.getHeight() : box.getWidth();
            double h = turned ? box.getWidth() : box.getHeight();
            if (!(w > 0) || !(h > 0)) {
                throw new UnreadableBackground("The first page of the background " + pdf + " has no size.");
            }
            return PageGeometry.ofPoints(w, h, doc.getNumberOfPages());
        } catch (InvalidPasswordException e) {
            throw new UnreadableBackground("The background " + pdf + " is protected by a password; pretix cannot use it either.");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableBackground("The background " + pdf + " is not a readable PDF (" + withoutFinalDot(CliErrors.describe(e)) + ").");
        }
    }
}

package org.layoutstudio.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * pretix's "powered by" logos as PDF image data. The build prepares them ({@link #main}, run by
 * Maven in {@code process-classes}) from the PNG files pretix ships, so that no program run decodes
 * and compresses the 1024 × 630 pixels again; a run only copies the prepared streams.
 */
public final class LogoImages {
    /** pretix's logo styles; any other value of an element's content means {@code dark}. */
    static final List<String> STYLES = List.of("dark", "white");

    private static final Map<String, EncodedImage> PREPARED = new ConcurrentHashMap<>();

    private LogoImages() {
    }

    /** The logo of a style as prepared at build time. */
    static EncodedImage of(String style) {
        return PREPARED.computeIfAbsent(style, st -> {
            String name = preparedName(st);
            try (InputStream in = LogoImages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in logo " + name + " is missing (made by the build's process-classes step)");
                }
                return EncodedImage.fromPdf(in.readAllBytes());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    static String pngName(String style) {
        return "pretix-powered_by_pretix_" + style + ".png";
    }

    static String preparedName(String style) {
        return "pretix-powered_by_pretix_" + style + ".pdf";
    }

    /** A one-page PDF showing the PNG logo of a style, its image compressed as every ticket embeds it. */
    static byte[] prepare(String style) throws IOException {
        try (InputStream png = LogoImages.class.getResourceAsStream(pngName(style));
             PDDocument doc = new PDDocument()) {
            if (png == null) {
                throw new IOException("The logo " + pngName(style) + " is missing");
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, ImageIO.read(png));
            PDPage page = new PDPage(new PDRectangle(image.getWidth(), image.getHeight()));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The build step: writes the prepared logos into the folder given (the classes folder of this package). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (String style : STYLES) {
            Files.write(folder.resolve(preparedName(style)), prepare(style));
        }
    }
}

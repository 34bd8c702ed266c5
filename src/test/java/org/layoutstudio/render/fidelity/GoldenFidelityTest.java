package org.layoutstudio.render.fidelity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.Raster;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fidelity against pretix's own renderings: pretix's test sheets are its renderings of the two
 * libpretixprint test layouts over a grid; we render the same layouts onto the empty A4 page and
 * compare the ink (text, QR modules, logo) at 150 dpi, intersection over union with a 1-pixel
 * tolerance. The floors are the figures reached; they may only go up.
 */
class GoldenFidelityTest {
    private static final Logger LOG = LoggerFactory.getLogger(GoldenFidelityTest.class);
    private static final float DPI = 150;
    /** The ticket secret pretix used for its test sheet (read back from its QR codes). */
    private static final String SECRET =
            "NoY+a0uDu1436Jba8PpV5slMJkCz1zH0R/2x+qIG+PLVCFJjlMwL/TPZhrmtfO/4RqbITBwprlG2l+Up7p8e8CAMAgyApCxbql2NxpWO0JVCKAEASAQA";

    static double iou(String layout, String golden, boolean withoutRed) throws Exception {
        LayoutDocument doc = LayoutDocument.parse(resource("/layouts/" + layout));
        TicketValues values = TicketValues.of(Map.of(), SECRET, "de");
        byte[] ours = new TicketRenderer(FontCatalog.standard()).render(doc, values, resource("/backgrounds/libpretixprint-bg-a4-empty.pdf"));
        BufferedImage a = Raster.page(ours, 0, DPI);
        BufferedImage b = Raster.page(resource("/backgrounds/" + golden), 0, DPI);
        Path out = Path.of("target", "fidelity");
        Files.createDirectories(out);
        Files.write(out.resolve(layout + ".pdf"), ours);
        ImageIO.write(a, "png", out.resolve(layout + ".ours.png").toFile());
        ImageIO.write(b, "png", out.resolve(layout + ".golden.png").toFile());
        double iou = Raster.iou(Raster.ink(a, withoutRed), Raster.ink(b, withoutRed), 1);
        LOG.info("IoU {} vs {}: {}", layout, golden, String.format("%.4f", iou));
        return iou;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = GoldenFidelityTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void textContainerSheet() throws Exception {
        double iou = iou("libpretixprint-testTextContainer.json", "libpretixprint-bg-textcontainer-test.pdf", true);
        // what is left: the "other font" box (Baloo Bhaijaan is not installed here, Open Sans stands in)
        // and the small print of the logo artwork
        assertTrue(iou >= 0.984, "IoU " + iou);
    }

    @Test
    void qrCodeSheet() throws Exception {
        double iou = iou("libpretixprint-testQRCode.json", "libpretixprint-bg-qrcode-test.pdf", false);
        assertTrue(iou >= 0.999, "IoU " + iou);
    }
}

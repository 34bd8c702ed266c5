package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.render.text.FontCatalog;

/** The logo prepared at build time is pretix's PNG, pixel for pixel, in every ticket that shows it. */
class LogoImagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dark", "white"})
    void aTicketsLogoIsThePngPixelForPixel(String style) throws Exception {
        LayoutDocument layout = LayoutDocument.parse("[{\"type\":\"poweredby\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\","
                + "\"content\":\"" + style + "\"}]");
        byte[] pdf = new TicketRenderer(FontCatalog.builtInOnly()).render(layout, TicketValues.sample(), null);
        BufferedImage png;
        try (InputStream in = LogoImages.class.getResourceAsStream(LogoImages.pngName(style))) {
            png = ImageIO.read(in);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage shown = null;
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    shown = image.getImage();
                }
            }
            assertNotNull(shown, "the ticket embeds the logo as an image");
            assertEquals(png.getWidth(), shown.getWidth());
            assertEquals(png.getHeight(), shown.getHeight());
            int differing = 0;
            for (int y = 0; y < png.getHeight(); y++) {
                for (int x = 0; x < png.getWidth(); x++) {
                    int a = png.getRGB(x, y);
                    int b = shown.getRGB(x, y);
                    // where the logo is fully transparent its colour does not show
                    if (a != b && (a >>> 24 != 0 || b >>> 24 != 0)) {
                        differing++;
                    }
                }
            }
            assertEquals(0, differing, "pixels that differ from pretix's PNG");
        }
    }
}

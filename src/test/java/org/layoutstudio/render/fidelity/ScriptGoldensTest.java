package org.layoutstudio.render.fidelity;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.Raster;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;

/**
 * Scripts and fonts against pretix's renderer: each case of {@code scripts/cases.json} was drawn by
 * reportlab the way pretix's pdf.py draws text, with pretix's Open Sans 1.10 (make_reportlab_goldens.py
 * next to the goldens); we render the same layout and compare the ink at 150 dpi, 1 px tolerance.
 * The fonts installed here (DejaVu) are in the catalogue but not offered, as on a pretix without
 * font plugins. Agreement figures go to target/fidelity/scripts.txt.
 */
class ScriptGoldensTest {
    private static final float DPI = 150;
    private static final double FLOOR = 0.99;
    private static final String DIR = "/org/layoutstudio/render/fidelity/scripts/";
    private static final Path SYSTEM_FONTS = Path.of("/usr/share/fonts/truetype/dejavu");

    @TestFactory
    Stream<DynamicTest> everyScriptPrintsAsPretixPrintsIt() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(resource("cases.json"))) {
            String name = c.get("name").asText();
            tests.add(DynamicTest.dynamicTest(name + ": " + c.get("what").asText(), () -> {
                double agreement = agreement(name, c.get("layout"));
                Path out = Files.createDirectories(Path.of("target", "fidelity"));
                Files.writeString(out.resolve("scripts.txt"), String.format("%s %.4f%n", name, agreement),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                assertTrue(agreement >= FLOOR, name + ": ink agreement " + agreement + " < " + FLOOR);
            }));
        }
        return tests.stream();
    }

    static double agreement(String name, JsonNode layout) throws Exception {
        FontCatalog fonts = FontCatalog.builtInOnly();
        if (name.equals("font-not-offered")) {
            assumeTrue(Files.isDirectory(SYSTEM_FONTS), "DejaVu is installed: the family is here, but not offered");
            fonts.add(SYSTEM_FONTS);
        }
        byte[] ours = new TicketRenderer(fonts).render(LayoutDocument.parse(layout.toString()),
                TicketValues.of(Map.of(), "secret", "en"), blankPage());
        byte[] golden = resource(name + ".pdf");
        return Raster.iou(Raster.ink(Raster.page(ours, 0, DPI)), Raster.ink(Raster.page(golden, 0, DPI)), 1);
    }

    /** The goldens' page: 210 × 80 mm, blank. */
    private static byte[] blankPage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle((float) Units.mmToPt(210), (float) Units.mmToPt(80))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ScriptGoldensTest.class.getResourceAsStream(DIR + name)) {
            return in.readAllBytes();
        }
    }
}

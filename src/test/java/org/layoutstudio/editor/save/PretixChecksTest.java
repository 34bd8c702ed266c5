package org.layoutstudio.editor.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutTexts;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.PretixVersion;

class PretixChecksTest {
    private final PretixChecks checks = new PretixChecks();

    @Test
    void pretixDefaultIsCleanAndBrokenElementsAreErrorsInSentences() throws Exception {
        List<Finding> clean = checks.check(PretixDefaults.ticketLayout(), PretixDefaults.ticketBackgroundPdf());
        assertTrue(clean.stream().noneMatch(Finding::isError), clean.toString());

        LayoutDocument bad = LayoutDocument.parse("[{\"type\":\"barcodearea\",\"left\":\"1,5\",\"bottom\":\"500\",\"size\":\"5\"}]");
        List<Finding> found = checks.check(bad, PretixDefaults.ticketBackgroundPdf());
        assertTrue(found.stream().anyMatch(Finding::isError), found.toString());
        assertTrue(found.stream().anyMatch(f -> !f.isError()), "preflight warns (outside the page / QR too small): " + found);
        for (LayoutTexts words : List.of(LayoutTexts.english(), LayoutTexts.forLocale(Locale.GERMAN))) {
            assertTrue(found.stream().map(words::sentence).allMatch(s -> Character.isUpperCase(s.charAt(0)) && !s.contains("Exception")
                    && !s.contains("layout.")), found.stream().map(words::sentence).toList().toString());
        }
    }

    @Test
    void aServerOfAnOlderPretixIsNamedWhereItPrintsDifferently() throws Exception {
        LayoutDocument layout = PretixDefaults.ticketLayout();
        byte[] bg = PretixDefaults.ticketBackgroundPdf();
        assertEquals(List.of(), checks.check(layout, bg, PretixVersion.parse("2025.10.0")));
        List<Finding> old = checks.check(layout, bg, PretixVersion.parse("2024.5.2"));
        assertTrue(!old.isEmpty() && old.stream().allMatch(f -> f.property().equals("type") && f.elementType().equals("textcontainer")
                && f.message().startsWith("this server runs pretix 2024.5.2, which does not know text boxes")), old.toString());
        assertEquals(List.of(), checks.check(layout, bg), "without a version: the newest pretix");
    }
}

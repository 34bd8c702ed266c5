package org.layoutstudio.editor.save;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PretixDefaults;

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
        assertTrue(found.stream().allMatch(f -> Character.isUpperCase(f.sentence().charAt(0)) && !f.sentence().contains("Exception")));
    }
}

package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreflightTest {
    private static final PageGeometry A4 = PageGeometry.A4_PORTRAIT;

    private static List<String> warnings(String layout, PageGeometry page) throws Exception {
        ValidationReport r = new Preflight().check(LayoutDocument.parse(layout), page);
        assertTrue(r.findings().stream().noneMatch(Finding::isError));
        return r.findings().stream().map(Finding::toString).toList();
    }

    private static String text(String extra) {
        return "{\"type\":\"textcontainer\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"50\",\"height\":\"10\",\"fontsize\":\"13.0\","
                + "\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,\"align\":\"left\",\"verticalalign\":\"top\","
                + "\"color\":[0,0,0,1],\"content\":\"attendee_name\"" + extra + "}";
    }

    @Test
    void theDefaultLayoutIsClean() throws Exception {
        assertEquals(List.of(), new Preflight().check(PretixDefaults.ticketLayout(), A4).findings());
    }

    @Test
    void partlyOffThePageSaysWhereAndHowFar() throws Exception {
        String layout = "[" + text("").replace("\"left\":\"10\"", "\"left\":\"180\"") + "]";
        assertEquals(List.of("element 1 (textcontainer): it reaches 20.00 mm beyond the right edge of the 210.00 × 297.00 mm page; that part is cut off."),
                warnings(layout, A4));
        String both = "[{\"type\":\"barcodearea\",\"left\":\"-5\",\"bottom\":\"290\",\"size\":\"20\"}]";
        assertEquals(List.of("element 1 (barcodearea): it reaches 5.00 mm beyond the left edge and 13.00 mm beyond the top edge of the 210.00 × 297.00 mm page; that part is cut off."),
                warnings(both, A4));
    }

    @Test
    void whollyOffThePage() throws Exception {
        assertEquals(List.of("element 1 (poweredby): it lies entirely outside the 210.00 × 297.00 mm page; it will not be printed."),
                warnings("[{\"type\":\"poweredby\",\"left\":\"300\",\"bottom\":\"10\",\"size\":\"20\",\"content\":\"dark\"}]", A4));
        assertEquals(List.of("element 1 (poweredby): it lies entirely outside the page; it will not be printed."),
                warnings("[{\"type\":\"poweredby\",\"left\":\"-40\",\"bottom\":\"10\",\"size\":\"20\",\"content\":\"dark\"}]", null));
    }

    @Test
    void withoutABackgroundOnlyTheLeftAndBottomEdgesCount() throws Exception {
        assertEquals(List.of(), warnings("[{\"type\":\"poweredby\",\"left\":\"3000\",\"bottom\":\"10\",\"size\":\"20\",\"content\":\"dark\"}]", null));
    }

    @Test
    void rotationTurnsTheBoxAboutItsTopLeftCorner() throws Exception {
        // A 50 × 10 box whose top-left corner is at (10, 20); turned 90° clockwise it hangs down to y = -30.
        String rotated = "[" + text(",\"rotation\":90") + "]";
        assertEquals(List.of("element 1 (textcontainer): it reaches 30.00 mm beyond the bottom edge of the 210.00 × 297.00 mm page; that part is cut off."),
                warnings(rotated, A4));
        MmBox b = ElementGeometry.estimating().boxOf(LayoutDocument.parse(rotated).get(0)).bounds();
        assertEquals(0, b.left(), 1e-9);
        assertEquals(10, b.right(), 1e-9);
        assertEquals(-30, b.bottom(), 1e-9);
        assertEquals(20, b.top(), 1e-9);
        MmBox upright = ElementGeometry.estimating().boxOf(LayoutDocument.parse("[" + text("") + "]").get(0));
        assertEquals(MmBox.of(10, 10, 50, 10), upright);
    }

    @Test
    void aPageTheBackgroundLacks() throws Exception {
        String layout = "[{\"type\":\"barcodearea\",\"page\":2,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\"},"
                + "{\"type\":\"barcodearea\",\"page\":0,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\"}]";
        assertEquals(List.of("element 1 (barcodearea): it is on page 2, but the background has 1 page; pretix never prints it.",
                "element 2 (barcodearea): \"page\" is 0; pages are numbered 1, 2, …, so pretix never prints this element."), warnings(layout, A4));
        assertEquals(List.of("element 2 (barcodearea): \"page\" is 0; pages are numbered 1, 2, …, so pretix never prints this element."),
                warnings(layout, new PageGeometry(210, 297, 2)));
    }

    @Test
    void unknownPlaceholders() throws Exception {
        assertEquals(List.of("element 1 (textcontainer): \"content\" is \"atendee_name\", a variable pretix does not know (did you mean \"attendee_name\"?); it prints as empty text."),
                warnings("[" + text("").replace("\"attendee_name\"", "\"atendee_name\"") + "]", A4));
        String custom = "[" + text(",\"text\":\"Hi {attendee_name}, {seat_numbr} {meta:Room} {question_x}\"").replace("\"attendee_name\"", "\"other\"") + "]";
        assertEquals(List.of("element 1 (textcontainer): the custom text contains {seat_numbr}, a variable pretix does not know (did you mean \"seat_number\"?); it prints literally as {seat_numbr}."),
                warnings(custom, A4));
        String i18n = "[" + text(",\"text_i18n\":{\"de\":\"{foo}\",\"en\":\"{foo}\"}").replace("\"attendee_name\"", "\"other_i18n\"") + "]";
        assertEquals(List.of("element 1 (textcontainer): the custom text contains {foo}, a variable pretix does not know; it prints literally as {foo}.",
                "element 1 (textcontainer): the custom text contains {foo}, a variable pretix does not know; it prints literally as {foo}."), warnings(i18n, A4));
        assertEquals(List.of("element 1 (barcodearea): \"content\" is \"sekret\", a variable pretix does not know (did you mean \"secret\"?); pretix leaves out the QR code."),
                warnings("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\",\"content\":\"sekret\"}]", A4));
        assertEquals(List.of(), warnings("[" + text("").replace("\"attendee_name\"", "\"attendee_name_given_name\"") + "]", A4));
    }

    @Test
    void fonts() throws Exception {
        assertEquals(List.of("element 1 (textcontainer): the font \"Roboto\" is probably available only with the pretix-fontpack-free plugin; without it pretix prints Open Sans."),
                warnings("[" + text("").replace("Open Sans", "Roboto") + "]", A4));
        assertEquals(List.of("element 1 (textcontainer): pretix may not have the font \"opensans\" (did you mean \"Open Sans\"?); only Open Sans is always there, other fonts come from plugins, and a missing font is printed as Open Sans."),
                warnings("[" + text("").replace("Open Sans", "opensans") + "]", A4));
        assertEquals(List.of(), new Preflight(Set.of("Comic Neue")).check(LayoutDocument.parse("[" + text("").replace("Open Sans", "Comic Neue") + "]"), A4).findings());
        assertEquals(KnownFonts.Availability.BUILT_IN, KnownFonts.availability("Open Sans"));
        assertEquals(KnownFonts.Availability.FONT_PACK, KnownFonts.availability("Noto Sans Japanese"));
        assertEquals(KnownFonts.Availability.UNKNOWN, KnownFonts.availability("Arial"));
        assertEquals("Open Sans", KnownFonts.all().get(0));
    }

    @Test
    void smallAndPaleQrCodes() throws Exception {
        assertEquals(List.of("element 1 (barcodearea): the QR code is 9.99 mm wide; below 10 mm scanners may fail to read it.",
                "element 1 (barcodearea): the QR colour #e0e0e0 is too pale; scanners need a dark code on a light background."),
                warnings("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"9.99\",\"color\":[224,224,224,1]}]", A4));
        assertEquals(List.of(), warnings("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":10,\"color\":[0,0,128]}]", A4));
    }

    @Test
    void emptyContent() throws Exception {
        assertEquals(List.of("element 1 (textcontainer): \"content\" is empty; pretix prints \"(error)\" here."),
                warnings("[" + text("").replace("\"attendee_name\"", "\"\"") + "]", A4));
        assertEquals(List.of("element 1 (textcontainer): the custom text is empty; nothing is printed."),
                warnings("[" + text(",\"text\":\" \"").replace("\"attendee_name\"", "\"other\"") + "]", A4));
        assertEquals(List.of("element 1 (textcontainer): the custom text has no language with text; nothing is printed."),
                warnings("[" + text(",\"text_i18n\":{}").replace("\"attendee_name\"", "\"other_i18n\"") + "]", A4));
        assertEquals(List.of("element 1 (imagearea): \"content\" is empty; the image area stays blank."),
                warnings("[{\"type\":\"imagearea\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"30\",\"height\":\"40\",\"content\":\"\"}]", A4));
        assertEquals(List.of("element 1 (barcodearea): the custom text is empty; pretix leaves out the QR code."),
                warnings("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\",\"content\":\"other\",\"text\":\"\"}]", A4));
        assertEquals(List.of(), warnings("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\"}]", A4), "no content is the secret");
    }

    @Test
    void paleText() throws Exception {
        assertEquals(List.of("element 1 (textcontainer): the text colour #ffffff is very pale; on a white background it is hard to read."),
                warnings("[" + text("").replace("[0,0,0,1]", "[255,255,255,1]") + "]", A4));
        assertEquals(List.of(), warnings("[" + text("").replace("[0,0,0,1]", "[128,128,128,1]") + "]", A4));
    }

    @Test
    void valuesTheSchemaRejectsAreLeftToTheSchema() throws Exception {
        assertEquals(List.of(), warnings("[{\"type\":\"barcodearea\",\"left\":\"1,5\",\"bottom\":true,\"size\":\"x\",\"page\":\"9\"},{\"type\":\"ellipse\"},{}]", A4));
        assertEquals(List.of(), new Preflight().check(LayoutJson.parse("[1,\"x\",null]"), A4).findings());
        assertEquals(List.of(), new Preflight().check(LayoutJson.parse("{}"), A4).findings());
    }

    @Test
    void aReportListsErrorsAndMarkedWarningsInElementOrder() throws Exception {
        LayoutDocument doc = LayoutDocument.parse("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"5\"},{\"type\":\"x\"}]");
        ValidationReport r = LayoutValidator.pretix().validate(doc).plus(new Preflight().check(doc, A4));
        assertEquals("element 1 (barcodearea): warning: the QR code is 5.00 mm wide; below 10 mm scanners may fail to read it.\n"
                + "element 2 (x): \"type\" is \"x\"; allowed are barcodearea, imagearea, textcontainer, textarea, poweredby.", r.toString());
        assertEquals(1, r.errors().size());
        assertEquals(1, r.warnings().size());
        assertTrue(!r.isValid());
    }

    @Test
    void zeroOrNegativeSizesSayWhatPretixDoes() throws Exception {
        assertEquals(List.of("element 1 (barcodearea): \"size\" is \"0\"; with a size of zero pretix prints nothing of it."),
                warnings("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"0\"}]", A4));
        assertEquals(List.of("element 1 (barcodearea): \"size\" is \"-30\"; pretix prints the QR code turned upside down, to the left of and below its position."),
                warnings("[{\"type\":\"barcodearea\",\"left\":\"50\",\"bottom\":\"50\",\"size\":\"-30\"}]", A4),
                "printed, inside the page (20..50 mm): no other warning");
        assertEquals(List.of("element 1 (poweredby): \"size\" is \"0\"; pretix cannot scale its logo to that and produces no ticket at all."),
                warnings("[{\"type\":\"poweredby\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"0\",\"content\":\"dark\"}]", A4));
        assertEquals(List.of("element 1 (textcontainer): \"width\" is -1; pretix cannot wrap text into that width and produces no ticket at all."),
                warnings("[" + text("").replace("\"width\":\"50\"", "\"width\":-1") + "]", A4));
        assertEquals(List.of("element 1 (imagearea): \"height\" is 0; with a size of zero pretix prints nothing of it."),
                warnings("[{\"type\":\"imagearea\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"30\",\"height\":0,\"content\":\"question_photo\"}]", A4));
        assertEquals(List.of("element 1 (textcontainer): \"height\" is \"0.00\"; the box has no room, so pretix prints the text outside it."),
                warnings("[" + text("").replace("\"height\":\"10\"", "\"height\":\"0.00\"") + "]", A4));
        assertEquals(List.of("element 1 (textcontainer): \"fontsize\" is 0; with a size of zero pretix prints nothing of it."),
                warnings("[" + text("").replace("\"fontsize\":\"13.0\"", "\"fontsize\":0") + "]", A4));
        assertEquals(List.of("element 1 (textcontainer): \"fontsize\" is -3; pretix prints the text turned upside down."),
                warnings("[" + text("").replace("\"fontsize\":\"13.0\"", "\"fontsize\":-3") + "]", A4));
    }

    @Test
    void preflightAndPrintabilityAgree() throws Exception {
        String[] layouts = {
            "{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"0\"}",
            "{\"type\":\"barcodearea\",\"left\":\"50\",\"bottom\":\"50\",\"size\":\"-30\"}",
            "{\"type\":\"barcodearea\",\"page\":2,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\"}",
            "{\"type\":\"barcodearea\",\"page\":1.5,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\"}",
            "{\"type\":\"poweredby\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"-5\",\"content\":\"dark\"}",
            "{\"type\":\"imagearea\",\"left\":\"10\",\"bottom\":\"10\",\"width\":\"-30\",\"height\":\"20\",\"content\":\"\"}",
            text("").replace("\"width\":\"50\"", "\"width\":\"0\""),
            text(""),
        };
        for (String json : layouts) {
            Element e = Element.parse(json);
            List<Finding> found = new Preflight().checkElement(1, e, A4);
            boolean saysNotPrinted = found.stream().anyMatch(f -> f.message().contains("nothing") || f.message().contains("never prints")
                    || f.message().contains("no ticket"));
            assertEquals(!Printability.printable(e, A4), saysNotPrinted, json + " → " + found);
        }
    }
}

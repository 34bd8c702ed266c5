package org.layoutstudio.editor.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.ui.Texts;

class EditorActionsTest {
    private final TextClipboard clipboard = TextClipboard.inMemory();

    private static final Texts ENGLISH = Texts.forLocale(Locale.ENGLISH);

    private EditorActions actions(String json) throws Exception {
        return actions(json, ENGLISH);
    }

    private EditorActions actions(String json, Texts texts) throws Exception {
        EditorDocument d = new EditorDocument(LayoutDocument.parse(json), null);
        return new EditorActions(d, EditContext.of(ElementGeometry.estimating(), PageGeometry.A4_PORTRAIT, 1, 105, 148.5), clipboard,
                texts);
    }

    private static String img(String left, String bottom, String w, String h) {
        return "{\"type\":\"imagearea\",\"left\":\"" + left + "\",\"bottom\":\"" + bottom + "\",\"width\":\"" + w
                + "\",\"height\":\"" + h + "\",\"content\":\"\"}";
    }

    private static final String THREE = "[" + img("10.00", "10.00", "10.00", "10.00") + "," + img("30.00", "50.00", "20.00", "5.00")
            + "," + img("70.00", "20.00", "5.00", "30.00") + "]";

    private void selectAll(EditorActions a) {
        a.selectAll();
    }

    private List<String> field(EditorActions a, String key) {
        List<String> out = new ArrayList<>();
        for (Element e : a.document().layout().elements()) {
            out.add(e.string(key, "?"));
        }
        return out;
    }

    @Test
    void alignLeftRightTopMiddleToSelectionBounds() throws Exception {
        EditorActions a = actions(THREE);
        selectAll(a);
        a.align(Alignment.LEFT);
        assertEquals(List.of("10.00", "10.00", "10.00"), field(a, "left"));
        a.align(Alignment.RIGHT); // right edge of the bounds is now 30 (the 20 mm wide one)
        assertEquals(List.of("20.00", "10.00", "25.00"), field(a, "left"));
        a.align(Alignment.TOP); // top of bounds: 55
        assertEquals(List.of("45.00", "50.00", "25.00"), field(a, "bottom"));
        a.align(Alignment.MIDDLE); // bounds now 25..55 → middle 40
        assertEquals(List.of("35.00", "37.50", "25.00"), field(a, "bottom"));
        a.document().history().undo();
        assertEquals(List.of("45.00", "50.00", "25.00"), field(a, "bottom"));
        assertEquals("Align middle", a.document().history().redoDescription());
    }

    @Test
    void aSingleElementAlignsToThePage() throws Exception {
        EditorActions a = actions("[" + img("10.00", "10.00", "10.00", "10.00") + "]");
        selectAll(a);
        a.align(Alignment.CENTER);
        assertEquals("100.00", a.document().layout().get(0).string("left", ""));
        a.align(Alignment.TOP);
        assertEquals("287.00", a.document().layout().get(0).string("bottom", ""));
        a.align(Alignment.RIGHT);
        a.align(Alignment.BOTTOM);
        assertEquals("200.00", a.document().layout().get(0).string("left", ""));
        assertEquals("0.00", a.document().layout().get(0).string("bottom", ""));
    }

    @Test
    void distributeMakesEqualGaps() throws Exception {
        EditorActions a = actions(THREE);
        selectAll(a);
        a.distribute(Distribution.HORIZONTAL);
        // span 10..75, widths 10+20+5 = 35, gap (65-35)/2 = 15 → 10, 35, 70
        assertEquals(List.of("10.00", "35.00", "70.00"), field(a, "left"));
        a.distribute(Distribution.VERTICAL);
        // by bottom: 10 (h10), 20 (h30), 50 (h5); span 10..55 = 45, heights 45 → gap 0 → 10, 20, 50
        assertEquals(List.of("10.00", "50.00", "20.00"), field(a, "bottom"));
    }

    @Test
    void zOrderIsTheArrayOrder() throws Exception {
        EditorActions a = actions(THREE);
        List<Element> els = a.document().layout().elements();
        a.document().selection().select(els.get(0).id());
        a.order(ZOrder.FORWARD);
        assertEquals(List.of("30.00", "10.00", "70.00"), field(a, "left"));
        a.order(ZOrder.TO_FRONT);
        assertEquals(List.of("30.00", "70.00", "10.00"), field(a, "left"));
        a.order(ZOrder.TO_FRONT); // already on top: no command
        assertEquals("Bring to front", a.document().history().undoDescription());
        a.order(ZOrder.TO_BACK);
        assertEquals(List.of("10.00", "30.00", "70.00"), field(a, "left"));
        a.order(ZOrder.BACKWARD);
        assertEquals(List.of("10.00", "30.00", "70.00"), field(a, "left"));
        a.document().history().undo();
        a.document().history().undo();
        assertEquals(List.of("30.00", "10.00", "70.00"), field(a, "left"));
    }

    @Test
    void duplicateOffsetsByFiveMillimetresWithNewIdentities() throws Exception {
        EditorActions a = actions(THREE);
        Element first = a.document().layout().get(0);
        a.document().selection().select(first.id());
        a.duplicate();
        assertEquals(4, a.document().layout().size());
        Element copy = a.document().layout().get(3);
        assertNotEquals(first.id(), copy.id());
        assertEquals("15.00", copy.string("left", ""));
        assertEquals("5.00", copy.string("bottom", ""));
        assertEquals(List.of(copy.id()), List.copyOf(a.document().selection().ids()));
        a.document().history().undo();
        assertEquals(3, a.document().layout().size());
    }

    @Test
    void copyPastePretixJsonWithOffsetWhenTheSpotIsTaken() throws Exception {
        EditorActions a = actions(THREE);
        a.document().selection().select(a.document().layout().get(1).id());
        a.copy();
        assertEquals("[{\"type\":\"imagearea\",\"left\":\"30.00\",\"bottom\":\"50.00\",\"width\":\"20.00\",\"height\":\"5.00\",\"content\":\"\"}]",
                clipboard.getText());
        assertTrue(a.paste());
        assertEquals("35.00", a.document().layout().get(3).string("left", ""));
        assertEquals("45.00", a.document().layout().get(3).string("bottom", ""));
        assertEquals(1, a.document().layout().get(3).page());
        assertTrue(a.paste());
        assertEquals("40.00", a.document().layout().get(4).string("left", ""), "second paste onto the same spot moves on");
        // cut and paste puts it back where it was
        a.document().selection().select(a.document().layout().get(0).id());
        a.cut();
        assertEquals(4, a.document().layout().size());
        a.paste();
        assertEquals("10.00", a.document().layout().get(4).string("left", ""));
    }

    @Test
    void pasteAcceptsASingleObjectAndRejectsWhatIsNotALayout() throws Exception {
        EditorActions a = actions("[]");
        List<String> problems = new ArrayList<>();
        a.setProblemHandler(problems::add);
        clipboard.setText("{\"type\":\"poweredby\",\"left\":\"1.00\",\"bottom\":\"2.00\",\"size\":\"20.00\",\"content\":\"dark\"}");
        assertTrue(a.paste());
        assertEquals(1, a.document().layout().size());
        clipboard.setText("[1, 2]");
        assertFalse(a.paste());
        clipboard.setText("hello");
        assertFalse(a.paste());
        clipboard.setText("[{\"left\":\"3\"}]");
        assertFalse(a.paste());
        assertEquals(3, problems.size());
        assertTrue(problems.get(0).contains("Item 1"), problems.get(0));
        assertEquals(1, a.document().layout().size());
    }

    @Test
    void nudgesMergeIntoOneUndoStep() throws Exception {
        EditorActions a = actions(THREE);
        a.document().selection().select(a.document().layout().get(0).id());
        a.nudge(1, 0);
        a.nudge(1, 0);
        a.nudge(0, -0.1);
        assertEquals("12.00", a.document().layout().get(0).string("left", ""));
        assertEquals("9.90", a.document().layout().get(0).string("bottom", ""));
        a.document().history().undo();
        assertEquals("10.00", a.document().layout().get(0).string("left", ""));
        assertFalse(a.document().history().canUndo());
    }

    @Test
    void deleteAndSelectAllOnlyOnTheCurrentPage() throws Exception {
        EditorActions a = actions("[" + img("1.00", "1.00", "1.00", "1.00") + ",{\"type\":\"poweredby\",\"page\":2,\"left\":\"0\",\"bottom\":\"0\",\"size\":\"1\",\"content\":\"dark\"}]");
        a.selectAll();
        assertEquals(1, a.document().selection().size());
        a.delete();
        assertEquals(1, a.document().layout().size());
        assertEquals("poweredby", a.document().layout().get(0).typeName());
    }

    @Test
    void templatesAreWhatPretixsEditorCreates() throws Exception {
        EditorActions a = actions("[]");
        Element t = a.add(ElementTemplates.TEXT_BOX);
        assertEquals("type,page,locale,left,bottom,fontsize,lineheight,color,fontfamily,bold,italic,width,height,content,text,"
                + "text_i18n,rotation,align,verticalalign,autoresize,splitlongwords", t.keyOrder());
        assertEquals("{\"type\":\"textcontainer\",\"page\":1,\"locale\":\"\",\"left\":\"65.00\",\"bottom\":\"144.59\",\"fontsize\":\"13.0\","
                + "\"lineheight\":\"1\",\"color\":[0,0,0,1],\"fontfamily\":\"Open Sans\",\"bold\":false,\"italic\":false,"
                + "\"width\":\"80.00\",\"height\":\"7.83\",\"content\":\"event_name\",\"text\":\"Sample event name\",\"text_i18n\":{},"
                + "\"rotation\":0,\"align\":\"left\",\"verticalalign\":\"middle\",\"autoresize\":true,\"splitlongwords\":true}",
                t.compactJson());
        Element legacy = ElementTemplates.LEGACY_TEXT.create(2, 105, 148.5);
        assertEquals("type,page,locale,left,bottom,fontsize,lineheight,color,fontfamily,bold,italic,width,downward,content,text,"
                + "text_i18n,rotation,align", legacy.keyOrder());
        assertEquals("50.00", legacy.string("width", ""));
        assertTrue(legacy.downward());
        assertEquals(2, legacy.page());
        Element qr = ElementTemplates.QR_CHECK_IN.create(1, 105, 148.5);
        assertEquals("{\"type\":\"barcodearea\",\"page\":1,\"left\":\"85.00\",\"bottom\":\"128.50\",\"size\":\"40.00\",\"content\":\"secret\","
                + "\"text\":\"\",\"text_i18n\":{},\"nowhitespace\":true}", qr.compactJson());
        assertEquals("pseudonymization_id", ElementTemplates.QR_LEAD_SCANNING.create(1, 0, 0).content());
        assertEquals("other", ElementTemplates.QR_OTHER.create(1, 0, 0).content());
        assertEquals("{\"type\":\"imagearea\",\"page\":1,\"left\":\"85.00\",\"bottom\":\"128.50\",\"height\":\"40.00\",\"width\":\"40.00\","
                + "\"content\":\"\"}", ElementTemplates.IMAGE.create(1, 105, 148.5).compactJson());
        Element logo = ElementTemplates.PRETIX_LOGO.create(1, 105, 148.5);
        assertEquals("type,page,left,bottom,size,content", logo.keyOrder());
        assertEquals("dark", logo.content());
        assertEquals("138.50", logo.string("bottom", ""));
        assertEquals(List.of(t.id()), List.copyOf(a.document().selection().ids()));
        assertEquals("Add Text box", a.document().history().undoDescription());
    }

    @Test
    void tabGoesThroughThePageInReadingOrderAndStopsAtTheEnds() throws Exception {
        // tops: 20, 55, 50 and 54.5 (in a row with the 55 one: less than 1 mm apart); the logo is on page 2
        EditorActions a = actions("[" + img("10.00", "10.00", "10.00", "10.00") + "," + img("30.00", "50.00", "20.00", "5.00")
                + "," + img("70.00", "20.00", "5.00", "30.00") + "," + img("5.00", "49.50", "5.00", "5.00")
                + ",{\"type\":\"poweredby\",\"page\":2,\"left\":\"0\",\"bottom\":\"200\",\"size\":\"1\",\"content\":\"dark\"}]");
        List<Element> els = a.document().layout().elements();
        List<Long> seen = new ArrayList<>();
        while (a.selectNext(false)) {
            seen.add(a.document().selection().ids().iterator().next());
        }
        // from the top down; within a row from left to right (the lower one at 5 mm comes before the one at 30 mm)
        assertEquals(List.of(els.get(3).id(), els.get(1).id(), els.get(2).id(), els.get(0).id()), seen);
        assertEquals(java.util.Set.of(els.get(0).id()), a.document().selection().ids(), "the end keeps the last one selected");
        assertTrue(a.selectNext(true));
        assertEquals(java.util.Set.of(els.get(2).id()), a.document().selection().ids());
        a.selectNone();
        assertTrue(a.selectNext(true), "without a selection Shift+Tab starts at the last one");
        assertEquals(java.util.Set.of(els.get(0).id()), a.document().selection().ids());
        assertFalse(actions("[]").selectNext(false), "an empty page lets the focus move on");
    }

    @Test
    void undoStepsAreNamedInTheUsersLanguage() throws Exception {
        EditorActions a = actions(THREE, Texts.forLocale(Locale.GERMAN));
        a.selectAll();
        a.duplicate();
        assertEquals("Duplizieren von 3 Elementen", a.document().history().undoDescription());
        a.align(Alignment.LEFT);
        assertEquals("Links ausrichten", a.document().history().undoDescription());
        a.add(ElementTemplates.QR_CHECK_IN);
        assertEquals("Hinzufügen: QR-Code für den Check-in", a.document().history().undoDescription());
        List<String> problems = new ArrayList<>();
        a.setProblemHandler(problems::add);
        clipboard.setText("[1]");
        assertFalse(a.paste());
        assertEquals(List.of("Eintrag 1 in der Zwischenablage ist kein Layout-Element (kein JSON-Objekt)."), problems);
    }
}

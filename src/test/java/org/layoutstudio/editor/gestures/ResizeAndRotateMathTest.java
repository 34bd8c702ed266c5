package org.layoutstudio.editor.gestures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementGeometry;
import org.layoutstudio.layout.MmBox;

class ResizeAndRotateMathTest {
    private static Element el(String json) throws Exception {
        return Element.parse(json);
    }

    @Test
    void textBoxResizesFromTheLeftEdgeKeepingTheRightEdge() throws Exception {
        Element e = el("{\"type\":\"textcontainer\",\"left\":\"20.00\",\"bottom\":\"50.00\",\"width\":\"60.00\",\"height\":\"10.00\"}");
        MmBox b = ElementGeometry.estimating().boxOf(e);
        // W handle dragged 5 mm to the left: local x = -5
        Element r = ResizeGesture.resized(e, b, Handle.W, -5, 5);
        assertEquals("15.00", r.string("left", ""));
        assertEquals("65.00", r.string("width", ""));
        assertEquals("50.00", r.string("bottom", ""));
        assertEquals("10.00", r.string("height", ""));
        // S handle 4 mm further down: the top stays, bottom moves down
        Element s = ResizeGesture.resized(e, b, Handle.S, 30, 14);
        assertEquals("46.00", s.string("bottom", ""));
        assertEquals("14.00", s.string("height", ""));
    }

    @Test
    void logoKeepsItsAspectFromTheOppositeCorner() throws Exception {
        Element e = el("{\"type\":\"poweredby\",\"left\":\"10.00\",\"bottom\":\"10.00\",\"size\":\"20.00\",\"content\":\"dark\"}");
        MmBox b = ElementGeometry.estimating().boxOf(e);
        // NE corner dragged up by 10 mm (local y -10): height 30, bottom-left corner stays
        Element r = ResizeGesture.resized(e, b, Handle.NE, b.width(), -10);
        assertEquals("30.00", r.string("size", ""));
        assertEquals("10.00", r.string("left", ""));
        assertEquals("10.00", r.string("bottom", ""));
    }

    @Test
    void legacyTextOnlyChangesItsWidth() throws Exception {
        Element e = el("{\"type\":\"textarea\",\"left\":\"10.00\",\"bottom\":\"100.00\",\"width\":\"50.00\",\"fontsize\":\"13.0\",\"downward\":true}");
        MmBox b = ElementGeometry.estimating().boxOf(e);
        Element r = ResizeGesture.resized(e, b, Handle.E, 70, 40);
        assertEquals("70.00", r.string("width", ""));
        assertEquals("10.00", r.string("left", ""));
        assertEquals("100.00", r.string("bottom", ""));
    }

    @Test
    void rotatedBoxResizesInItsOwnFrame() throws Exception {
        Element e = el("{\"type\":\"textcontainer\",\"left\":\"50.00\",\"bottom\":\"50.00\",\"width\":\"20.00\",\"height\":\"10.00\",\"rotation\":90}");
        MmBox b = ElementGeometry.estimating().boxOf(e);
        // E handle (along the rotated x axis, i.e. downwards on the page) 10 mm further
        Element r = ResizeGesture.resized(e, b, Handle.E, 30, 5);
        assertEquals("30.00", r.string("width", ""));
        assertEquals("50.00", r.string("left", ""), "the top-left corner, the rotation origin, stays");
        assertEquals("50.00", r.string("bottom", ""));
    }

    @Test
    void rotationIsNormalisedAndRounded() {
        assertEquals(350.0, RotateGesture.rotation(-10, false), 1e-9);
        assertEquals(12.3, RotateGesture.rotation(12.3456, false), 1e-9);
        assertEquals(15.0, RotateGesture.rotation(9, true), 1e-9);
        assertEquals(0.0, RotateGesture.rotation(359.99, false), 1e-9);
    }
}

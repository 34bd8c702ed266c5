package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundTripSmokeTest {
    @Test
    void keepsLiteralsKeyOrderAndTypes() throws Exception {
        String in = "[{\"type\":\"x\",\"b\":\"17.50\",\"a\":1.50,\"c\":-0,\"d\":1e3,\"e\":[1,2.0],\"f\":{\"z\":null,\"y\":true}}]";
        assertEquals(in, LayoutDocument.parse(in).toCompactJson());
    }

    @Test
    void editsAreWrittenLikePretixsEditor() throws Exception {
        LayoutDocument d = LayoutDocument.parse("[{\"type\":\"textcontainer\",\"left\":\"1\",\"fontsize\":13,\"x\":1}]");
        Element e = d.get(0).withLeft(12.345).withFontSize(9).withRotation(-10.5);
        assertEquals("{\"type\":\"textcontainer\",\"left\":\"12.35\",\"fontsize\":\"9.0\",\"x\":1,\"rotation\":-10.5}", e.compactJson());
        assertEquals(d.get(0).id(), e.id());
    }
}

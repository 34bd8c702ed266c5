package org.layoutstudio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.Element;

class TicketValuesTest {
    static Element el(String json) throws Exception {
        return Element.parse(json);
    }

    @Test
    void contentResolutionAsPretix() throws Exception {
        TicketValues v = TicketValues.of(Map.of("event_name", "DemoCon", "meta:Room", "Hall 3", "itemmeta:Seat", "A4",
                "attendee_name", "Jane"), "S".repeat(40), "de");
        assertEquals("DemoCon", v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"event_name\"}")));
        assertEquals("Hall 3", v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"meta:Room\"}")));
        assertEquals("", v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"meta:Missing\"}")));
        assertEquals("A4", v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"itemmeta:Seat\"}")));
        assertEquals("", v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"no_such_variable\"}")));
        assertEquals("(error)", v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"\"}")));
        assertEquals("S".repeat(30) + "…", v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"secret\"}")),
                "the text variable shortens long secrets");
        assertEquals("Hi Jane, room Hall 3, code " + "S".repeat(40) + ", {unknown} {meta:Nope}.".replace("{meta:Nope}", ""),
                v.textFor(el("{\"type\":\"textcontainer\",\"content\":\"other\",\"text\":\"Hi {attendee_name}, room {meta:Room}, code {secret}, {unknown} {meta:Nope}.\"}")));
    }

    @Test
    void i18nTextFollowsTheElementLocaleThenTheOrderLocale() throws Exception {
        TicketValues de = TicketValues.of(Map.of(), "x", "de");
        String el = "{\"type\":\"textcontainer\",\"content\":\"other_i18n\",\"text_i18n\":{\"de\":\"Hallo {order}\",\"en\":\"Hello\"}%s}";
        assertEquals("Hallo {order}", de.textFor(el(String.format(el, ""))));
        assertEquals("Hello", de.textFor(el(String.format(el, ",\"locale\":\"en\""))));
        assertEquals("Hallo {order}", de.withLocale("de-informal").textFor(el(String.format(el, ""))), "base language");
        assertEquals("Hello", de.withLocale("fr").textFor(el(String.format(el, ""))), "English as last resort");
    }

    @Test
    void barcodeContent() throws Exception {
        TicketValues v = TicketValues.of(Map.of("order", "ABC"), "S".repeat(40), "en");
        assertEquals("S".repeat(40), v.barcodeFor(el("{\"type\":\"barcodearea\",\"content\":\"secret\"}")), "the full secret");
        assertEquals("S".repeat(40), v.barcodeFor(el("{\"type\":\"barcodearea\"}")), "secret by default");
        assertEquals("ABC-1", v.barcodeFor(el("{\"type\":\"barcodearea\",\"content\":\"other\",\"text\":\"  {order}-1 \"}")));
    }

    @Test
    void pdfDataFromTheApiWithImages() throws Exception {
        String json = "{\"id\":1,\"secret\":\"" + "z".repeat(50) + "\",\"pdf_data\":{\"event_name\":\"DemoCon\",\"seat_number\":4,"
                + "\"images\":{\"question_photo\":\"https://pretix.example/photo.png#etag=1\",\"logo\":null}}}";
        TicketValues v = TicketValues.fromPdfData(new ObjectMapper().readTree(json))
                .withImageLoader(url -> url.startsWith("https://pretix.example/") ? Optional.of(new byte[] {1, 2, 3}) : Optional.empty());
        assertEquals("z".repeat(50), v.secret());
        assertEquals("DemoCon", v.values().get("event_name"));
        assertEquals("4", v.values().get("seat_number"));
        assertArrayEquals(new byte[] {1, 2, 3}, v.image("question_photo").orElseThrow());
        assertTrue(v.image("logo").isEmpty());
        assertEquals(2, TicketValues.allFrom(new ObjectMapper().readTree("{\"results\":[" + json + "," + json + "]}")).size());
        assertEquals(1, TicketValues.allFrom(new ObjectMapper().readTree("{\"locale\":\"de\",\"positions\":[" + json + "]}")).size());
        assertEquals("de", TicketValues.allFrom(new ObjectMapper().readTree("{\"locale\":\"de\",\"positions\":[" + json + "]}")).get(0).locale());
    }

    @Test
    void sampleValuesAreTheCatalogues() {
        TicketValues s = TicketValues.sample();
        assertEquals("Sample event name", s.variable("event_name").orElseThrow());
        assertEquals("tdmruoekvkpbv1o2mv8xccvqcikvr58u", s.secret());
    }
}

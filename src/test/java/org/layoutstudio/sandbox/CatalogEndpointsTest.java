package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organizers, events, items, questions and order positions with their pretix shapes and filters. */
class CatalogEndpointsTest {
    static SandboxServer server;
    static Http http;
    static String ev;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start();
        http = Http.token(server);
        ev = Http.event(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void baseUrlIsLoopbackWithTheChosenPort() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), server.baseUrl());
        assertEquals(server.baseUrl(), server.url());
        assertEquals(Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1)), server.port());
    }

    @Test
    void organizersListShowsOnlyTheTokensOrganizer() {
        HttpResponse<byte[]> r = http.get("/api/v1/organizers/");
        assertEquals(200, r.statusCode());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode j = Http.json(r);
        assertEquals(1, j.get("count").asInt());
        assertEquals("demo", j.get("results").get(0).get("slug").asText());
        assertEquals("Demo Organizer", j.get("results").get(0).get("name").asText());
        assertTrue(j.get("next").isNull());
    }

    @Test
    void eventListAndDetail() {
        JsonNode list = Http.json(http.get("/api/v1/organizers/demo/events/"));
        assertEquals(1, list.get("count").asInt());
        JsonNode e = Http.json(http.get(ev));
        assertEquals("democon", e.get("slug").asText());
        assertEquals("DemoCon 2026", e.get("name").get("en").asText());
        assertEquals("DemoCon 2026", e.get("name").get("de").asText());
        assertEquals("2026-06-11T09:00:00+02:00", e.get("date_from").asText());
        assertEquals("Europe/Berlin", e.get("timezone").asText());
    }

    @Test
    void threeItemsAndTwoQuestions() {
        JsonNode items = Http.json(http.get(ev + "items/"));
        assertEquals(3, items.get("count").asInt());
        assertEquals(1, items.get("results").get(0).get("id").asInt());
        assertEquals("Konferenzticket", items.get("results").get(0).get("name").get("de").asText());
        assertEquals(200, http.get(ev + "items/2/").statusCode());
        assertEquals(404, http.get(ev + "items/99/").statusCode());
        JsonNode questions = Http.json(http.get(ev + "questions/"));
        assertEquals(2, questions.get("count").asInt());
        assertEquals("DIET", questions.get("results").get(1).get("identifier").asText());
    }

    @Test
    void thirtyAttendeesWithUniqueCodesSecretsAndSomeCheckins() {
        JsonNode list = Http.json(http.get(ev + "orderpositions/"));
        assertEquals(30, list.get("count").asInt());
        assertEquals(30, list.get("results").size());
        Set<String> secrets = new HashSet<>();
        int checkedIn = 0;
        boolean nonAscii = false;
        for (JsonNode p : list.get("results")) {
            secrets.add(p.get("secret").asText());
            assertTrue(p.get("order").asText().matches("[A-Z0-9]{5}"));
            checkedIn += p.get("checkins").size() > 0 ? 1 : 0;
            nonAscii |= !p.get("attendee_name").asText().matches("\\p{ASCII}*");
        }
        assertEquals(30, secrets.size());
        assertTrue(checkedIn > 0 && checkedIn < 30, "some but not all are checked in: " + checkedIn);
        assertTrue(nonAscii);
        assertEquals(1, server.state().attendees().stream().filter(SandboxAttendee::canceled).count());
    }

    @Test
    void searchMatchesNameEmailAndOrderCode() {
        SandboxAttendee a = server.state().attendees().get(1); // Jürgen Weiß
        assertEquals("Jürgen Weiß", a.name());
        JsonNode byName = Http.json(http.get(ev + "orderpositions/?search=j%C3%BCrgen"));
        assertEquals(1, byName.get("count").asInt());
        assertEquals(a.positionId(), byName.get("results").get(0).get("id").asInt());
        JsonNode byCode = Http.json(http.get(ev + "orderpositions/?search=" + a.orderCode().toLowerCase()));
        assertTrue(byCode.get("count").asInt() >= 1);
        assertEquals(a.orderCode(), byCode.get("results").get(0).get("order").asText());
        JsonNode byEmail = Http.json(http.get(ev + "orderpositions/?search=" + a.email()));
        assertEquals(a.positionId(), byEmail.get("results").get(0).get("id").asInt());
        assertEquals(0, Http.json(http.get(ev + "orderpositions/?search=nobody-has-this")).get("count").asInt());
    }

    @Test
    void pdfDataHasEveryVariableMetaAndImages() {
        SandboxAttendee a = server.state().attendees().get(0);
        JsonNode p = Http.json(http.get(ev + "orderpositions/" + a.positionId() + "/?pdf_data=true"));
        JsonNode d = p.get("pdf_data");
        String[] keys = {"secret", "order", "positionid", "order_positionid", "item", "variation", "item_description",
            "itemvar", "itemvar_description", "item_category", "price", "price_with_bundled", "price_with_addons",
            "attendee_name", "attendee_company", "attendee_address", "attendee_street", "attendee_zipcode",
            "attendee_city", "attendee_state", "attendee_country", "attendee_email", "pseudonymization_id",
            "event_name", "event_series_name", "event_date", "event_date_range", "event_begin", "event_begin_date",
            "event_begin_time", "event_begin_weekday", "event_end", "event_end_date", "event_end_time",
            "event_end_weekday", "event_admission", "event_admission_time", "event_location", "telephone", "email",
            "invoice_name", "invoice_company", "invoice_street", "invoice_zipcode", "invoice_city", "invoice_state",
            "invoice_country", "addons", "organizer", "organizer_info_text", "event_info_text", "now_date",
            "now_datetime", "now_time", "purchase_date", "purchase_datetime", "purchase_time", "valid_from_date",
            "valid_from_datetime", "valid_from_time", "valid_until_date", "valid_until_datetime", "valid_until_time",
            "program_times", "medium_identifier", "seat", "seat_zone", "seat_row", "seat_number", "first_scan",
            "giftcard_issuance_date", "giftcard_expiry_date", "attendee_name_for_salutation",
            "invoice_name_for_salutation", "attendee_name_given_name", "attendee_name_family_name",
            "question_JOBTITLE", "question_DIET", "meta:Region", "itemmeta:Room", "images"};
        for (String k : keys) {
            assertTrue(d.has(k), "pdf_data has " + k);
        }
        assertEquals(a.name(), d.get("attendee_name").asText());
        assertEquals("DemoCon 2026", d.get("event_name").asText());
        assertEquals(p.get("secret").asText(), d.get("secret").asText());
        assertEquals("June 11th – 12th, 2026", d.get("event_date_range").asText());
        assertEquals("Thursday", d.get("event_begin_weekday").asText());
        assertEquals("€249.00", d.get("price").asText());
        assertTrue(d.get("images").isObject());
        // without the parameter there is no pdf_data
        assertFalse(Http.json(http.get(ev + "orderpositions/" + a.positionId() + "/")).has("pdf_data"));
        JsonNode list = Http.json(http.get(ev + "orderpositions/?pdf_data=true&page_size=5"));
        assertTrue(list.get("results").get(4).has("pdf_data"));
    }

    @Test
    void germanOrdersGetGermanFormats() {
        SandboxAttendee a = server.state().attendees().get(1); // a German-language order
        JsonNode d = Http.json(http.get(ev + "orderpositions/" + a.positionId() + "/?pdf_data=true")).get("pdf_data");
        assertEquals("11.–12. Juni 2026", d.get("event_date_range").asText());
        assertEquals("Donnerstag", d.get("event_begin_weekday").asText());
    }

    @Test
    void unknownPositionIs404AndUnknownUrlIsHtml404() {
        HttpResponse<byte[]> r = http.get(ev + "orderpositions/999999/");
        assertEquals(404, r.statusCode());
        assertEquals("Not found.", Http.json(r).get("detail").asText());
        HttpResponse<byte[]> html = http.get("/api/v1/nothing-here/");
        assertEquals(404, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }
}

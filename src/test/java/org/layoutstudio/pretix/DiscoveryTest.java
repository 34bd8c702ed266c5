package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Organizers, events, items, questions and order positions, parsed from pretix-shaped answers. */
class DiscoveryTest {
    FakePretix pretix;
    PretixClient client;

    @BeforeEach
    void start() throws Exception {
        pretix = new FakePretix();
        client = pretix.client(new FakeSleeper());
        pretix.route(this::answer);
    }

    @AfterEach
    void stop() {
        client.close();
        pretix.close();
    }

    static final String EV = "/api/v1/organizers/dummy/events/democon/";

    private MockResponse answer(RecordedRequest r) {
        String p = r.getUrl().encodedPath();
        return switch (p) {
            case "/api/v1/organizers/" -> FakePretix.json(200, "{\"count\":1,\"next\":null,\"results\":[{\"slug\":\"dummy\",\"name\":\"Dummy Org\",\"public_url\":\"x\"}]}");
            case "/api/v1/organizers/dummy/events/" -> FakePretix.json(200, "{\"count\":1,\"next\":null,\"results\":[{\"slug\":\"democon\","
                    + "\"name\":{\"en\":\"DemoCon\",\"de\":\"DemoKonferenz\"},\"live\":true,\"date_from\":\"2026-12-01T09:00:00+01:00\","
                    + "\"date_to\":null,\"locales\":[\"en\",\"de\"],\"unknown\":[1]}]}");
            case EV + "settings/" -> FakePretix.json(200, "{\"locales\":[\"de\",\"en\"],\"locale\":\"de\",\"timezone\":\"Europe/Berlin\"}");
            case EV + "items/" -> FakePretix.json(200, "{\"count\":1,\"next\":null,\"results\":[{\"id\":23,\"name\":{\"en\":\"Ticket\"},\"active\":true}]}");
            case EV + "questions/" -> FakePretix.json(200, "{\"count\":1,\"next\":null,\"results\":[{\"id\":5,\"question\":{\"en\":\"Company?\"},\"identifier\":\"COMPANY\",\"type\":\"S\"}]}");
            case EV + "orderpositions/" -> FakePretix.json(200, "{\"count\":1,\"next\":null,\"results\":[" + POSITION + "]}");
            case EV + "orderpositions/426/" -> FakePretix.json(200, POSITION);
            default -> null;
        };
    }

    static final String POSITION = "{\"id\":426,\"order\":\"ABC12\",\"positionid\":1,\"item\":23,\"attendee_name\":\"Peter Miller\","
            + "\"secret\":\"s\",\"pdf_data\":{\"event_name\":\"DemoCon\",\"attendee_name\":\"Peter Miller\"}}";

    @Test
    void organizersAndEvents() throws Exception {
        assertEquals(List.of(new Organizer("dummy", "Dummy Org")), client.organizers());
        EventInfo e = client.events().get(0);
        assertEquals("democon", e.slug());
        assertEquals("DemoKonferenz", e.name().get("de"));
        assertEquals("DemoCon", e.name().get("fr"));
        assertEquals(OffsetDateTime.parse("2026-12-01T09:00:00+01:00"), e.dateFrom());
        assertNull(e.dateTo());
        assertEquals(List.of("en", "de"), e.locales());
        assertTrue(e.live());
    }

    @Test
    void eventLocalesComeFromTheSettings() throws Exception {
        assertEquals(List.of("de", "en"), client.eventLocales());
    }

    @Test
    void itemsAndQuestions() throws Exception {
        assertEquals("Ticket", client.items().get(0).name().get("en"));
        QuestionInfo q = client.questions().get(0);
        assertEquals("COMPANY", q.identifier());
        assertEquals("Company?", q.question().toString());
    }

    @Test
    void orderPositionsBySearchAndByIdWithPdfData() throws Exception {
        List<OrderPositionInfo> found = client.searchOrderPositions(" Peter ");
        RecordedRequest r = pretix.requests().get(0);
        assertEquals("Peter", r.getUrl().queryParameter("search"));
        assertEquals("true", r.getUrl().queryParameter("pdf_data"));
        assertEquals("ABC12-1 Peter Miller", found.get(0).label());
        OrderPositionInfo p = client.orderPosition(426);
        assertEquals("true", pretix.requests().get(1).getUrl().queryParameter("pdf_data"));
        assertEquals(426, p.id());
        assertEquals(23, p.itemId());
        assertEquals("DemoCon", p.pdfData().get("event_name").asText());
    }
}

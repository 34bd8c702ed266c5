package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 121 layouts (120 made here + the default) paged the way pretix pages them. */
class PaginationTest {
    static SandboxServer server;
    static Http http;
    static String list;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start();
        http = Http.token(server);
        list = Http.event(server) + "ticketlayouts/";
        // names created out of order: the server must sort them
        for (int i = 120; i >= 1; i--) {
            String name = String.format("Layout %03d", i);
            assertEquals(201, http.send("POST", list, "{\"name\": \"" + name + "\", \"layout\": []}").statusCode());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fiftyPerPageWithAbsoluteNextAndPrevious() {
        JsonNode p1 = Http.json(http.get(list));
        assertEquals(121, p1.get("count").asInt());
        assertEquals(50, p1.get("results").size());
        assertTrue(p1.get("previous").isNull());
        assertEquals(server.baseUrl() + list + "?page=2", p1.get("next").asText());
        JsonNode p2 = Http.json(http.get(p1.get("next").asText()));
        assertEquals(server.baseUrl() + list, p2.get("previous").asText(), "page 1 drops the parameter");
        JsonNode p3 = Http.json(http.get(p2.get("next").asText()));
        assertEquals(21, p3.get("results").size());
        assertTrue(p3.get("next").isNull());
        assertEquals(server.baseUrl() + list + "?page=2", p3.get("previous").asText());
    }

    @Test
    void followingNextVisitsEveryLayoutOnceSortedByName() {
        List<String> names = new ArrayList<>();
        String url = list;
        int pages = 0;
        while (url != null) {
            JsonNode page = Http.json(http.get(url));
            page.get("results").forEach(l -> names.add(l.get("name").asText()));
            url = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(121, names.size());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String::compareTo);
        assertEquals(sorted, names);
        assertEquals("Default layout", names.get(0));
        assertEquals("Layout 001", names.get(1));
    }

    @Test
    void pageSizeIsCappedAtFiftyAndKeptInLinks() {
        JsonNode small = Http.json(http.get(list + "?page_size=20&page=2"));
        assertEquals(20, small.get("results").size());
        assertEquals(server.baseUrl() + list + "?page=3&page_size=20", small.get("next").asText());
        assertEquals(server.baseUrl() + list + "?page_size=20", small.get("previous").asText());
        JsonNode big = Http.json(http.get(list + "?page_size=500"));
        assertEquals(50, big.get("results").size());
    }

    @Test
    void pagesOutOfRangeAre404InvalidPage() {
        var r = http.get(list + "?page=4");
        assertEquals(404, r.statusCode());
        assertEquals("Invalid page.", Http.json(r).get("detail").asText());
        assertEquals(404, http.get(list + "?page=0").statusCode());
        assertEquals(404, http.get(list + "?page=abc").statusCode());
        assertEquals(21, Http.json(http.get(list + "?page=last")).get("results").size());
    }
}

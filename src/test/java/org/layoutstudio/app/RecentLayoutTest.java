package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentLayoutTest {
    @Test
    void filesAndServerLayoutsSurviveTheSettingsFile() {
        RecentLayout file = new RecentLayout.LayoutFile(Path.of("/tmp/ticket.json"));
        assertEquals("/tmp/ticket.json", file.encode(), "a file stays a plain path, as older settings have it");
        assertEquals(Optional.of(file), RecentLayout.decode(file.encode()));
        RecentLayout server = new RecentLayout.ServerLayout("My pretix & co", "acme", "fest-2026", 42, "Badge = A6?");
        assertEquals(Optional.of(server), RecentLayout.decode(server.encode()));
        RecentLayout demo = new RecentLayout.ServerLayout(null, "demo", "democon", 1, "Default");
        assertEquals(Optional.of(demo), RecentLayout.decode(demo.encode()));
    }

    @Test
    void aDamagedEntryIsSkipped() {
        assertTrue(RecentLayout.decode(RecentLayout.SERVER_PREFIX + "organizer=a&event=b&id=x").isEmpty());
        assertTrue(RecentLayout.decode(RecentLayout.SERVER_PREFIX + "id=3").isEmpty());
        assertTrue(RecentLayout.decode("").isEmpty());
    }
}

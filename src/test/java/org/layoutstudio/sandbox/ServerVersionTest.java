package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.Preflight;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.PretixVersion;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;

/** The server's pretix version over real HTTP, and what preflight says when that version prints differently. */
class ServerVersionTest {
    @Test
    void theSandboxReportsItsVersionAsPretixDoes() throws Exception {
        try (SandboxServer server = SandboxServer.start();
             PretixClient client = new PretixClient(PretixConnection.withToken(server.baseUrl(), server.organizer(),
                     server.event(), server.token()))) {
            PretixVersion v = client.serverVersion();
            assertEquals(Resources.PRETIX_VERSION, v.text());
            assertFalse(v.isBefore("2024.7"));
        }
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertTrue(PretixVersion.parse("2024.5.0").isBefore("2024.7"));
        assertTrue(PretixVersion.parse("4.16.0").isBefore("2024.7"));
        assertFalse(PretixVersion.parse("2024.7.0.dev0").isBefore("2024.7"));
        assertFalse(PretixVersion.parse("2024.10.1").isBefore("2024.7"));
        assertEquals(null, PretixVersion.parse("unknown"));
    }

    @Test
    void preflightSaysWhereAnOlderServerPrintsDifferently() throws Exception {
        LayoutDocument current = PretixDefaults.ticketLayout();
        long textBoxes = current.elements().stream().filter(e -> e.typeName().equals("textcontainer")).count();
        List<Finding> old = new Preflight().forServer(PretixVersion.parse("2024.5.2")).check(current, null).findings();
        assertEquals(textBoxes, old.stream().filter(f -> f.message().contains("this server runs pretix 2024.5.2, which does not know"
                + " text boxes of this kind (pretix 2024.7 added them)")).count());
        assertEquals(List.of(), new Preflight().forServer(PretixVersion.parse("2025.1.0")).check(current, null).findings());
    }
}

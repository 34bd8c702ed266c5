package org.layoutstudio.editor.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layoutstudio.editor.inspector.ContentOption;
import org.layoutstudio.editor.inspector.ContentOptions;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.sandbox.SandboxServer;

/** What the inspector's content picker learns from a real (sandbox) event over HTTP. */
class PretixLayoutRepositorySandboxTest {
    @Test
    void eventContextHasLanguagesQuestionsAndMetaProperties() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start();
             PretixClient client = new PretixClient(PretixConnection.of(sandbox.baseUrl(), sandbox.organizer(),
                     sandbox.event(), AuthScheme.TOKEN, sandbox.token()))) {
            EventContext ctx = new PretixLayoutRepository(client, "en").eventContext();
            assertEquals(List.of("en", "de"), ctx.locales());
            List<ContentOption> options = ContentOptions.forText(ctx);
            assertTrue(options.stream().anyMatch(o -> o.key().equals("question_JOBTITLE") && o.label().equals("Question: Job title")),
                    options.toString());
            ContentOption region = options.stream().filter(o -> o.key().equals("meta:Region")).findFirst().orElseThrow();
            assertEquals("Event attribute: Region", region.label());
            assertEquals("Berlin", region.sample(), "the event's own value is the sample");
            assertTrue(options.stream().anyMatch(o -> o.key().equals("itemmeta:Room") && o.label().equals("Item attribute: Room")),
                    options.toString());
            assertEquals("other", options.get(options.size() - 1).key(), "\"Other…\" stays last, as in pretix");
        }
    }
}

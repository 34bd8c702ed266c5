package org.layoutstudio.editor.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.layoutstudio.editor.inspector.ContentOption;
import org.layoutstudio.editor.inspector.ContentOptions;
import org.layoutstudio.editor.testing.SandboxFixture;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.TicketLayoutResource;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.sandbox.RecordedRequest;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.sandbox.SandboxServer;
import org.layoutstudio.ui.Texts;

/**
 * A pretix event as the editor reads it over real HTTP (the sandbox): layouts with their backgrounds,
 * and what the inspector's content picker learns.
 */
class LayoutRepositorySandboxTest {
    @Test
    void eventContextHasLanguagesQuestionsAndMetaProperties() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start();
             PretixClient client = new PretixClient(PretixConnection.of(sandbox.baseUrl(), sandbox.organizer(),
                     sandbox.event(), AuthScheme.TOKEN, sandbox.token()))) {
            EventContext ctx = new LayoutRepository(client, null, "en").eventContext();
            assertEquals(List.of("en", "de"), ctx.locales());
            List<ContentOption> options = new ContentOptions(Texts.forLocale(Locale.ENGLISH)).forText(ctx);
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

    @Test
    void pretixsStaticDefaultBackgroundIsTheBuiltInCopyWithoutADownload() throws Exception {
        try (SandboxFixture sandbox = new SandboxFixture(); LayoutRepository repo = sandbox.repository(null)) {
            LayoutRepository.Fetched f = repo.fetch(sandbox.defaultLayoutId());
            assertTrue(f.layout().backgroundUrl().endsWith("/static/pretixpresale/pdf/ticket_default_a4.pdf"),
                    "pretix reports its static default: " + f.layout().backgroundUrl());
            assertTrue(f.pretixDefault());
            assertNull(f.backgroundProblem());
            assertArrayEquals(PretixDefaults.ticketBackgroundPdf(), f.background());
            assertEquals(0, sandbox.server().requests().count(r -> r.path().startsWith("/static/")),
                    "the built-in copy is used, nothing is downloaded");
        }
    }

    @Test
    void theDefaultLayoutComesWithItsBackgroundInOneRequest() throws Exception {
        try (SandboxFixture sandbox = new SandboxFixture(); LayoutRepository repo = sandbox.repository(null)) {
            sandbox.server().requests().clear();
            LayoutRepository.Fetched first = repo.fetchDefault().orElseThrow();
            assertEquals(1, sandbox.server().requests().count(), "the list alone: " + sandbox.server().requests().all());
            assertEquals(sandbox.defaultLayoutId(), first.layout().id());
            assertTrue(first.layout().isDefault());
            LayoutRepository.Fetched fetched = repo.fetch(sandbox.defaultLayoutId());
            assertEquals(fetched.layout().document().toCompactJson(), first.layout().document().toCompactJson(),
                    "the listed layout is the one its own address gives");
            assertEquals(fetched.layout().name(), first.layout().name());
            assertArrayEquals(fetched.background(), first.background());
        }
    }

    @Test
    void aBackgroundThatCannotBeFetchedStillOpensTheLayoutOnAStandInPage() throws Exception {
        try (SandboxFixture sandbox = new SandboxFixture(); LayoutRepository repo = sandbox.repository(null)) {
            int id = (int) sandbox.defaultLayoutId();
            sandbox.server().state().loseBackgroundFile(id);
            LayoutRepository.Fetched f = repo.fetch(id);
            assertEquals(11, f.layout().document().size(), "the layout is there");
            PretixException why = assertInstanceOf(PretixException.class, f.backgroundProblem());
            assertEquals(PretixException.Kind.NOT_FOUND, why.kind());
            org.layoutstudio.layout.PageGeometry page = BackgroundPdf.read(f.background());
            assertEquals(210, page.widthMm(), 0.01, "a blank page of pretix's default size");
            assertEquals(297, page.heightMm(), 0.01);
            List<RecordedRequest> media = sandbox.server().requests().matching(r -> r.path().startsWith("/media/"));
            assertEquals(1, media.size(), "asked once, not retried: " + media);
            assertEquals(404, media.get(0).status());
            assertNull(media.get(0).header("Authorization"), "no token on a media address");
        }
    }

    @Test
    void theTokenGoesOnlyToApiPathsNeverToStaticOrMediaFilesOfTheSameHost() throws Exception {
        try (SandboxFixture sandbox = new SandboxFixture(); LayoutRepository repo = sandbox.repository(null)) {
            byte[] own = BackgroundPdf.blank(100, 50);
            String file = repo.client().uploadBackground(own, "own.pdf");
            TicketLayoutResource created = repo.client().createLayout(
                    TicketLayoutResource.newLayout("Own background", PretixDefaults.ticketLayout()).withBackgroundFile(file));
            LayoutRepository.Fetched f = repo.fetch(created.id());
            assertArrayEquals(own, f.background(), "downloaded from the media address pretix gave");
            repo.client().downloadBackground(sandbox.server().baseUrl() + "/static/pretixpresale/pdf/ticket_default_a4.pdf");
            List<RecordedRequest> all = sandbox.server().requests().all();
            assertTrue(all.stream().anyMatch(r -> r.path().startsWith("/media/")));
            assertTrue(all.stream().anyMatch(r -> r.path().startsWith("/static/")));
            for (RecordedRequest r : all) {
                boolean api = r.path().startsWith("/api/v1/");
                assertEquals(api, r.header("Authorization") != null, r.method() + " " + r.path());
            }
        }
    }
}

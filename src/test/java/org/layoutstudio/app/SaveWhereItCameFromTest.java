package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.editor.testing.SandboxFixture;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.pretix.profiles.CredentialStore;
import org.layoutstudio.pretix.profiles.ProfileStore;
import org.layoutstudio.ui.AppAction;
import org.testfx.api.FxRobot;

/**
 * The data-safety seam through the whole shell, with the real editor and two saved connections to two
 * servers whose events look alike: a tab saves where its layout came from after the user switched
 * connections, and after a crash and a restart with the other connection active it connects again
 * through the saved connection instead of writing anywhere else.
 */
class SaveWhereItCameFromTest extends FxRobot {
    @TempDir
    Path dir;
    private SandboxFixture a;
    private SandboxFixture b;
    private ProfileStore profiles;

    @BeforeEach
    void servers() throws Exception {
        a = new SandboxFixture();
        b = new SandboxFixture();
        profiles = new ProfileStore(dir);
        CredentialStore credentials = CredentialStore.open(dir);
        ConnectionProfile pa = new ConnectionProfile("Server A", a.server().baseUrl(), "demo", "democon", AuthScheme.TOKEN);
        ConnectionProfile pb = new ConnectionProfile("Server B", b.server().baseUrl(), "demo", "democon", AuthScheme.TOKEN);
        credentials.store(pa, a.server().token());
        credentials.store(pb, b.server().token());
        profiles.put(pa);
        profiles.put(pb);
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    private static EditorWorkspace workspace(ShellHarness h) throws Exception {
        EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
        ShellHarness.waitUntil(() -> editor.workspace() != null && editor.workspace().repositoryProperty().get() != null);
        return editor.workspace();
    }

    private static void switchTo(ShellHarness h, String profile) throws Exception {
        AppAction menu = h.shell.actions().get("connection.profiles");
        h.fx(() -> menu.items().stream().filter(i -> i.text().startsWith(profile)).findFirst().orElseThrow().run().run());
        ShellHarness.waitUntil(() -> profile.equals(h.shell.activeConnection().profileName()));
    }

    private static String left(SandboxFixture s) throws Exception {
        return s.layout(s.defaultLayoutId()).get("layout").get(0).get("left").asText();
    }

    @Test
    void aTabSavesWhereItsLayoutCameFromAcrossSwitchesCrashesAndRestarts() throws Exception {
        profiles.setActive("Server A");
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir, connector, AreaFactory.standard())) {
            EditorWorkspace ws = workspace(h);
            h.fx(() -> ws.openFromServer(a.defaultLayoutId(), v -> { }));
            ShellHarness.waitUntil(() -> ws.views().size() == 1);
            EditorDocument doc = ws.currentDocument();
            h.fx(() -> doc.run(ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)), e -> e.withLeft(21))));

            switchTo(h, "Server B");
            ShellHarness.waitUntil(() -> ws.repositoryProperty().get().address().server().startsWith(b.server().baseUrl()));
            h.fx(() -> h.shell.actions().get("layout.save").fire());   // Ctrl+S
            ShellHarness.waitUntil(() -> !doc.isModified());
            assertEquals("21.00", left(a), "saved to server A");
            assertEquals("130.40", left(b), "server B untouched");
            assertTrue(b.editorWrites().isEmpty());

            // more work, then the app dies without closing the tab
            h.fx(() -> doc.run(ReplaceElementsCommand.of("Move", List.of(doc.layout().get(0)), e -> e.withLeft(22))));
            h.fx(ws::flushJournal);
            ShellHarness.waitUntil(() -> !new org.layoutstudio.editor.save.CrashJournal(dir.resolve("journal")).recoverable().isEmpty());
        }
        connector.close();
        assertEquals("Server B", new ProfileStore(dir).active().orElseThrow().name(), "the next start uses server B");

        PretixConnector again = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir, again, AreaFactory.standard())) {
            EditorWorkspace ws = workspace(h);
            ShellHarness.waitUntil(() -> lookup("#recovery-dialog").tryQuery().isPresent());
            clickOn("Restore");
            ShellHarness.waitUntil(() -> ws.views().size() == 1);
            EditorDocument doc = ws.currentDocument();
            assertTrue(doc.isModified());
            h.fx(() -> h.shell.actions().get("layout.save").fire());
            ShellHarness.waitUntil(() -> lookup("#unreachable-dialog").tryQuery().isPresent());
            clickOn("Connect again and save");
            ShellHarness.waitUntil(() -> !doc.isModified());
            assertEquals("22.00", left(a), "saved to server A through its saved connection");
            assertEquals("130.40", left(b));
            assertTrue(b.editorWrites().isEmpty(), "never a write to the active server B: " + b.editorWrites());
        }
        again.close();
    }
}

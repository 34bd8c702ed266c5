package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.Version;
import org.layoutstudio.editor.EditorWorkspace;
import org.layoutstudio.editor.save.CrashJournal;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.sandbox.SandboxServer;
import org.layoutstudio.ui.TextWalk;
import org.testfx.api.FxRobot;

/**
 * With German chosen, the editor's own parts speak German: its menu entries (Edit, Insert, Arrange,
 * View), toolbar tooltips, the canvas's tool strip with its menus, the status bar's reports, the
 * crash-restore dialog and the preview's own window. (The inspector and the preview pane are walked
 * by their own tests; the ticket drawn on the canvas is pretix's data.)
 */
class EditorGermanTest extends FxRobot {
    @TempDir
    Path dir;

    private List<String> foreign(ShellHarness h, TextWalk walk) throws Exception {
        List<List<String>> found = new ArrayList<>();
        h.fx(() -> found.add(walk.foreignTexts(Window.getWindows().filtered(Window::isShowing))));
        return found.get(0);
    }

    @Test
    void theEditorsMenusStripDialogsAndWindowsSpeakGerman() throws Exception {
        Path config = dir.resolve("config");
        Settings s = new Settings();
        s.language = "de";
        new SettingsStore(config).save(s);
        new CrashJournal(config.resolve("journal")).write("left-behind", new CrashJournal.Snapshot("Badge", null, null,
                "[{\"type\":\"poweredby\",\"left\":\"1.00\",\"bottom\":\"1.00\",\"size\":\"9.00\",\"content\":\"dark\"}]",
                PretixDefaults.badgeBackgroundPdf(), 1));
        PretixConnector connector = new PretixConnector(Locale.GERMAN);
        try (ShellHarness h = ShellHarness.open(config, connector, AreaFactory.standard())) {
            EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> editor.workspace() != null && editor.workspace().currentDocument() != null
                    && lookup("#recovery-dialog").tryQuery().isPresent());
            EditorWorkspace ws = editor.workspace();
            TextWalk walk = TextWalk.german().data(GermanWalkTest.shortcuts(h.shell.actions()))
                    .data(SandboxServer.ORGANIZER, SandboxServer.EVENT, Version.get(), "Badge",
                            ws.currentDocument().nameProperty().get())
                    .skip(n -> n.getStyleClass().contains("ticket-canvas") || n.getStyleClass().contains("inspector")
                            || n.getStyleClass().contains("preview-pane") || "certificates-area".equals(n.getId()));
            List<String> found = new ArrayList<>(foreign(h, walk));
            h.fx(() -> ws.actions().get("view.previewWindow").selectedProperty().set(true));
            ShellHarness.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                    && w.getScene().getRoot() != null && "preview-window".equals(w.getScene().getRoot().getId())));
            found.addAll(foreign(h, walk));
            assertEquals(List.of(), found);
        }
        connector.close();
    }
}

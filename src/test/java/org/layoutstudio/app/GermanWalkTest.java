package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.Version;
import org.layoutstudio.sandbox.SandboxServer;
import org.layoutstudio.ui.ActionsTable;
import org.layoutstudio.ui.TextWalk;
import org.testfx.api.FxRobot;

/**
 * With German chosen, every text of the shell — main window with its menus, toolbar tooltips and
 * status bar, the shortcut sheet, settings, connect (with errors), switch event, error and about
 * dialogs — is a text of the German bundle or data (pretix's names and words, file names, shortcuts).
 */
class GermanWalkTest extends FxRobot {
    @TempDir
    Path dir;

    private static void saveGerman(Path config) {
        Settings s = new Settings();
        s.language = "de";
        new SettingsStore(config).save(s);
    }

    /** The shortcuts as the menus show them: key names are JavaFX's, the same in every language. */
    static List<String> shortcuts(ActionsTable table) {
        List<String> keys = new ArrayList<>();
        table.all().forEach(a -> a.shortcuts().stream().map(KeyCombination::getDisplayText).forEach(keys::add));
        return keys;
    }

    private List<String> foreignInShowingWindows(ShellHarness h, TextWalk walk) throws Exception {
        List<List<String>> found = new ArrayList<>();
        h.fx(() -> found.add(walk.foreignTexts(Window.getWindows().filtered(Window::isShowing))));
        return found.get(0);
    }

    private void closeDialogs(ShellHarness h) throws Exception {
        h.fx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != h.stage && w instanceof javafx.stage.Stage).forEach(w -> ((javafx.stage.Stage) w).close()));
    }

    @Test
    void theShellSpeaksGermanInEveryWindow() throws Exception {
        Path config = dir.resolve("config");
        saveGerman(config);
        Path layout = Files.writeString(dir.resolve("ticket.json"), "[]");
        try (SandboxServer server = SandboxServer.start()) {
            PretixConnector connector = new PretixConnector(Locale.GERMAN);
            try (ShellHarness h = ShellHarness.open(config, connector)) {
                ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
                h.fx(() -> h.shell.openDropped(List.of(layout)));
                List<String> data = new ArrayList<>(shortcuts(h.shell.actions()));
                data.addAll(List.of(SandboxServer.ORGANIZER, SandboxServer.EVENT, layout.getFileName().toString(),
                        dir.toString(), Version.get(), server.baseUrl(), "http://pretix.example.com", "Invalid token."));
                connector.events(server.baseUrl(), org.layoutstudio.pretix.AuthScheme.TOKEN, server.token(),
                        SandboxServer.ORGANIZER).forEach(c -> data.add(c.toString()));
                connector.organizers(server.baseUrl(), org.layoutstudio.pretix.AuthScheme.TOKEN, server.token())
                        .forEach(c -> data.add(c.toString()));
                TextWalk walk = TextWalk.german().data(data);
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "main window");

                h.fx(() -> h.shell.actions().get("help.shortcuts").fire());
                ShellHarness.waitUntil(() -> lookup("#shortcut-sheet").tryQuery().isPresent());
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "shortcut sheet");
                closeDialogs(h);

                h.fx(() -> h.shell.actions().get("file.settings").fire());
                ShellHarness.waitUntil(() -> lookup("#settings-dialog").tryQuery().isPresent());
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "settings");
                closeDialogs(h);

                h.fx(() -> h.shell.actions().get("help.about").fire());
                ShellHarness.waitUntil(() -> lookup("#about-dialog").tryQuery().isPresent());
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "about");
                closeDialogs(h);

                h.fx(() -> h.shell.openConnectDialog(null));
                ShellHarness.waitUntil(() -> lookup("#connect-dialog").tryQuery().isPresent());
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "connect dialog");
                TextField url = lookup("#connect-server").queryAs(TextField.class);
                PasswordField token = lookup("#connect-token").queryAs(PasswordField.class);
                javafx.scene.control.Label result = lookup("#connect-result").queryAs(javafx.scene.control.Label.class);
                h.fx(() -> {
                    url.setText("http://pretix.example.com");
                    token.setText("whatever-token-123");
                });
                h.fx(() -> lookup("#connect-test").queryButton().fire());
                ShellHarness.waitUntil(() -> result.getText().contains("HTTPS"));
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "connect dialog, not HTTPS");
                h.fx(() -> {
                    url.setText(server.baseUrl());
                    token.setText("wrong-token-0000000");
                });
                h.fx(() -> lookup("#connect-test").queryButton().fire());
                ShellHarness.waitUntil(() -> result.getText().contains("Invalid token."));
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "connect dialog, wrong token");
                h.fx(() -> token.setText(server.token()));
                h.fx(() -> lookup("#connect-test").queryButton().fire());
                ShellHarness.waitUntil(() -> !lookup("#connect-event").queryComboBox().getItems().isEmpty());
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "connect dialog, connected");
                closeDialogs(h);

                h.fx(() -> h.shell.openSwitchEvent());
                ShellHarness.waitUntil(() -> lookup("#switch-event-dialog").tryQuery().isPresent());
                assertEquals(List.of(), foreignInShowingWindows(h, walk), "switch event");
                closeDialogs(h);

                Path gone = dir.resolve("gone.json");
                h.fx(() -> h.context.errors().show(h.stage, new NoSuchFileException(gone.toString()))
                        .getDialogPane().setExpanded(true));
                assertEquals(List.of(), foreignInShowingWindows(h, walk.data(gone.toString())), "error dialog with details");
                closeDialogs(h);
            }
            connector.close();
        }
    }

    /**
     * The same walk over the real layout editor (the demo layout open, canvas, inspector, preview,
     * menus) and the real certificate viewer. Data are the demo event's names, the layout's name as
     * the server has it and the shortcuts.
     */
    @Test
    void theRealAreasSpeakGermanToo() throws Exception {
        Path config = dir.resolve("areas");
        saveGerman(config);
        PretixConnector connector = new PretixConnector(Locale.GERMAN);
        try (ShellHarness h = ShellHarness.open(config, connector, AreaFactory.standard())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            EditorLayoutsArea editor = (EditorLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> editor.workspace() != null && editor.workspace().currentDocument() != null);
            TextWalk walk = TextWalk.german().data(shortcuts(h.shell.actions()))
                    .data(SandboxServer.ORGANIZER, SandboxServer.EVENT, Version.get(),
                            org.layoutstudio.sandbox.SandboxState.DEFAULT_LAYOUT_NAME)
                    .data("en", "de") // the event's languages, as pretix names them in the language list
                    // The ticket on the canvas and in the preview shows pretix's sample data.
                    .skip(n -> n.getStyleClass().contains("ticket-canvas") || n.getStyleClass().contains("preview-page"));
            List<String> found = new ArrayList<>(foreignInShowingWindows(h, walk));
            h.fx(() -> h.shell.showCertificates());
            found.addAll(foreignInShowingWindows(h, walk));
            assertEquals(List.of(), found);
        }
        connector.close();
    }
}

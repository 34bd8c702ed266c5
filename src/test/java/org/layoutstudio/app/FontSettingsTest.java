package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.editor.canvas.RendererCanvasRenderer;
import org.layoutstudio.layout.FontFacts.Availability;
import org.layoutstudio.layout.KnownFonts;
import org.layoutstudio.render.text.FontCatalog;
import org.testfx.api.FxRobot;

/** Settings → Fonts: remembered, and applied to the fonts the canvas and the preview draw with. */
class FontSettingsTest extends FxRobot {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    @TempDir
    Path dir;

    @Test
    void theFontPackAndTheFoldersDecideWhatIsDrawn() throws Exception {
        assumeTrue(Files.isRegularFile(DEJAVU), "DejaVu is installed");
        Path folder = Files.createDirectories(dir.resolve("fonts"));
        Files.copy(DEJAVU, folder.resolve("DejaVuSans.ttf"));
        FontCatalog catalog = FontCatalog.builtInOnly();
        Settings s = new Settings();
        s.fontFolders.add(folder.toString());
        FontSettings.apply(s, List.of(), catalog);
        assertEquals(Set.of(), catalog.offered(), "without the font pack pretix offers Open Sans only");
        assertEquals(Availability.NOT_OFFERED, catalog.availability("DejaVu Sans"), "installed, not offered");

        s.fontPackOnServer = true;
        FontSettings.apply(s, List.of(), catalog);
        assertEquals(Set.copyOf(KnownFonts.fontPack()), catalog.offered());
        assertEquals(Availability.OFFERED, catalog.availability("DejaVu Sans"));
        assertEquals(Availability.OFFERED_NOT_INSTALLED, catalog.availability("Roboto"));

        s.fontFolders.clear();
        FontSettings.apply(s, List.of(folder.toString()), catalog);
        assertEquals(Availability.OFFERED_NOT_INSTALLED, catalog.availability("DejaVu Sans"), "the folder was removed");
    }

    @Test
    void theDialogRemembersTheFontSection() throws Exception {
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            h.fx(() -> h.shell.actions().get("file.settings").fire());
            ShellHarness.waitUntil(() -> lookup("#settings-dialog").tryQuery().isPresent());
            assertTrue(lookup("#settings-font-folders").queryAs(ListView.class).getItems().isEmpty());
            CheckBox pack = lookup("#settings-font-pack").queryAs(CheckBox.class);
            h.fx(() -> pack.setSelected(true));
            clickOn("OK");
            ShellHarness.waitUntil(() -> lookup("#settings-dialog").tryQuery().isEmpty());
            ShellHarness.waitUntil(() -> !RendererCanvasRenderer.shared().engine().fonts().offered().isEmpty());
            assertEquals(Set.copyOf(KnownFonts.fontPack()), RendererCanvasRenderer.shared().engine().fonts().offered(),
                    "applied to the fonts the canvas and the preview draw with");
            PlaceholderLayoutsArea layouts = (PlaceholderLayoutsArea) h.shell.layouts();
            ShellHarness.waitUntil(() -> layouts.fontsChanged == 1); // the open tabs draw again at once
        } finally {
            FontSettings.apply(new Settings()); // the shared catalogue as at start
        }
        assertTrue(new SettingsStore(dir).load().fontPackOnServer);
    }
}

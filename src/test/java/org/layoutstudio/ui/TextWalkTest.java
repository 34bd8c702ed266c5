package org.layoutstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The walker itself: what it accepts as German or data, and that it finds English where it hides. */
class TextWalkTest {
    private final TextWalk walk = TextWalk.german().data("democon", "demo", "Ctrl+O", "Invalid token.");

    @Test
    void acceptsGermanTextsWithTheirPlaceholdersFilledByData() {
        assertTrue(walk.accepts("Verbindung wechseln"));
        assertTrue(walk.accepts("_Datei"), "a menu's mnemonic");
        assertTrue(walk.accepts("Demo-Server — nichts verlässt diesen Computer  ·  demo / democon"));
        assertTrue(walk.accepts("pretix meldet: Invalid token."), "pretix's own words are data");
        assertTrue(walk.accepts("Layout-Datei öffnen…  (Ctrl+O)"), "a placeholder filled by another German text");
        assertTrue(walk.accepts("Verbindung funktioniert: 3 Veranstalter gefunden."), "a choice");
        assertTrue(walk.accepts("100 %"), "no letters");
        assertTrue(walk.accepts("Der Server hat keine Verbindung angenommen.\nPrüfen Sie die Server-URL und Ihre "
                + "Internetverbindung und versuchen Sie es erneut."), "lines of two texts");
    }

    @Test
    void rejectsEnglishAndUnknownPlaceholderValues() {
        assertFalse(walk.accepts("Open layout file…"));
        assertFalse(walk.accepts("pretix meldet: Something in English"), "a placeholder filled with non-data");
        assertFalse(walk.accepts("Demo-Server — nichts verlässt diesen Computer  ·  other / event"));
    }

    @Test
    void findsEnglishInLabelsTooltipsMenusAndPrompts() throws Exception {
        FxToolkit.registerPrimaryStage();
        Label ok = new Label("Verbindung wechseln");
        Button english = new Button("Save");
        english.setTooltip(new Tooltip("Save the layout"));
        TextField field = new TextField("anything the user typed");
        field.setPromptText("Search");
        Menu file = new Menu("_Datei");
        Menu sub = new Menu("Recent");
        sub.getItems().add(new MenuItem("Clear list"));
        file.getItems().addAll(new MenuItem("Beenden"), sub);
        MenuBar bar = new MenuBar(file);
        List<String> found = walk.foreignTexts(new VBox(ok, english, field, bar));
        assertEquals(5, found.size(), String.join("\n", found));
        assertTrue(found.stream().anyMatch(f -> f.endsWith(": Clear list")), "submenus are walked");
        assertTrue(found.stream().anyMatch(f -> f.contains("prompt: Search")));
    }
}

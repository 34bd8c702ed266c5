package org.layoutstudio.app;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.layoutstudio.ui.DialogButtons;
import org.layoutstudio.ui.WindowSizing;

/**
 * File → Settings: language (applies on the next start, said so), theme, grid and snapping, fonts.
 * OK writes the settings file; the theme, the canvas settings and the fonts apply at once.
 */
final class SettingsDialog {
    /** The grid spacing the settings offer, in millimetres. */
    static final double MIN_GRID_MM = 0.5;
    static final double MAX_GRID_MM = 50;
    static final double GRID_STEP_MM = 0.5;

    private SettingsDialog() {
    }

    /** {@code onApplied} runs when OK is pressed, {@code fontsApplied} once the font settings are in effect (off the FX thread first). */
    static Dialog<ButtonType> show(ShellContext context, Runnable onApplied, Runnable fontsApplied) {
        Settings s = context.settings();
        ComboBox<String> language = new ComboBox<>();
        language.getItems().addAll(List.of("", "en", "de"));
        language.setValue(s.language == null ? "" : s.language);
        language.setId("settings-language");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? context.text("settings.language.system")
                        : context.text("settings.language." + code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        ComboBox<Theme> theme = new ComboBox<>();
        theme.getItems().addAll(Theme.values());
        theme.setValue(Theme.of(s.theme));
        theme.setId("settings-theme");
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : context.text("settings.theme." + t.settingName());
            }

            @Override
            public Theme fromString(String text) {
                return null;
            }
        });
        CanvasPreferences canvas = context.canvasPreferences();
        CheckBox grid = new CheckBox(context.text("settings.grid"));
        grid.setSelected(canvas.gridVisibleProperty().get());
        Spinner<Double> gridSize = new Spinner<>(MIN_GRID_MM, MAX_GRID_MM, canvas.gridSizeMmProperty().get(), GRID_STEP_MM);
        gridSize.setEditable(true);
        CheckBox snapping = new CheckBox(context.text("settings.snapping"));
        snapping.setSelected(canvas.snappingProperty().get());
        Label note = new Label(context.text("settings.languageNote"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("hint-text");

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        int r = 0;
        form.addRow(r++, new Label(context.text("settings.language")), language);
        form.add(note, 1, r++);
        form.addRow(r++, new Label(context.text("settings.theme")), theme);
        form.add(grid, 1, r++);
        form.addRow(r++, new Label(context.text("settings.gridSize")), gridSize);
        form.add(snapping, 1, r++);
        FontsSection fonts = new FontsSection(context, s);
        r = fonts.addTo(form, r);

        Dialog<ButtonType> dialog = new Dialog<>();
        if (context.window() != null) {
            dialog.initOwner(context.window());
        }
        dialog.setTitle(context.text("settings.title"));
        dialog.getDialogPane().setId("settings-dialog");
        dialog.getDialogPane().setContent(form);
        ButtonType ok = DialogButtons.ok(context.texts());
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(context.texts()));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                s.language = language.getValue();
                s.theme = theme.getValue().settingName();
                // The open tabs follow these at once (the editor binds its canvases to them).
                canvas.gridVisibleProperty().set(grid.isSelected());
                canvas.gridSizeMmProperty().set(gridSize.getValue());
                canvas.snappingProperty().set(snapping.isSelected());
                List<String> dropped = fonts.store();
                context.saveSettings();
                context.tasks().run(context.text("settings.fonts"), () -> FontSettings.apply(s, dropped,
                        org.layoutstudio.editor.canvas.RendererCanvasRenderer.shared().engine().fonts()),
                        done -> fontsApplied.run(), failure -> context.errors().show(context.window(), failure));
                onApplied.run();
            }
        });
        WindowSizing.fitToContent(dialog);
        dialog.show();
        return dialog;
    }

    /** Settings → Fonts: whether the server has the free font pack, and the user's font folders. */
    private static final class FontsSection {
        private final ShellContext context;
        private final Settings settings;
        private final CheckBox fontPack;
        private final javafx.scene.control.ListView<String> folders = new javafx.scene.control.ListView<>();

        FontsSection(ShellContext context, Settings settings) {
            this.context = context;
            this.settings = settings;
            fontPack = new CheckBox(context.text("settings.fonts.fontPack"));
            fontPack.setId("settings-font-pack");
            fontPack.setSelected(settings.fontPackOnServer);
            folders.setId("settings-font-folders");
            folders.getItems().setAll(settings.fontFolders);
            folders.setPrefSize(420, 96);
            folders.setMinHeight(96);
        }

        int addTo(GridPane form, int row) {
            Label title = new Label(context.text("settings.fonts"));
            title.getStyleClass().add("title-4");
            form.add(title, 0, row++, 2, 1);
            form.add(fontPack, 1, row++);
            form.add(note("settings.fonts.fontPackNote"), 1, row++);
            javafx.scene.control.Button add = new javafx.scene.control.Button(context.text("settings.fonts.add"));
            add.setId("settings-font-add");
            add.setOnAction(e -> choose());
            javafx.scene.control.Button remove = new javafx.scene.control.Button(context.text("settings.fonts.remove"));
            remove.setId("settings-font-remove");
            remove.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull());
            remove.setOnAction(e -> folders.getItems().remove(folders.getSelectionModel().getSelectedItem()));
            form.addRow(row++, new Label(context.text("settings.fonts.folders")), folders);
            form.add(new javafx.scene.layout.HBox(6, add, remove), 1, row++);
            form.add(note("settings.fonts.foldersNote"), 1, row++);
            return row;
        }

        private Label note(String key) {
            Label l = new Label(context.text(key));
            l.setWrapText(true);
            l.setPrefWidth(420); // wraps instead of widening the dialog
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            l.getStyleClass().add("connect-help");
            return l;
        }

        private void choose() {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(context.text("settings.fonts.chooseFolder"));
            java.io.File dir = chooser.showDialog(folders.getScene() == null ? null : folders.getScene().getWindow());
            if (dir != null && !folders.getItems().contains(dir.getPath())) {
                folders.getItems().add(dir.getPath());
            }
        }

        /** Writes the section into the settings; returns the folders the user removed. */
        List<String> store() {
            List<String> dropped = new java.util.ArrayList<>(settings.fontFolders);
            dropped.removeAll(folders.getItems());
            settings.fontFolders = new java.util.ArrayList<>(folders.getItems());
            settings.fontPackOnServer = fontPack.isSelected();
            return dropped;
        }
    }
}

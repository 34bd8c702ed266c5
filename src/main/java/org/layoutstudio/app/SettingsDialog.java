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
 * File → Settings: language (applies on the next start, said so), theme, grid and snapping.
 * OK writes the settings file; the theme and the canvas settings apply at once.
 */
final class SettingsDialog {
    /** The grid spacing the settings offer, in millimetres. */
    static final double MIN_GRID_MM = 0.5;
    static final double MAX_GRID_MM = 50;
    static final double GRID_STEP_MM = 0.5;

    private SettingsDialog() {
    }

    static Dialog<ButtonType> show(ShellContext context, Runnable onApplied) {
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
        form.add(snapping, 1, r);

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
                context.saveSettings();
                onApplied.run();
            }
        });
        WindowSizing.fitToContent(dialog);
        dialog.show();
        return dialog;
    }
}

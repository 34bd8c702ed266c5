package org.layoutstudio.editor.document;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.layoutstudio.editor.input.NumberInput;
import org.layoutstudio.layout.Units;
import org.layoutstudio.ui.Texts;

/**
 * The size of an empty page: one of the standard formats, or a width and height typed in mm (shown
 * when "Custom size…" is chosen). Used by the New layout dialog and the inspector's page section.
 */
public final class PageSizeChooser extends VBox {
    /** A custom page is at least this wide and high: smaller is no ticket. */
    public static final double MIN_MM = 10;
    /** At most this: the largest page a PDF can have is 5,080 mm wide. */
    public static final double MAX_MM = 5000;

    /** The list's last entry: "Custom size…", which shows the width and height fields. */
    private static final PageFormat OTHER = new PageFormat("other", 0, 0);

    private final Texts texts;
    private final ComboBox<PageFormat> formats = new ComboBox<>();
    private final TextField width = new TextField();
    private final TextField height = new TextField();

    /** The chosen format, or the sentence saying what is wrong with the typed size. */
    public record Choice(PageFormat format, String problem) {
    }

    /** @param customWidthMm and {@code customHeightMm}: what the custom fields start with */
    public PageSizeChooser(Texts texts, double customWidthMm, double customHeightMm) {
        super(6);
        this.texts = texts;
        formats.getItems().addAll(PageFormat.standard());
        formats.getItems().add(OTHER);
        formats.setValue(PageFormat.standard().get(0));
        formats.setMaxWidth(Double.MAX_VALUE);
        formats.setId("page-size-format");
        formats.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageFormat f) {
                return f == null ? "" : f.label(texts);
            }

            @Override
            public PageFormat fromString(String s) {
                return null; // not editable
            }
        });
        width.setText(Units.plain(customWidthMm));
        height.setText(Units.plain(customHeightMm));
        width.setId("page-size-width");
        height.setId("page-size-height");
        width.setPromptText(texts.get("editor.pageSize.width"));
        height.setPromptText(texts.get("editor.pageSize.height"));
        width.setPrefColumnCount(5);
        height.setPrefColumnCount(5);
        HBox custom = new HBox(4, width, new Label("×"), height, new Label(texts.get("editor.unit.mm")));
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(formats.valueProperty().isEqualTo(OTHER));
        custom.managedProperty().bind(custom.visibleProperty());
        getChildren().addAll(formats, custom);
    }

    public Choice chosen() {
        PageFormat f = formats.getValue();
        if (f != OTHER) {
            return new Choice(f, null);
        }
        NumberInput numbers = new NumberInput(texts);
        String mm = texts.get("editor.unit.mm");
        NumberInput.Result w = numbers.parse(width.getText(), MIN_MM, MAX_MM, texts.get("editor.pageSize.width"), mm);
        NumberInput.Result h = numbers.parse(height.getText(), MIN_MM, MAX_MM, texts.get("editor.pageSize.height"), mm);
        if (!w.ok() || !h.ok()) {
            return new Choice(null, !w.ok() ? w.problem() : h.problem());
        }
        return new Choice(PageFormat.custom(w.value(), h.value()), null);
    }
}

package org.layoutstudio.editor.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.PlaceholderCatalog;

/**
 * What a text or QR code shows: a searchable list of pretix's variables (label and sample value),
 * the event's questions and meta properties, "Other…" with a custom text, and "Other…
 * (multilingual)" with one text per event language; {@code {placeholder}}s can be inserted into
 * custom texts. Texts commit when they lose focus or on Ctrl+Enter.
 */
final class ContentField extends InspectorField {
    private final EditorDocument doc;
    private final Supplier<EventContext> event;
    private final SearchableComboBox<ContentOption> picker = new SearchableComboBox<>();
    private final SearchableComboBox<ContentOption> insert = new SearchableComboBox<>();
    private final Label sample = new Label();
    private final VBox texts = new VBox(4);
    private final VBox box;
    private final Map<String, TextArea> areas = new LinkedHashMap<>();
    private TextArea lastFocused;
    private String mode = "";
    private boolean loading;

    ContentField(EditorDocument doc, Supplier<EventContext> event, Set<ElementType> types) {
        super("Content", types);
        this.doc = doc;
        this.event = event;
        picker.setId("inspector-content");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setTooltip(new Tooltip("What the element shows; type to search labels, keys and sample values"));
        picker.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                Edits.apply(doc, "Change content to " + b.label(), e -> e.withString("content", b.key()));
            }
        });
        insert.setId("inspector-insert-placeholder");
        insert.setPromptText("Insert {placeholder}…");
        insert.setMaxWidth(Double.MAX_VALUE);
        insert.valueProperty().addListener((o, a, b) -> {
            if (b != null && !loading) {
                insertPlaceholder(b.key());
                Platform.runLater(() -> {
                    loading = true;
                    insert.setValue(null);
                    loading = false;
                });
            }
        });
        sample.setWrapText(true);
        sample.setStyle("-fx-opacity: 0.75; -fx-font-size: 0.9em;");
        box = new VBox(4, picker, sample, texts);
    }

    @Override
    Node editor() {
        return box;
    }

    SearchableComboBox<ContentOption> picker() {
        return picker;
    }

    @Override
    void load(List<Element> selection) {
        List<ContentOption> options = ContentOptions.forText(event.get());
        String key = Edits.common(selection, Element::content);
        loading = true;
        if (!picker.getItems().equals(options)) {
            picker.getItems().setAll(options);
        }
        ContentOption chosen = key == null ? null : ContentOptions.find(options, key);
        if (chosen != null && !picker.getItems().contains(chosen)) {
            picker.getItems().add(chosen);
        }
        picker.setValue(chosen);
        picker.setPromptText(key == null ? "mixed" : "");
        insert.getItems().setAll(ContentOptions.variables(event.get()));
        loading = false;
        sample.setText(chosen == null || chosen.sample() == null || chosen.sample().isEmpty() ? ""
                : "Sample: " + chosen.sample().replace("\n", " ⏎ "));
        String newMode = key == null ? "" : key;
        if (PlaceholderCatalog.OTHER.equals(newMode)) {
            showTexts(newMode, List.of(""), selection);
        } else if (PlaceholderCatalog.OTHER_I18N.equals(newMode)) {
            showTexts(newMode, locales(selection), selection);
        } else {
            mode = newMode;
            areas.clear();
            texts.getChildren().clear();
        }
    }

    private List<String> locales(List<Element> selection) {
        Set<String> all = new LinkedHashSet<>(event.get().locales());
        selection.forEach(e -> all.addAll(e.textI18n().keySet()));
        if (all.isEmpty()) {
            all.add("en");
        }
        return new ArrayList<>(all);
    }

    /** One text area for "other", one per language for "other_i18n"; a focused area keeps its text. */
    private void showTexts(String newMode, List<String> langs, List<Element> selection) {
        if (!newMode.equals(mode) || !areas.keySet().equals(new LinkedHashSet<>(langs))) {
            mode = newMode;
            areas.clear();
            texts.getChildren().clear();
            for (String lang : langs) {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.setId(lang.isEmpty() ? "inspector-text" : "inspector-text-" + lang);
                area.focusedProperty().addListener((o, was, is) -> {
                    if (is) {
                        lastFocused = area;
                    } else {
                        commit(lang, area);
                    }
                });
                area.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                        commit(lang, area);
                        e.consume();
                    }
                });
                if (!lang.isEmpty()) {
                    texts.getChildren().add(new Label("Text (" + lang + ")"));
                } else {
                    texts.getChildren().add(new Label("Custom text"));
                }
                texts.getChildren().add(area);
                areas.put(lang, area);
            }
            texts.getChildren().add(insert);
        }
        areas.forEach((lang, area) -> {
            if (!area.isFocused()) {
                String v = Edits.common(selection, e -> lang.isEmpty() ? e.text() : e.textI18n().getOrDefault(lang, ""));
                area.setText(v == null ? "" : v);
                area.setPromptText(v == null ? "mixed" : "");
                area.setUserData(area.getText());
            }
        });
    }

    private void commit(String lang, TextArea area) {
        String text = area.getText();
        if (text.equals(area.getUserData())) {
            return;
        }
        area.setUserData(text);
        if (lang.isEmpty()) {
            Edits.apply(doc, "Change text", e -> e.withString("text", text));
        } else {
            Edits.apply(doc, "Change text (" + lang + ")", e -> {
                Map<String, String> m = new LinkedHashMap<>(e.textI18n());
                m.put(lang, text);
                return e.withTextI18n(m);
            });
        }
    }

    private void insertPlaceholder(String key) {
        TextArea area = lastFocused != null && areas.containsValue(lastFocused) ? lastFocused
                : areas.values().stream().findFirst().orElse(null);
        if (area == null) {
            return;
        }
        String lang = areas.entrySet().stream().filter(en -> en.getValue() == area).findFirst().get().getKey();
        int caret = Math.min(area.getCaretPosition(), area.getText().length());
        area.insertText(caret, "{" + key + "}");
        commit(lang, area);
    }
}

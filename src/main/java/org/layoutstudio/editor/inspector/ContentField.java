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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.PlaceholderCatalog;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.Tooltips;

/**
 * What a text or QR code shows: a searchable list of pretix's variables (label and sample value),
 * the event's questions and meta properties, "Other…" with a custom text, and "Other…
 * (multilingual)" with one text per event language; {@code {placeholder}}s can be inserted into
 * custom texts. Texts commit when they lose focus or on Ctrl+Enter.
 */
final class ContentField extends InspectorField {
    private final EditorDocument doc;
    private final Supplier<EventContext> event;
    private final ContentOptions options;
    private final SearchableComboBox<ContentOption> picker = new SearchableComboBox<>();
    private final SearchableComboBox<ContentOption> insert = new SearchableComboBox<>();
    private final Label sample = new Label();
    private final VBox customTexts = new VBox(4);
    private final VBox box;
    private final Map<String, TextArea> areas = new LinkedHashMap<>();
    private TextArea lastFocused;
    private String mode = "";
    private boolean loading;

    ContentField(EditorDocument doc, Texts texts, Supplier<EventContext> event, Set<ElementType> types) {
        super("content", types, texts);
        this.doc = doc;
        this.event = event;
        this.options = new ContentOptions(texts);
        picker.setId(id());
        picker.setMaxWidth(Double.MAX_VALUE);
        Tooltips.set(picker, texts.get("editor.inspector.content.tooltip"));
        // the chosen entry by its name: its sample is the line below, and the narrow inspector cut the whole entry
        javafx.scene.control.ListCell<ContentOption> shown = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ContentOption item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? picker.getPromptText() : item.label());
            }
        };
        shown.setWrapText(true); // a long name (a question's) wraps rather than being cut
        picker.setButtonCell(shown);
        picker.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                Edits.apply(doc, texts, texts.get("editor.inspector.content.step", b.label()),
                        e -> e.withString("content", b.key()));
            }
        });
        insert.setId("inspector-insert-placeholder");
        insert.setPromptText(texts.get("editor.inspector.insertPlaceholder"));
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
        sample.getStyleClass().add("inspector-note");
        box = new VBox(4, picker, sample, customTexts);
    }

    @Override
    boolean wide() {
        return true;
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
        List<ContentOption> all = options.forText(event.get());
        String key = Edits.common(selection, Element::content);
        loading = true;
        if (!picker.getItems().equals(all)) {
            picker.getItems().setAll(all);
        }
        ContentOption chosen = key == null ? null : options.find(all, key);
        if (chosen != null && !picker.getItems().contains(chosen)) {
            picker.getItems().add(chosen);
        }
        picker.setValue(chosen);
        picker.setPromptText(key == null ? mixed() : "");
        insert.getItems().setAll(options.variables(event.get()));
        loading = false;
        sample.setText(chosen == null || chosen.sample() == null || chosen.sample().isEmpty() ? ""
                : texts.get("editor.inspector.content.sample", chosen.sample().replace("\n", " ⏎ ")));
        String newMode = key == null ? "" : key;
        if (PlaceholderCatalog.OTHER.equals(newMode)) {
            showTexts(newMode, List.of(""), selection);
        } else if (PlaceholderCatalog.OTHER_I18N.equals(newMode)) {
            showTexts(newMode, locales(selection), selection);
        } else {
            mode = newMode;
            areas.clear();
            customTexts.getChildren().clear();
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
            customTexts.getChildren().clear();
            for (String lang : langs) {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.setId(lang.isEmpty() ? "inspector-text" : "inspector-text-" + lang);
                area.setAccessibleText(lang.isEmpty() ? texts.get("editor.inspector.customText")
                        : texts.get("editor.inspector.textIn", lang));
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
                customTexts.getChildren().addAll(new Label(area.getAccessibleText()), area);
                areas.put(lang, area);
            }
            customTexts.getChildren().add(insert);
        }
        areas.forEach((lang, area) -> {
            if (!area.isFocused()) {
                String v = Edits.common(selection, e -> lang.isEmpty() ? e.text() : e.textI18n().getOrDefault(lang, ""));
                area.setText(v == null ? "" : v);
                area.setPromptText(v == null ? mixed() : "");
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
            Edits.apply(doc, texts, texts.get("editor.inspector.text.step"), e -> e.withString("text", text));
        } else {
            Edits.apply(doc, texts, texts.get("editor.inspector.textIn.step", lang), e -> {
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

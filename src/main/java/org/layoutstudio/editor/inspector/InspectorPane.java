package org.layoutstudio.editor.inspector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ElementTypeNames;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.ElementType;
import org.layoutstudio.layout.HorizontalAlign;
import org.layoutstudio.layout.LayoutListener;
import org.layoutstudio.layout.VerticalAlign;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;

/**
 * The properties of the selection, per element type as in pretix's editor (PRETIX.md §4.3), in mm
 * and pt; a multi-selection shows what its elements share and edits all of them; with nothing
 * selected, the layout's page, background, name and language.
 */
public final class InspectorPane extends ScrollPane {
    private static final Set<ElementType> ALL = EnumSet.of(ElementType.TEXTCONTAINER, ElementType.TEXTAREA,
            ElementType.BARCODEAREA, ElementType.IMAGEAREA, ElementType.POWEREDBY);
    private static final Set<ElementType> TEXT = EnumSet.of(ElementType.TEXTCONTAINER, ElementType.TEXTAREA);
    private static final Set<ElementType> BOX = EnumSet.of(ElementType.TEXTCONTAINER, ElementType.IMAGEAREA);
    private static final Set<ElementType> TC = EnumSet.of(ElementType.TEXTCONTAINER);
    private static final Set<ElementType> SQUARE = EnumSet.of(ElementType.BARCODEAREA, ElementType.POWEREDBY);
    private static final Set<ElementType> QR = EnumSet.of(ElementType.BARCODEAREA);

    private final EditorDocument doc;
    private final Texts texts;
    private final Label title = new Label();
    private final VBox body = new VBox(6);
    private final PageSection pageSection;
    private final Map<String, List<InspectorField>> sections = new LinkedHashMap<>();
    private final List<InspectorField> shown = new ArrayList<>();
    private final LayoutListener layoutListener = d -> reload();
    private final Supplier<EventContext> event;
    private final FontChoices fonts;
    private Set<ElementType> shownTypes;

    public InspectorPane(EditorDocument doc, Supplier<EventContext> event, FontChoices fonts, BackgroundTasks tasks,
                         Texts texts) {
        this.doc = doc;
        this.texts = texts;
        this.event = event;
        this.fonts = fonts;
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.setId("inspector-title");
        title.getStyleClass().add("inspector-title");
        VBox content = new VBox(8, title, body);
        content.setPadding(new Insets(8, 10, 10, 10));
        setContent(content);
        pageSection = new PageSection(doc, tasks, event, texts);
        doc.selection().addListener(this::rebuild);
        doc.layout().addListener(layoutListener);
        rebuild();
    }

    /**
     * The element sections' fields, made when an element is first selected: the editor opens with the
     * page shown, and thirty-odd fields made for nothing were part of the first layout's wait.
     */
    private void makeSections() {
        String mm = texts.get("editor.unit.mm");
        section("position",
                new NumberField(doc, texts, "x", mm, ALL, -2000, 2000, 2, Element::left, Element::withLeft),
                new NumberField(doc, texts, "y", mm, ALL, -2000, 2000, 2, Element::bottom, Element::withBottom),
                new NumberField(doc, texts, "width", mm, EnumSet.of(ElementType.TEXTCONTAINER, ElementType.TEXTAREA,
                        ElementType.IMAGEAREA), 0.1, 2000, 2, Element::width, (e, v) -> e.withMm("width", v)),
                new NumberField(doc, texts, "height", mm, BOX, 0.1, 2000, 2, Element::height, (e, v) -> e.withMm("height", v)),
                new NumberField(doc, texts, "size", mm, SQUARE, 1, 2000, 2, Element::size, (e, v) -> e.withMm("size", v)),
                new NumberField(doc, texts, "rotation", "°", TEXT, -360, 360, -1, Element::rotation, Element::withRotation),
                new NumberField(doc, texts, "page", "", ALL, 1, 999, 0, e -> (double) e.page(), (e, v) -> e.withPage(v.intValue())));
        section("text",
                new FontField(doc, texts, fonts, TEXT),
                new NumberField(doc, texts, "fontSize", texts.get("editor.unit.pt"), TEXT, 1, 1000, 1, Element::fontSize,
                        Element::withFontSize),
                new NumberField(doc, texts, "lineHeight", "×", TEXT, 0.1, 10, -1,
                        e -> e.hasLineHeight() ? e.lineHeight() : null, Element::withLineHeight)
                        .absentHint(texts.get("editor.inspector.lineHeight.absent")),
                new ColorField(doc, texts, "color", TEXT),
                new CheckField(doc, texts, "bold", TEXT, Element::bold, (e, v) -> e.withBool("bold", v)),
                new CheckField(doc, texts, "italic", TEXT, Element::italic, (e, v) -> e.withBool("italic", v)),
                new ChoiceField(doc, texts, "align", TEXT, List.of("left", "center", "right"),
                        e -> e.align().json(), (e, v) -> e.withString("align", HorizontalAlign.of(v).json())),
                new ChoiceField(doc, texts, "vertical", TC, List.of("top", "middle", "bottom"),
                        e -> e.verticalAlign().json(), (e, v) -> e.withString("verticalalign", VerticalAlign.of(v).json())),
                new CheckField(doc, texts, "autoResize", TC, Element::autoresize, (e, v) -> e.withBool("autoresize", v)),
                new CheckField(doc, texts, "splitLongWords", TC, Element::splitLongWords,
                        (e, v) -> e.withBool("splitlongwords", v)),
                new CheckField(doc, texts, "downward", EnumSet.of(ElementType.TEXTAREA), Element::downward,
                        (e, v) -> e.withBool("downward", v)));
        section("qr",
                new CheckField(doc, texts, "noWhitespace", QR, Element::noWhitespace, (e, v) -> e.withBool("nowhitespace", v)),
                new ColorField(doc, texts, "qrColor", QR));
        section("logo",
                new ChoiceField(doc, texts, "style", EnumSet.of(ElementType.POWEREDBY), List.of("dark", "white"),
                        e -> e.string("content", "dark"), (e, v) -> e.withString("content", v)));
        section("content",
                new ContentField(doc, texts, event, EnumSet.of(ElementType.TEXTCONTAINER, ElementType.TEXTAREA,
                        ElementType.BARCODEAREA)),
                new ImageContentField(doc, texts, event));
    }

    /** A section of fields under the heading {@code editor.inspector.section.KEY}. */
    private void section(String key, InspectorField... fields) {
        sections.put(key, List.of(fields));
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inspector-heading");
        return l;
    }

    /** "QR code", "3 × Text box", "4 elements". */
    private String selectionTitle(List<Element> sel, Set<ElementType> types) {
        String type = ElementTypeNames.title(texts, sel.get(0).type());
        if (sel.size() == 1) {
            return type;
        }
        return types.size() == 1 ? texts.get("editor.inspector.title.sameType", sel.size(), type)
                : texts.get("editor.inspector.title.elements", sel.size());
    }

    /** The selection changed: lay out the fields its types share. */
    private void rebuild() {
        List<Element> sel = doc.selection().elements();
        Set<ElementType> types = EnumSet.noneOf(ElementType.class);
        sel.forEach(e -> types.add(e.type()));
        if (types.equals(shownTypes) && !sel.isEmpty()) {
            reload();
            return;
        }
        shownTypes = types;
        shown.clear();
        body.getChildren().clear();
        if (sel.isEmpty()) {
            title.setText(texts.get("editor.inspector.title.page"));
            body.getChildren().add(pageSection);
            pageSection.load();
            return;
        }
        title.setText(selectionTitle(sel, types));
        if (types.contains(ElementType.UNKNOWN)) {
            Label l = new Label(texts.get("editor.inspector.unknownType", sel.get(0).typeName()));
            l.setWrapText(true);
            body.getChildren().add(l);
            return;
        }
        if (sections.isEmpty()) {
            makeSections();
        }
        // One grid for all sections: the labels of every section share one column, as wide as the longest.
        GridPane grid = grid();
        int row = 0;
        for (Map.Entry<String, List<InspectorField>> s : sections.entrySet()) {
            List<InspectorField> fields = s.getValue().stream().filter(f -> f.appliesTo(types)).toList();
            if (fields.isEmpty()) {
                continue;
            }
            String heading = texts.get("editor.inspector.section." + s.getKey());
            grid.add(heading(heading), 0, row++, 2, 1);
            for (InspectorField f : fields) {
                shown.add(f);
                Node editor = f.editor();
                if (f.label().isEmpty()) {
                    grid.add(editor, 0, row, 2, 1);
                } else if (f.wide()) {
                    if (!f.label().equals(heading)) { // "Content" under "Content" says nothing
                        Label l = new Label(f.label());
                        l.setLabelFor(editor);
                        grid.add(l, 0, row++, 2, 1);
                    }
                    grid.add(editor, 0, row, 2, 1);
                } else {
                    Label l = new Label(f.label());
                    l.setMinWidth(Region.USE_PREF_SIZE);
                    l.setLabelFor(editor);
                    GridPane.setHalignment(l, HPos.LEFT);
                    grid.add(l, 0, row);
                    grid.add(editor, 1, row);
                    GridPane.setHgrow(editor, Priority.ALWAYS);
                }
                row++;
            }
        }
        body.getChildren().add(grid);
        reload();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // never narrower than the longest label: it is never cut
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, editors);
        return g;
    }

    /** The document changed: show the new values. */
    private void reload() {
        List<Element> sel = doc.selection().elements();
        if (sel.isEmpty()) {
            if (shownTypes != null && shownTypes.isEmpty()) {
                pageSection.load();
            }
            return;
        }
        for (InspectorField f : shown) {
            f.load(sel);
        }
    }
}

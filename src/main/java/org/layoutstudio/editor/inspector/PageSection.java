package org.layoutstudio.editor.inspector;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.PageSizeChooser;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.RenameCommand;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.PretixDefaults;
import org.layoutstudio.layout.Units;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.render.raster.Pdfs;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.Tooltips;

/**
 * The inspector when nothing is selected: the layout's name, its page (size and page count of the
 * background PDF), replacing the background or creating an empty one of a chosen size, and the
 * preferred language of all text elements.
 */
final class PageSection extends VBox {
    /** pretix accepts backgrounds of at most this many pages. */
    static final int PRETIX_MAX_PAGES = 10;
    /** What the custom page size starts with: pretix's default, A4 portrait. */
    private static final double CUSTOM_WIDTH_MM = 210;
    private static final double CUSTOM_HEIGHT_MM = 297;
    /** The language list's first entry: the element's {@code locale} is empty, pretix prints in the order's language. */
    private static final String ORDER_LOCALE = "";

    private final EditorDocument doc;
    private final BackgroundTasks tasks;
    private final Supplier<EventContext> event;
    private final Texts texts;
    private final ErrorMessages errors;
    private final TextField name = new TextField();
    private final Label pageInfo = new Label("…");
    private final Label elements = new Label();
    private final Label message = new Label();
    private final ComboBox<String> language = new ComboBox<>();
    private boolean loading;

    PageSection(EditorDocument doc, BackgroundTasks tasks, Supplier<EventContext> event, Texts texts) {
        super(8);
        this.doc = doc;
        this.tasks = tasks;
        this.event = event;
        this.texts = texts;
        this.errors = new ErrorMessages(texts.bundle());
        setPadding(new Insets(4, 0, 0, 0));

        name.setId("inspector-layout-name");
        name.setOnAction(e -> commitName());
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitName();
            }
        });
        pageInfo.setId("inspector-page-info");
        pageInfo.setWrapText(true);

        // Short labels under the "Background PDF" heading: the inspector is narrow on a 1280 px screen.
        Button replace = button("editor.page.replace", "editor.page.replace.tooltip", this::chooseBackground);
        replace.setId("inspector-replace-background");
        Button export = button("editor.page.export", "editor.page.export.tooltip", this::exportBackground);
        export.setId("inspector-export-background");
        Button useDefault = button("editor.page.default", "editor.page.default.tooltip", () -> doc.replaceBackground(PretixDefaults.ticketBackgroundPdf(),
                texts.get("editor.page.default.step")));
        useDefault.setId("inspector-default-background");

        PageSizeChooser size = new PageSizeChooser(texts, CUSTOM_WIDTH_MM, CUSTOM_HEIGHT_MM);
        Button empty = new Button(texts.get("editor.page.empty"));
        empty.setId("inspector-empty-background");
        empty.setOnAction(e -> {
            PageSizeChooser.Choice c = size.chosen();
            if (c.format() == null) {
                message.setText(c.problem());
                return;
            }
            doc.replaceBackground(BackgroundPdf.blank(c.format().widthMm(), c.format().heightMm()), texts.get("editor.page.empty"));
            message.setText(texts.get("editor.page.emptyDone", c.format().label(texts)));
        });

        language.setId("inspector-language");
        language.setMaxWidth(Double.MAX_VALUE);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String locale) {
                return locale == null ? "" : ORDER_LOCALE.equals(locale) ? texts.get("editor.page.orderLocale") : locale;
            }

            @Override
            public String fromString(String s) {
                return null; // not editable
            }
        });
        language.setOnAction(e -> {
            if (!loading && language.getValue() != null) {
                applyLanguage(language.getValue());
            }
        });

        message.setId("inspector-page-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("hint-text");
        Label help = new Label(texts.get("editor.page.help"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        help.getStyleClass().add("inspector-note");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("name", name), name);
        grid.addRow(1, label("page", pageInfo), pageInfo);
        grid.addRow(2, label("elements", elements), elements);
        grid.addRow(3, label("language", language), language);
        GridPane.setHgrow(name, Priority.ALWAYS);
        FlowPane bgButtons = new FlowPane(6, 6, replace, export, useDefault);
        getChildren().addAll(grid, InspectorPane.heading(texts.get("editor.page.background")), bgButtons, size, empty, help,
                message);
        doc.backgroundPdfProperty().addListener((o, a, b) -> readPageInfo());
        doc.nameProperty().addListener((o, a, b) -> {
            if (!name.isFocused()) {
                name.setText(b);
            }
        });
        readPageInfo();
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(texts.get("editor.page." + key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(field);
        return l;
    }

    private Button button(String key, String tooltipKey, Runnable action) {
        Button b = new Button(texts.get(key));
        Tooltips.set(b, texts.get(tooltipKey));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    void load() {
        if (!name.isFocused()) {
            name.setText(doc.nameProperty().get());
        }
        elements.setText(texts.get("editor.page.elementCount", doc.layout().elements().size()));
        Set<String> langs = new LinkedHashSet<>();
        langs.add(ORDER_LOCALE);
        langs.addAll(event.get().locales());
        List<Element> texts = textElements();
        texts.forEach(e -> langs.add(e.locale()));
        String common = Edits.common(texts, Element::locale);
        loading = true;
        language.getItems().setAll(new ArrayList<>(langs));
        language.setValue(common);
        language.setPromptText(common == null ? this.texts.get("editor.inspector.mixed") : "");
        loading = false;
    }

    private List<Element> textElements() {
        return doc.layout().elements().stream().filter(e -> e.type().isText()).toList();
    }

    private void commitName() {
        String n = name.getText().trim();
        if (!n.isEmpty() && !n.equals(doc.nameProperty().get())) {
            doc.run(new RenameCommand(doc, n, texts.get("editor.step.rename", n)));
        }
    }

    private void applyLanguage(String locale) {
        List<Element> texts = textElements();
        if (!texts.isEmpty()) {
            doc.run(ReplaceElementsCommand.of(this.texts.get("editor.page.language.step"), texts,
                    e -> e.withString("locale", locale)));
        }
    }

    /** "210 × 297 mm, 1 page". */
    private String summary(PageGeometry pages) {
        return texts.get("editor.page.summary", Units.plain(Math.round(pages.widthMm() * 10) / 10.0),
                Units.plain(Math.round(pages.heightMm() * 10) / 10.0), pages.pageCount());
    }

    private String explain(Throwable e) {
        return errors.explain(e).whatHappened();
    }

    private void readPageInfo() {
        byte[] pdf = doc.backgroundPdfProperty().get();
        tasks.run(texts.get("editor.task.readBackground"), () -> BackgroundPdf.read(pdf), pages -> pageInfo.setText(summary(pages)),
                e -> pageInfo.setText(texts.get("editor.page.unreadable", explain(e))));
    }

    private void chooseBackground() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("editor.page.chooseTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("editor.page.pdfFiles"), "*.pdf"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            replaceBackgroundFrom(f.toPath());
        }
    }

    /** The bytes of a background file and its pages, read and checked together. */
    private record Read(byte[] bytes, PageGeometry pages) {
    }

    /** Reads and checks a PDF off the FX thread, then makes it the background. */
    private void replaceBackgroundFrom(Path file) {
        message.setText(texts.get("editor.page.reading", file.getFileName()));
        tasks.run(texts.get("editor.task.readBackground"), () -> {
            if (Files.size(file) > BackgroundPdf.MAX_BYTES) {
                // our own sentence: ErrorMessages shows an IllegalArgumentException's message as it is
                throw new IllegalArgumentException(texts.get("editor.background.tooLarge"));
            }
            byte[] bytes = Pdfs.read(file);
            return new Read(bytes, BackgroundPdf.read(bytes));
        }, r -> {
            doc.replaceBackground(r.bytes(), texts.get("editor.background.replaceStep"));
            message.setText(texts.get(r.pages().pageCount() > PRETIX_MAX_PAGES ? "editor.page.newTooMany" : "editor.page.new",
                    summary(r.pages()), PRETIX_MAX_PAGES));
        }, e -> message.setText(texts.get("editor.page.unusable", explain(e))));
    }

    private void exportBackground() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("editor.page.exportTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("editor.page.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName(texts.get("editor.page.exportName", doc.nameProperty().get()));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            byte[] pdf = doc.backgroundPdfProperty().get();
            tasks.run(texts.get("editor.page.exportTitle"), () -> Files.write(f.toPath(), pdf),
                    p -> message.setText(texts.get("editor.page.exported", f.getName())),
                    e -> message.setText(texts.get("editor.page.notExported", explain(e))));
        }
    }
}

package org.layoutstudio.editor.inspector;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.PageFormat;
import org.layoutstudio.editor.model.RenameCommand;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * The inspector when nothing is selected: the layout's name, its page (size and page count of the
 * background PDF), replacing the background or creating an empty one of a chosen size, and the
 * preferred language of all text elements.
 */
final class PageSection extends VBox {
    private static final PageFormat CUSTOM = new PageFormat("Custom size…", 0, 0);
    private static final String ORDER_LOCALE = "Order locale";

    private final EditorDocument doc;
    private final BackgroundTasks tasks;
    private final Supplier<EventContext> event;
    private final TextField name = new TextField();
    private final Label pageInfo = new Label("…");
    private final Label elements = new Label();
    private final Label message = new Label();
    private final ComboBox<String> language = new ComboBox<>();
    private boolean loading;

    PageSection(EditorDocument doc, BackgroundTasks tasks, Supplier<EventContext> event) {
        super(8);
        this.doc = doc;
        this.tasks = tasks;
        this.event = event;
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
        Button replace = new Button("Replace…");
        replace.setId("inspector-replace-background");
        replace.setTooltip(new javafx.scene.control.Tooltip("Replace the background with a PDF file"));
        replace.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        replace.setOnAction(e -> chooseBackground());
        Button export = new Button("Export…");
        export.setTooltip(new javafx.scene.control.Tooltip("Save the background PDF to a file"));
        export.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        export.setOnAction(e -> exportBackground());
        Button useDefault = new Button("Default");
        useDefault.setId("inspector-default-background");
        useDefault.setTooltip(new javafx.scene.control.Tooltip("Use pretix's default A4 ticket background"));
        useDefault.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        useDefault.setOnAction(e -> doc.replaceBackground(org.layoutstudio.layout.PretixDefaults.ticketBackgroundPdf(),
                "Use pretix's default background"));

        ComboBox<PageFormat> size = new ComboBox<>();
        size.getItems().addAll(PageFormat.standard());
        size.getItems().add(CUSTOM);
        size.setValue(PageFormat.standard().get(0));
        size.setMaxWidth(Double.MAX_VALUE);
        TextField w = new TextField("210");
        TextField h = new TextField("297");
        w.setPrefColumnCount(4);
        h.setPrefColumnCount(4);
        HBox custom = new HBox(4, w, new Label("×"), h, new Label("mm"));
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(size.valueProperty().isEqualTo(CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        Button empty = new Button("Create empty background");
        empty.setId("inspector-empty-background");
        empty.setOnAction(e -> {
            PageFormat f = size.getValue();
            if (f == CUSTOM) {
                var rw = NumberInput.parse(w.getText(), 10, 5000, "The width", "mm");
                var rh = NumberInput.parse(h.getText(), 10, 5000, "The height", "mm");
                if (!rw.ok() || !rh.ok()) {
                    message.setText(!rw.ok() ? rw.problem() : rh.problem());
                    return;
                }
                f = PageFormat.custom(rw.value(), rh.value());
            }
            doc.replaceBackground(BackgroundPdf.blank(f.widthMm(), f.heightMm()), "Create empty background");
            message.setText("The background is now an empty " + f.label() + " page.");
        });

        language.setId("inspector-language");
        language.setMaxWidth(Double.MAX_VALUE);
        language.setOnAction(e -> {
            if (!loading && language.getValue() != null) {
                applyLanguage(ORDER_LOCALE.equals(language.getValue()) ? "" : language.getValue());
            }
        });

        message.setWrapText(true);
        message.setStyle("-fx-opacity: 0.75;");
        Label help = new Label("The page size is the background's. A custom background must already have the right size.");
        help.setWrapText(true);
        help.setStyle("-fx-opacity: 0.75; -fx-font-size: 0.9em;");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Page"), pageInfo);
        grid.addRow(2, new Label("Elements"), elements);
        grid.addRow(3, new Label("Language"), language);
        GridPane.setHgrow(name, Priority.ALWAYS);
        javafx.scene.layout.FlowPane bgButtons = new javafx.scene.layout.FlowPane(6, 6, replace, export, useDefault);
        getChildren().addAll(grid, InspectorPane.heading("Background PDF"), bgButtons, size, custom, empty, help, message);
        doc.backgroundPdfProperty().addListener((o, a, b) -> readPageInfo());
        doc.nameProperty().addListener((o, a, b) -> {
            if (!name.isFocused()) {
                name.setText(b);
            }
        });
        readPageInfo();
    }

    void load() {
        if (!name.isFocused()) {
            name.setText(doc.nameProperty().get());
        }
        List<Element> all = doc.layout().elements();
        elements.setText(all.size() + (all.size() == 1 ? " element" : " elements"));
        Set<String> langs = new LinkedHashSet<>();
        langs.add(ORDER_LOCALE);
        langs.addAll(event.get().locales());
        List<Element> texts = textElements();
        texts.forEach(e -> {
            if (!e.locale().isEmpty()) {
                langs.add(e.locale());
            }
        });
        String common = Edits.common(texts, Element::locale);
        loading = true;
        language.getItems().setAll(new ArrayList<>(langs));
        language.setValue(common == null ? null : common.isEmpty() ? ORDER_LOCALE : common);
        language.setPromptText(common == null ? "mixed" : "");
        loading = false;
    }

    private List<Element> textElements() {
        return doc.layout().elements().stream().filter(e -> e.type().isText()).toList();
    }

    private void commitName() {
        String n = name.getText().trim();
        if (!n.isEmpty() && !n.equals(doc.nameProperty().get())) {
            doc.run(new RenameCommand(doc, n));
        }
    }

    private void applyLanguage(String locale) {
        List<Element> texts = textElements();
        if (!texts.isEmpty()) {
            doc.run(ReplaceElementsCommand.of("Change preferred language", texts, e -> e.withString("locale", locale)));
        }
    }

    private void readPageInfo() {
        byte[] pdf = doc.backgroundPdfProperty().get();
        tasks.run("Read background", () -> BackgroundPdf.read(pdf), pages -> pageInfo.setText(pages.summary()),
                e -> pageInfo.setText("The background cannot be read: " + e.getMessage()));
    }

    private void chooseBackground() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a background PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            replaceBackgroundFrom(f.toPath());
        }
    }

    /** Reads and checks a PDF off the FX thread, then makes it the background. */
    void replaceBackgroundFrom(java.nio.file.Path file) {
        message.setText("Reading " + file.getFileName() + "…");
        tasks.run("Read background", () -> {
            if (Files.size(file) > BackgroundPdf.MAX_BYTES) {
                throw new java.io.IOException("The file is larger than the 10 MB pretix accepts.");
            }
            byte[] bytes = org.layoutstudio.render.raster.Pdfs.read(file);
            PageGeometry pages = BackgroundPdf.read(bytes);
            return new Object[] {bytes, pages};
        }, r -> {
            doc.replaceBackground((byte[]) r[0], "Replace background");
            PageGeometry pages = (PageGeometry) r[1];
            message.setText("New background: " + pages.summary() + (pages.pageCount() > 10
                    ? ". pretix asks for at most 10 pages." : "."));
        }, e -> message.setText("This background cannot be used: " + e.getMessage()));
    }

    private void exportBackground() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export background PDF");
        chooser.setInitialFileName(doc.nameProperty().get() + " background.pdf");
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            byte[] pdf = doc.backgroundPdfProperty().get();
            tasks.run("Export background", () -> Files.write(f.toPath(), pdf), p -> message.setText("Saved " + f.getName() + "."),
                    e -> message.setText("The background could not be saved: " + e.getMessage()));
        }
    }
}

package org.layoutstudio.certificates;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.layoutstudio.ui.ActionButtons;

/**
 * The bar above the pages: Save, Print, Open; page n of m; zoom and fit. Its buttons are the
 * viewer's actions. The three groups wrap onto a second line where the window is narrow, so every
 * command stays visible and whole at 1024 × 700 (no overflow menu to hunt in, no shortened labels).
 */
final class ViewerToolBar extends FlowPane {
    private final PdfViewer viewer;
    private final Texts texts;
    private final TextField pageField = new TextField();
    private final Label pageCount = new Label();
    private final Label zoom = new Label();

    ViewerToolBar(CertificateActions actions, PdfViewer viewer, Texts texts) {
        super(12, 4);
        this.viewer = viewer;
        this.texts = texts;
        setId("certificateToolBar");
        getStyleClass().add("certificate-toolbar");
        pageField.setId("pdfPageField");
        pageField.setPrefColumnCount(3);
        pageField.setAlignment(Pos.CENTER_RIGHT);
        pageField.setOnAction(e -> {
            try {
                viewer.goToPage(Integer.parseInt(pageField.getText().strip()));
            } catch (NumberFormatException ex) {
                showPage();
            }
        });
        pageCount.setId("pdfPageCount");
        zoom.setId("pdfZoom");
        zoom.getStyleClass().add("pdf-zoom");
        getChildren().addAll(
                group(button(actions, ViewerCommand.SAVE, true), button(actions, ViewerCommand.PRINT, true),
                        button(actions, ViewerCommand.OPEN, false)),
                group(button(actions, ViewerCommand.PREVIOUS_PAGE, false), pageField, pageCount,
                        button(actions, ViewerCommand.NEXT_PAGE, false)),
                group(button(actions, ViewerCommand.ZOOM_OUT, false), zoom, button(actions, ViewerCommand.ZOOM_IN, false),
                        button(actions, ViewerCommand.FIT_WIDTH, false), button(actions, ViewerCommand.FIT_PAGE, false)));
        viewer.currentPageProperty().addListener((o, a, b) -> showPage());
        viewer.pageCountProperty().addListener((o, a, b) -> {
            showPage();
            showZoom();
        });
        viewer.zoomProperty().addListener((o, a, b) -> showZoom());
        showPage();
        showZoom();
    }

    /** Controls that belong together; a group wraps as a whole and never squeezes its members. */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(4, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("certificate-toolbar-group");
        for (Node n : nodes) {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(USE_PREF_SIZE);
            }
        }
        box.setMinWidth(USE_PREF_SIZE);
        return box;
    }

    private ButtonBase button(CertificateActions actions, ViewerCommand c, boolean withText) {
        ButtonBase b = ActionButtons.button(actions.get(c), texts.bundle(), withText);
        b.getStyleClass().add("flat");
        b.setFocusTraversable(false);
        return b;
    }

    private void showPage() {
        int n = viewer.pageCount();
        pageCount.setText(n == 0 ? "" : texts.format("certificates.viewer.pageCount", n));
        pageField.setText(n == 0 ? "" : Integer.toString(viewer.currentPageProperty().get()));
        pageField.setDisable(n == 0);
    }

    private void showZoom() {
        zoom.setText(viewer.pageCount() == 0 ? ""
                : texts.format("certificates.viewer.zoom", Math.round(viewer.zoomProperty().get() * 100)));
    }
}

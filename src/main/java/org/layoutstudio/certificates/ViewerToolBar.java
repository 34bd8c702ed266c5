package org.layoutstudio.certificates;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import org.layoutstudio.ui.ActionButtons;

/**
 * The bar above the pages: Save, Print, Open; page n of m; zoom and fit. Its buttons are the
 * viewer's actions; what does not fit a narrow window goes into the bar's overflow menu (»), so
 * every command stays reachable at 1024 × 700.
 */
final class ViewerToolBar extends ToolBar {
    private final PdfViewer viewer;
    private final Texts texts;
    private final TextField pageField = new TextField();
    private final Label pageCount = new Label();
    private final Label zoom = new Label();

    ViewerToolBar(CertificateActions actions, PdfViewer viewer, Texts texts) {
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
        pageCount.setMinWidth(USE_PREF_SIZE);
        zoom.setId("pdfZoom");
        zoom.getStyleClass().add("pdf-zoom");
        zoom.setMinWidth(USE_PREF_SIZE);
        getItems().addAll(
                button(actions, ViewerCommand.SAVE, true), button(actions, ViewerCommand.PRINT, true),
                button(actions, ViewerCommand.OPEN, false), new Separator(Orientation.VERTICAL),
                button(actions, ViewerCommand.PREVIOUS_PAGE, false), pageField, pageCount,
                button(actions, ViewerCommand.NEXT_PAGE, false), new Separator(Orientation.VERTICAL),
                button(actions, ViewerCommand.ZOOM_OUT, false), zoom, button(actions, ViewerCommand.ZOOM_IN, false),
                button(actions, ViewerCommand.FIT_WIDTH, false), button(actions, ViewerCommand.FIT_PAGE, false));
        viewer.currentPageProperty().addListener((o, a, b) -> showPage());
        viewer.pageCountProperty().addListener((o, a, b) -> showPage());
        viewer.zoomProperty().addListener((o, a, b) -> showZoom());
        showPage();
        showZoom();
    }

    private javafx.scene.control.ButtonBase button(CertificateActions actions, ViewerCommand c, boolean withText) {
        return ActionButtons.button(actions.get(c), texts.bundle(), withText);
    }

    private void showPage() {
        int n = viewer.pageCount();
        pageCount.setText(texts.format("certificates.viewer.pageCount", n));
        pageField.setText(n == 0 ? "" : Integer.toString(viewer.currentPageProperty().get()));
        pageField.setDisable(n == 0);
    }

    private void showZoom() {
        zoom.setText(texts.format("certificates.viewer.zoom", Math.round(viewer.zoomProperty().get() * 100)));
    }
}

package org.layoutstudio.editor.source;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.ui.BackgroundTasks;
import org.layoutstudio.ui.Texts;
import org.layoutstudio.ui.WindowSizing;

/** The JSON source view in its own window: resizable, sized to its content, closed by its Close button or Esc. */
public final class SourceDialog {
    /** Room for a layout's JSON: about 80 columns and 30 lines. */
    private static final double TEXT_WIDTH = 640;
    private static final double TEXT_HEIGHT = 520;

    private SourceDialog() {
    }

    public static Stage show(Window owner, EditorDocument doc, LayoutChecks checks, BackgroundTasks tasks, Texts texts) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.get("editor.source.title", doc.nameProperty().get()));
        SourceView view = new SourceView(doc, checks, tasks, texts);
        view.setId("source-view");
        view.textArea().setPrefSize(TEXT_WIDTH, TEXT_HEIGHT);
        Button close = new Button(texts.get("dialog.close"));
        close.setId("source-close");
        close.setOnAction(e -> stage.close());
        view.buttons().getChildren().add(close);
        Scene scene = new Scene(view);
        // Esc closes even while the text area has the focus (it would keep the key to itself)
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        WindowSizing.fitToContent(stage);
        stage.show();
        return stage;
    }
}

package org.layoutstudio.editor.source;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.ui.BackgroundTasks;

/** The JSON source view in its own window. */
public final class SourceDialog {
    private SourceDialog() {
    }

    public static Stage show(Window owner, EditorDocument doc, LayoutChecks checks, BackgroundTasks tasks) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("JSON source — " + doc.nameProperty().get());
        SourceView view = new SourceView(doc, checks, tasks);
        stage.setScene(new Scene(view, 640, 720));
        stage.show();
        return stage;
    }
}

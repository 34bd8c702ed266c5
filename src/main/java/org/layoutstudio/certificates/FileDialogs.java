package org.layoutstudio.certificates;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file or folder; an interface so that tests can answer without a dialog. */
public interface FileDialogs {
    /** Where to save a PDF, starting in {@code folder} with {@code suggestedName}; empty when cancelled. */
    Optional<Path> chooseSaveFile(Window owner, Path folder, String suggestedName);

    /** A folder for a batch download, starting in {@code folder}; empty when cancelled. */
    Optional<Path> chooseFolder(Window owner, Path folder);

    /** The platform's file and folder choosers, titled from {@code bundle}. */
    static FileDialogs system(ResourceBundle bundle) {
        Texts texts = new Texts(bundle);
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseSaveFile(Window owner, Path folder, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(texts.get("certificates.dialog.save"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("certificates.dialog.pdfFiles"), "*.pdf"));
                if (folder != null) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                chooser.setInitialFileName(suggestedName);
                File f = chooser.showSaveDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, Path folder) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(texts.get("certificates.dialog.folder"));
                if (folder != null) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                File f = chooser.showDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
    }
}

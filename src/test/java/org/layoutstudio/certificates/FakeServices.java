package org.layoutstudio.certificates;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;
import org.layoutstudio.ui.BackgroundTasks;

/** Viewer services that launch nothing: dialogs answer with preset paths, opener and printer record. */
final class FakeServices {
    static final org.layoutstudio.render.raster.BackgroundRaster RASTER = ViewerServices.viewerRaster();
    final List<Path> opened = new CopyOnWriteArrayList<>();
    final List<String> printed = new CopyOnWriteArrayList<>();
    final List<Path> saveDialogFolders = new CopyOnWriteArrayList<>();
    volatile Path saveAnswer;
    volatile Path folderAnswer;
    final LastFolder lastFolder = LastFolder.inMemory();

    ViewerServices services() {
        return services(TestTexts.english());
    }

    ViewerServices services(java.util.ResourceBundle texts) {
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseSaveFile(Window owner, Path folder, String suggestedName) {
                saveDialogFolders.add(folder == null ? Path.of("") : folder);
                return Optional.ofNullable(saveAnswer);
            }

            @Override
            public Optional<Path> chooseFolder(Window owner, Path folder) {
                return Optional.ofNullable(folderAnswer);
            }
        };
        PdfPrinter printer = (owner, pages, job, done, failed) -> {
            printed.add(job + ":" + pages.pageCount());
            done.accept(PdfPrinter.Outcome.PRINTED);
        };
        return new ViewerServices(texts, new BackgroundTasks(4), lastFolder, dialogs, opened::add, printer,
                RasterPdfPages.opener(RASTER));
    }
}

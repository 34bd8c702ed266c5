package org.layoutstudio.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.layoutstudio.ui.BackgroundTasks;

/**
 * The application icon in several sizes for the window and task bar (HiDPI picks the larger ones).
 * Read from {@code org/layoutstudio/app/icons/icon-N.png} (copies of the repository's icons/); sizes that are missing are skipped.
 */
final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static List<Image> cache;

    private AppIcons() {
    }

    static synchronized List<Image> all() {
        if (cache == null) {
            List<Image> images = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream in = AppIcons.class.getResourceAsStream("icons/icon-" + size + ".png")) {
                    if (in != null) {
                        images.add(new Image(in));
                    }
                } catch (java.io.IOException e) {
                    // a missing size is not worth a message
                }
            }
            cache = List.copyOf(images);
        }
        return cache;
    }

    static Image largest() {
        List<Image> a = all();
        return a.isEmpty() ? null : a.get(a.size() - 1);
    }

    /**
     * Gives {@code stage} the icons once {@code tasks} decoded them: decoding the eight PNGs took the
     * UI thread ~20 ms before the first window, and a window manager takes icons set later.
     */
    static void install(Stage stage, BackgroundTasks tasks) {
        tasks.run("Decoding the window icons", AppIcons::all, stage.getIcons()::setAll, null);
    }
}

package org.layoutstudio.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs (settings.json in the OS config directory). Plain fields for
 * Jackson; {@link SettingsStore} reads and writes them. Unknown keys from newer versions are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Settings {
    public static final int MAX_RECENT = 10;

    /** The main window's bounds (with its frame); NaN = not known yet (first start: fitted to the screen). */
    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public double windowWidth = Double.NaN;
    public double windowHeight = Double.NaN;
    public boolean windowMaximized;

    /** Recently opened layouts ({@link RecentLayout#encode()}: a file's path or a layout on pretix) and other files. */
    public List<String> recentLayouts = new ArrayList<>();
    public List<String> recentFiles = new ArrayList<>();

    public String lastOpenFolder;
    public String lastSaveFolder;
    public String lastCertificateFolder;

    public boolean gridVisible;
    public double gridSizeMm = 5;
    public boolean snapping = true;

    /** "light" or "dark". */
    public String theme = "light";
    /** "en", "de", or empty for the system language. */
    public String language = "";

    /** Fonts (Settings → Fonts): folders of TrueType files, and whether the user's pretix has the free font pack. */
    public List<String> fontFolders = new ArrayList<>();
    public boolean fontPackOnServer;

    /**
     * The editor's panes as the user left them: the inspector's and the preview's widths (px; NaN = as
     * the editor lays them out), the preview shown or collapsed, in a window of its own or in the tab.
     */
    public double editorInspectorWidth = Double.NaN;
    public double editorPreviewWidth = Double.NaN;
    public boolean editorPreviewShown = true;
    public boolean editorPreviewWindowed;
    /** The preview's own window, where it was last (NaN = never opened). */
    public double editorPreviewWindowX = Double.NaN;
    public double editorPreviewWindowY = Double.NaN;
    public double editorPreviewWindowWidth = Double.NaN;
    public double editorPreviewWindowHeight = Double.NaN;

    /** Which main area was shown last ("layouts" / "certificates"). */
    public String lastArea = "layouts";

    /** Puts {@code item} on top of {@code list}, without duplicates, at most {@link #MAX_RECENT} long. */
    public static void remember(List<String> list, String item) {
        list.remove(item);
        list.add(0, item);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
    }

    public boolean dark() {
        return "dark".equals(theme);
    }
}

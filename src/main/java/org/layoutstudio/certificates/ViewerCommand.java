package org.layoutstudio.certificates;

import org.layoutstudio.ui.Icon;

/**
 * What the user can tell the certificate viewer to do, in menu order. Shortcuts are unique in the
 * whole window (menu accelerators are global), so the viewer's use Alt where the editor's plain
 * ones would collide.
 */
public enum ViewerCommand {
    FETCH("fetch", Icon.DOWNLOAD, "Shortcut+ENTER", false, false),
    CANCEL("cancel", Icon.STOP_CIRCLE_OUTLINE, "Shortcut+PERIOD", false, false),
    SAVE("save", Icon.CONTENT_SAVE_OUTLINE, "Shortcut+Alt+S", true, false),
    OPEN("open", Icon.OPEN_IN_NEW, "Shortcut+Alt+O", false, false),
    PRINT("print", Icon.PRINTER_OUTLINE, "Shortcut+P", false, false),
    BATCH_SELECTED("batchSelected", Icon.FOLDER_DOWNLOAD_OUTLINE, "Shortcut+Alt+D", true, false),
    BATCH_SHOWN("batchShown", Icon.DOWNLOAD_MULTIPLE, "Shortcut+Alt+A", false, false),
    PREVIOUS_PAGE("previousPage", Icon.CHEVRON_UP, "Alt+Page Up", true, false),
    NEXT_PAGE("nextPage", Icon.CHEVRON_DOWN, "Alt+Page Down", false, false),
    ZOOM_OUT("zoomOut", Icon.MAGNIFY_MINUS_OUTLINE, "Shortcut+Alt+'-'", true, false),
    ZOOM_IN("zoomIn", Icon.MAGNIFY_PLUS_OUTLINE, "Shortcut+Alt+'+'", false, false),
    FIT_WIDTH("fitWidth", Icon.ARROW_EXPAND_HORIZONTAL, "Shortcut+Alt+W", false, true),
    FIT_PAGE("fitPage", Icon.FIT_TO_PAGE_OUTLINE, "Shortcut+Alt+0", false, true);

    private final String name;
    final Icon icon;
    final String shortcut;
    final boolean separated;
    final boolean toggle;

    ViewerCommand(String name, Icon icon, String shortcut, boolean separated, boolean toggle) {
        this.name = name;
        this.icon = icon;
        this.shortcut = shortcut;
        this.separated = separated;
        this.toggle = toggle;
    }

    /** The id in the actions table, e.g. {@code certificates.fetch}. */
    public String actionId() {
        return "certificates." + name;
    }

    /** The bundle key of its label. */
    public String labelKey() {
        return "certificates.action." + name;
    }
}

package org.layoutstudio.certificates;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * What the user can tell the certificate viewer to do, in menu order. Shortcuts are unique in the
 * whole window (menu accelerators are global), so the viewer's use Alt where the editor's plain
 * ones would collide.
 */
public enum ViewerCommand {
    FETCH("fetch", MaterialDesignD.DOWNLOAD, "Shortcut+ENTER", false, false),
    CANCEL("cancel", MaterialDesignS.STOP_CIRCLE_OUTLINE, "Shortcut+PERIOD", false, false),
    SAVE("save", MaterialDesignC.CONTENT_SAVE_OUTLINE, "Shortcut+Alt+S", true, false),
    OPEN("open", MaterialDesignO.OPEN_IN_NEW, "Shortcut+Alt+O", false, false),
    PRINT("print", MaterialDesignP.PRINTER_OUTLINE, "Shortcut+P", false, false),
    BATCH_SELECTED("batchSelected", MaterialDesignF.FOLDER_DOWNLOAD_OUTLINE, "Shortcut+Alt+D", true, false),
    BATCH_SHOWN("batchShown", MaterialDesignD.DOWNLOAD_MULTIPLE, "Shortcut+Alt+A", false, false),
    PREVIOUS_PAGE("previousPage", MaterialDesignC.CHEVRON_UP, "Alt+Page Up", true, false),
    NEXT_PAGE("nextPage", MaterialDesignC.CHEVRON_DOWN, "Alt+Page Down", false, false),
    ZOOM_OUT("zoomOut", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Shortcut+Alt+'-'", true, false),
    ZOOM_IN("zoomIn", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Shortcut+Alt+'+'", false, false),
    FIT_WIDTH("fitWidth", MaterialDesignA.ARROW_EXPAND_HORIZONTAL, "Shortcut+Alt+W", false, true),
    FIT_PAGE("fitPage", MaterialDesignF.FIT_TO_PAGE_OUTLINE, "Shortcut+Alt+0", false, true);

    private final String name;
    final Ikon icon;
    final String shortcut;
    final boolean separated;
    final boolean toggle;

    ViewerCommand(String name, Ikon icon, String shortcut, boolean separated, boolean toggle) {
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

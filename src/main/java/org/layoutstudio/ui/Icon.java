package org.layoutstudio.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's icons: outlines of Material Design Icons (Pictogrammers, Apache License 2.0) in a 24 x 24
 * box, read from {@code icons.properties} beside this class. They were drawn through ikonli's icon
 * font, which the first start paid for with ~60 ms on the UI thread (reading the 1.3 MB font, its
 * 7,000-constant tables, text layout per icon); an outline is a path the toolkit draws as it is.
 * {@code IconOutlinesTest} checks each outline against the glyph of the same name in that font (a
 * test library now) and writes the file anew.
 */
public enum Icon {
    ALERT_CIRCLE_OUTLINE,
    ALIGN_HORIZONTAL_CENTER,
    ALIGN_HORIZONTAL_LEFT,
    ALIGN_HORIZONTAL_RIGHT,
    ALIGN_VERTICAL_BOTTOM,
    ALIGN_VERTICAL_CENTER,
    ALIGN_VERTICAL_TOP,
    ARRANGE_BRING_FORWARD,
    ARRANGE_BRING_TO_FRONT,
    ARRANGE_SEND_BACKWARD,
    ARRANGE_SEND_TO_BACK,
    ARROW_EXPAND_HORIZONTAL,
    CERTIFICATE_OUTLINE,
    CHEVRON_DOWN,
    CHEVRON_UP,
    CLOSE,
    CLOUD_DOWNLOAD_OUTLINE,
    CLOUD_SYNC_OUTLINE,
    CLOUD_UPLOAD_OUTLINE,
    CODE_JSON,
    COG_OUTLINE,
    COMPARE,
    CONTENT_COPY,
    CONTENT_CUT,
    CONTENT_DUPLICATE,
    CONTENT_PASTE,
    CONTENT_SAVE_EDIT_OUTLINE,
    CONTENT_SAVE_OUTLINE,
    DELETE_OUTLINE,
    DISTRIBUTE_HORIZONTAL_CENTER,
    DISTRIBUTE_VERTICAL_CENTER,
    DOWNLOAD,
    DOWNLOAD_MULTIPLE,
    EXIT_TO_APP,
    EYE_OUTLINE,
    FILE_PDF_BOX,
    FILE_PLUS_OUTLINE,
    FIT_TO_PAGE_OUTLINE,
    FOLDER_DOWNLOAD_OUTLINE,
    FOLDER_OPEN_OUTLINE,
    FORMAT_TEXT,
    FORM_TEXTBOX,
    GRID,
    HISTORY,
    IMAGE_OUTLINE,
    INFORMATION_OUTLINE,
    KEYBOARD_OUTLINE,
    KEY_ALERT_OUTLINE,
    LAN_CONNECT,
    LAN_PENDING,
    MAGNET,
    MAGNIFY_MINUS_OUTLINE,
    MAGNIFY_PLUS_OUTLINE,
    NUMERIC_1_BOX_OUTLINE,
    OPEN_IN_NEW,
    PLUS_BOX_OUTLINE,
    PRINTER_OUTLINE,
    QRCODE,
    QRCODE_EDIT,
    QRCODE_SCAN,
    REDO,
    SELECT_ALL,
    SELECT_OFF,
    SERVER_NETWORK,
    SHIELD_HOME_OUTLINE,
    STOP_CIRCLE_OUTLINE,
    SWAP_HORIZONTAL,
    TEXT_BOX_SEARCH_OUTLINE,
    THEME_LIGHT_DARK,
    TICKET_CONFIRMATION_OUTLINE,
    TICKET_OUTLINE,
    UNDO,
    VECTOR_ARRANGE_ABOVE;

    /** The side of the box the outlines are drawn in. */
    public static final double BOX = 24;

    /** A new node showing this icon ({@code -fx-icon-size} sets its size, {@code -fx-fill} its colour). */
    public IconView view() {
        return new IconView(this);
    }

    /** The outline as SVG path data in the 24 x 24 box. */
    public String outline() {
        return Outlines.ALL.getProperty(name());
    }

    /** Read once, when the first icon is shown. */
    private static final class Outlines {
        static final Properties ALL = read();

        private static Properties read() {
            Properties p = new Properties();
            try (InputStream in = Icon.class.getResourceAsStream("icons.properties")) {
                if (in == null) {
                    throw new IllegalStateException("icons.properties is missing from the application");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}

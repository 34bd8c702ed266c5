package org.layoutstudio.editor.save;

import java.util.Arrays;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ServerBackground;
import org.layoutstudio.layout.PretixDefaults;

/**
 * What a save must do about the background, derived from the document: nothing (the server has it),
 * upload it, or reset the layout to pretix's default. A stand-in page for a background that could not
 * be fetched is never sent.
 */
enum BackgroundChange {
    NONE, UPLOAD, RESET;

    /**
     * @param serverHas the background of the layout written to, or null for a new layout (whose
     *                  background is pretix's default unless one is sent)
     */
    static BackgroundChange of(EditorDocument doc, ServerBackground serverHas) {
        byte[] pdf = doc.backgroundPdfProperty().get();
        if (doc.isOnStandInBackground()) {
            return NONE;
        }
        boolean isDefault = Arrays.equals(pdf, PretixDefaults.ticketBackgroundPdf());
        if (serverHas == null) {
            return isDefault ? NONE : UPLOAD;
        }
        if (pdf == serverHas.pdf() || Arrays.equals(pdf, serverHas.pdf())) {
            return NONE;
        }
        return isDefault ? RESET : UPLOAD;
    }

    /** The background as the server has it after a save with this change. */
    ServerBackground after(byte[] sent, ServerBackground before) {
        return switch (this) {
            case NONE -> before != null ? before : ServerBackground.pretixDefault(PretixDefaults.ticketBackgroundPdf());
            case UPLOAD -> ServerBackground.downloaded(sent);
            case RESET -> ServerBackground.pretixDefault(sent);
        };
    }
}

package org.layoutstudio.editor.save;

/** How a document goes to pretix. */
public enum SaveMode {
    /** PATCH only the fields that differ from the server's copy (to the event the document belongs to). */
    UPDATE,
    /** PUT name and layout: the server's copy becomes exactly ours (to the event the document belongs to). */
    REPLACE,
    /** POST a new layout (never as default). */
    CREATE;

    /** The bundle key of the words for this step ("Saving to pretix"). */
    public String textKey() {
        return "editor.save.mode." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

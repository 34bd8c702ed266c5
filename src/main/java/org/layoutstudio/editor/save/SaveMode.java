package org.layoutstudio.editor.save;

/** How a document goes to the server. */
public enum SaveMode {
    /** PATCH only the fields that differ from the server copy at open. */
    UPDATE("Save"),
    /** PUT name and layout: the server copy becomes exactly ours. */
    REPLACE("Replace on server"),
    /** POST a new layout (never as default). */
    CREATE("Save as new layout");

    private final String label;

    SaveMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

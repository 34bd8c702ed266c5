package org.layoutstudio.editor.inspector;

/** One choice of the content picker: a variable key with its label and sample, or "Other…". */
public record ContentOption(String key, String label, String sample) {
    /** "Attendee name — Dr John Doe {attendee_name}": the picker searches this text, so keys are findable too. */
    @Override
    public String toString() {
        String k = key.isEmpty() || key.startsWith("other") ? "" : "  {" + key + "}";
        if (sample == null || sample.isEmpty()) {
            return label + k;
        }
        String s = sample.replace('\n', ' ');
        return label + " — " + (s.length() > 28 ? s.substring(0, 27) + "…" : s) + k;
    }

    /** Text the search matches: label, key and sample. */
    public String searchText() {
        return (label + " " + key + " " + (sample == null ? "" : sample)).toLowerCase(java.util.Locale.ROOT);
    }
}

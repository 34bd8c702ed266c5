package org.layoutstudio.editor.inspector;

/** One choice of the content picker: a variable key with its label and sample, or "Other…". */
public record ContentOption(String key, String label, String sample) {
    @Override
    public String toString() {
        if (sample == null || sample.isEmpty()) {
            return label;
        }
        String s = sample.replace('\n', ' ');
        return label + " — " + (s.length() > 28 ? s.substring(0, 27) + "…" : s);
    }

    /** Text the search matches: label, key and sample. */
    public String searchText() {
        return (label + " " + key + " " + (sample == null ? "" : sample)).toLowerCase(java.util.Locale.ROOT);
    }
}

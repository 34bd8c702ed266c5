package org.layoutstudio.editor.inspector;

import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.EventVariable;
import org.layoutstudio.layout.Placeholder;
import org.layoutstudio.layout.PlaceholderCatalog;

/** The content picker's list, in pretix's order: variables, the event's questions and meta properties, then "Other…". */
public final class ContentOptions {
    public static final ContentOption OTHER_I18N = new ContentOption(PlaceholderCatalog.OTHER_I18N, "Other… (multilingual)", "");
    public static final ContentOption OTHER = new ContentOption(PlaceholderCatalog.OTHER, "Other…", "");
    public static final ContentOption NO_IMAGE = new ContentOption("", "Empty", "");

    private ContentOptions() {
    }

    /** Text and QR content: every variable, the event's own, then the two custom-text choices. */
    public static List<ContentOption> forText(EventContext event) {
        List<ContentOption> out = variables(event);
        out.add(OTHER_I18N);
        out.add(OTHER);
        return out;
    }

    /** Variables only (for inserting {@code {placeholder}}s into custom text). */
    public static List<ContentOption> variables(EventContext event) {
        List<ContentOption> out = new ArrayList<>();
        for (Placeholder p : PlaceholderCatalog.all()) {
            out.add(new ContentOption(p.key(), p.label(), p.sample()));
        }
        for (EventVariable v : event.textVariables()) {
            if (out.stream().noneMatch(o -> o.key().equals(v.key()))) {
                out.add(new ContentOption(v.key(), v.label(), v.sample()));
            }
        }
        return out;
    }

    /** Image areas: empty, or an image variable of the event (file-upload questions, plugins). */
    public static List<ContentOption> forImages(EventContext event) {
        List<ContentOption> out = new ArrayList<>();
        out.add(NO_IMAGE);
        for (EventVariable v : event.imageVariables()) {
            out.add(new ContentOption(v.key(), v.label(), v.sample()));
        }
        return out;
    }

    /** The option for a key, or a stand-in for a key the list does not have (kept, never lost). */
    public static ContentOption find(List<ContentOption> options, String key) {
        for (ContentOption o : options) {
            if (o.key().equals(key)) {
                return o;
            }
        }
        return new ContentOption(key, key + " (not in this event's list)", PlaceholderCatalog.sample(key));
    }

    /** Options whose label, key or sample contain every word of the query. */
    public static List<ContentOption> search(List<ContentOption> options, String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
        List<ContentOption> out = new ArrayList<>();
        for (ContentOption o : options) {
            String hay = o.searchText();
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(o);
            }
        }
        return out;
    }
}

package org.layoutstudio.editor.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.EventVariable;
import org.layoutstudio.layout.Placeholder;
import org.layoutstudio.layout.PlaceholderCatalog;
import org.layoutstudio.ui.Texts;

/**
 * The content picker's list, in pretix's order: variables, the event's questions and meta properties,
 * then "Other…". pretix's variables keep pretix's labels and samples; the words around them (the
 * kind of an event variable, "Other…", "Empty") are the bundle's ({@code editor.content.*}).
 */
public final class ContentOptions {
    private final Texts texts;

    public ContentOptions(Texts texts) {
        this.texts = texts;
    }

    /** "Other… (multilingual)": one custom text per event language. */
    public ContentOption otherI18n() {
        return new ContentOption(PlaceholderCatalog.OTHER_I18N, texts.get("editor.content.otherI18n"), "");
    }

    /** "Other…": one custom text. */
    public ContentOption other() {
        return new ContentOption(PlaceholderCatalog.OTHER, texts.get("editor.content.other"), "");
    }

    /** Text and QR content: every variable, the event's own, then the two custom-text choices. */
    public List<ContentOption> forText(EventContext event) {
        List<ContentOption> out = variables(event);
        out.add(otherI18n());
        out.add(other());
        return out;
    }

    /** Variables only (for inserting {@code {placeholder}}s into custom text). */
    public List<ContentOption> variables(EventContext event) {
        List<ContentOption> out = new ArrayList<>();
        for (Placeholder p : PlaceholderCatalog.all()) {
            out.add(new ContentOption(p.key(), p.label(), p.sample()));
        }
        for (EventVariable v : event.textVariables()) {
            if (out.stream().noneMatch(o -> o.key().equals(v.key()))) {
                out.add(option(v));
            }
        }
        return out;
    }

    /** Image areas: empty, or an image variable of the event (file-upload questions, plugins). */
    public List<ContentOption> forImages(EventContext event) {
        List<ContentOption> out = new ArrayList<>();
        out.add(new ContentOption("", texts.get("editor.content.noImage"), ""));
        for (EventVariable v : event.imageVariables()) {
            out.add(option(v));
        }
        return out;
    }

    /** "Question: Company", "Event attribute: Venue": as pretix's editor names them. */
    private ContentOption option(EventVariable v) {
        String kind = switch (v.kind()) {
            case QUESTION -> "editor.content.question";
            case EVENT_ATTRIBUTE -> "editor.content.eventAttribute";
            case ITEM_ATTRIBUTE -> "editor.content.itemAttribute";
        };
        return new ContentOption(v.key(), texts.get(kind, v.name()), v.sample());
    }

    /** The option for a key, or a stand-in for a key the list does not have (kept, never lost). */
    public ContentOption find(List<ContentOption> options, String key) {
        for (ContentOption o : options) {
            if (o.key().equals(key)) {
                return o;
            }
        }
        return new ContentOption(key, texts.get("editor.content.notListed", key), PlaceholderCatalog.sample(key));
    }

    /** Options whose label, key or sample contain every word of the query. */
    public static List<ContentOption> search(List<ContentOption> options, String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
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

package org.layoutstudio.editor.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.EventVariable;
import org.layoutstudio.ui.Texts;

class ContentOptionsTest {
    private static final EventContext EVENT = new EventContext("x", List.of("en"),
            List.of(new EventVariable("question_diet", EventVariable.Kind.QUESTION, "Diet", "<Answer>"),
                    new EventVariable("meta:Venue", EventVariable.Kind.EVENT_ATTRIBUTE, "Venue", "Hall 1")),
            List.of(new EventVariable("question_photo", EventVariable.Kind.QUESTION, "Photo", "")));

    @Test
    void contentSearchMatchesLabelsKeysSamplesAndEventVariables() {
        ContentOptions options = new ContentOptions(Texts.forLocale(Locale.ENGLISH));
        List<ContentOption> all = options.forText(EVENT);
        assertEquals("other", all.get(all.size() - 1).key());
        assertEquals("other_i18n", all.get(all.size() - 2).key());
        assertEquals("attendee_name", ContentOptions.search(all, "attendee name").get(0).key());
        assertEquals("question_diet", ContentOptions.search(all, "diet").get(0).key());
        assertTrue(ContentOptions.search(all, "A1B2C").stream().anyMatch(o -> o.key().equals("order")), "samples are searched");
        assertTrue(options.find(all, "meta:Room").label().contains("not in this event"));
    }

    /** pretix's variables keep pretix's labels; the words around the event's own are the user's language. */
    @Test
    void inGermanTheEventsVariablesAndTheCustomChoicesAreNamedInGerman() {
        ContentOptions options = new ContentOptions(Texts.forLocale(Locale.GERMAN));
        List<ContentOption> all = options.forText(EVENT);
        assertEquals("Attendee name", options.find(all, "attendee_name").label(), "pretix's label, as pretix names it");
        assertEquals("Frage: Diet", options.find(all, "question_diet").label());
        assertEquals("Veranstaltungsattribut: Venue", options.find(all, "meta:Venue").label());
        assertEquals("Eigener Text… (mehrsprachig)", all.get(all.size() - 2).label());
        assertEquals("Eigener Text…", all.get(all.size() - 1).label());
        List<ContentOption> images = options.forImages(EVENT);
        assertEquals(List.of("Leer", "Frage: Photo"), images.stream().map(ContentOption::label).toList());
        assertEquals("meta:Room (nicht in der Liste dieser Veranstaltung)", options.find(all, "meta:Room").label());
    }
}

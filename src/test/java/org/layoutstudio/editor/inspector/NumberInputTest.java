package org.layoutstudio.editor.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.layoutstudio.editor.document.EventContext;
import org.layoutstudio.editor.document.EventVariable;

class NumberInputTest {
    @Test
    void dotIsTheDecimalSeparatorAndACommaIsExplained() {
        assertEquals(1.5, NumberInput.parse("1.5", 0, 10, "X", "mm").value());
        assertEquals(-3.0, NumberInput.parse(" -3 ", -10, 10, "X", "mm").value());
        NumberInput.Result comma = NumberInput.parse("1,5", 0, 10, "X", "mm");
        assertFalse(comma.ok());
        assertEquals("Use a dot as the decimal separator: 1.5 instead of 1,5.", comma.problem());
        assertTrue(NumberInput.parse("abc", 0, 10, "Font size", "pt").problem().contains("not a number"));
        assertEquals("Font size must be between 1 pt and 1000 pt.", NumberInput.parse("0", 1, 1000, "Font size", "pt").problem());
    }

    @Test
    void contentSearchMatchesLabelsKeysSamplesAndEventVariables() {
        EventContext ev = new EventContext("x", List.of("en"), List.of(new EventVariable("question_diet", "Question: Diet", "<Answer>")), List.of());
        List<ContentOption> all = ContentOptions.forText(ev);
        assertEquals("other", all.get(all.size() - 1).key());
        assertEquals("other_i18n", all.get(all.size() - 2).key());
        assertEquals("attendee_name", ContentOptions.search(all, "attendee name").get(0).key());
        assertEquals("question_diet", ContentOptions.search(all, "diet").get(0).key());
        assertTrue(ContentOptions.search(all, "A1B2C").stream().anyMatch(o -> o.key().equals("order")), "samples are searched");
        assertTrue(ContentOptions.find(all, "meta:Venue").label().contains("not in this event"));
    }
}

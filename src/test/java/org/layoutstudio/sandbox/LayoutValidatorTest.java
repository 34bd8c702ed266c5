package org.layoutstudio.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.layout.PretixDefaults;

/**
 * The server's schema errors are character for character what Python's jsonschema 4.26 printed
 * for the same layouts and schema (golden files made with {@code str(ValidationError)}).
 */
class LayoutValidatorTest {
    private static String golden(String name) throws Exception {
        try (InputStream in = LayoutValidatorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void elementWithoutTypeMatchesJsonschemaOutput() throws Exception {
        String problem = LayoutValidator.shared().problem(LayoutJson.parse("[{\"foo\": \"bar\"}]"));
        assertEquals(golden("jsonschema-4.26-foo-bar.txt"), problem);
    }

    @Test
    void nonArrayMatchesJsonschemaOutput() throws Exception {
        String problem = LayoutValidator.shared().problem(LayoutJson.parse("{\"a\": 1}"));
        assertEquals(golden("jsonschema-4.26-not-array.txt"), problem);
    }

    @Test
    void pretixsDefaultLayoutAndEmptyLayoutsAreValid() throws Exception {
        assertNull(LayoutValidator.shared().problem(PretixDefaults.ticketLayout().toJson()));
        assertNull(LayoutValidator.shared().problem(LayoutJson.parse("[]")));
    }

    @Test
    void pythonReprQuotesLikePython() {
        assertEquals("'plain'", PythonRepr.string("plain"));
        assertEquals("\"it's\"", PythonRepr.string("it's"));
        assertEquals("'both \\' and \"'", PythonRepr.string("both ' and \""));
        assertEquals("'a\\nb'", PythonRepr.string("a\nb"));
    }
}

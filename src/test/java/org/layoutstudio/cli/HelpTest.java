package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} works at every level of the command tree, and the root lists every command. */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "format", "render", "raster", "layouts", "layouts push", "layouts pull",
            "layouts list", "layouts delete", "certificate", "sandbox"})
    void everyCommandExplainsItself(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        int code = StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("Usage: layout-studio" + (command.isEmpty() ? "" : " " + command)), out.toString());
        if (command.isEmpty()) {
            for (String c : new String[] {"validate", "format", "render", "raster", "layouts", "certificate", "sandbox"}) {
                assertTrue(out.toString().contains("  " + c + " "), c + " listed in\n" + out);
            }
        }
    }
}

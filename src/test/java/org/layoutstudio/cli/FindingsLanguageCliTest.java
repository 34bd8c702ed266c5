package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.FakePretix;

/** validate, push and render say the validator's and preflight's findings in the language of the user's locale. */
class FindingsLanguageCliTest {
    private static final String BAD = "[{\"type\":\"poweredby\",\"left\":\"1,5\",\"bottom\":\"10\",\"size\":\"20\",\"content\":\"dark\"},"
            + "{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"8\"}]";

    @TempDir
    Path dir;
    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private record Run(int exit, List<String> out, List<String> err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, lines(out), lines(err));
    }

    private static List<String> lines(StringWriter w) {
        String s = w.toString().replace("\r\n", "\n");
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aGermanLocaleGetsGermanFindings() throws Exception {
        Locale.setDefault(Locale.GERMANY);
        Path f = file("bad.json", BAD);
        Run r = run("validate", f.toString());
        assertEquals(1, r.exit());
        assertEquals(List.of(
                f + ": Element 1 (poweredby): \"left\" ist \"1,5\", muss aber eine Zahl von Millimetern wie 12.5 oder \"12.50\" sein"
                        + " (Punkt statt Komma).",
                f + ": Element 2 (barcodearea): Warnung: Der QR-Code ist 8,00 mm breit; unter 10 mm können Scanner ihn womöglich nicht lesen."),
                r.out());

        Path infinite = file("inf.json", "[{\"type\":\"barcodearea\",\"left\":1e400,\"bottom\":\"10\",\"size\":\"20\"}]");
        Run render = run("render", infinite.toString(), "-o", dir.resolve("t.pdf").toString());
        assertEquals(1, render.exit());
        assertEquals(List.of("error: Element 1 (barcodearea): \"left\" ist 1e400, ein Wert, mit dem kein Ticket etwas anfangen kann;"
                + " es muss eine Zahl zwischen -10000 und 10000 mm sein."), render.err());
        assertEquals(false, Files.exists(dir.resolve("t.pdf")), "nothing written");
    }

    @Test
    void pushRefusesAnInvalidLayoutInGermanAndSendsNothing() throws Exception {
        Locale.setDefault(Locale.GERMANY);
        Path f = file("bad.json", BAD);
        try (FakePretix pretix = new FakePretix()) {
            long id = pretix.addLayout("Foo", false, PretixCommandsTest.POWERED);
            ConnectionOptions.environment = Map.of("PRETIX_TOKEN", FakePretix.TOKEN)::get;
            int requests = pretix.requests().size();
            List<String> args = new ArrayList<>(List.of("layouts", "push", f.toString(), "--id", Long.toString(id),
                    "--server", pretix.baseUrl(), "--organizer", FakePretix.ORG, "--event", FakePretix.EVENT));
            Run r = run(args.toArray(String[]::new));
            assertEquals(1, r.exit());
            assertEquals(f + ": Element 1 (poweredby): \"left\" ist \"1,5\", muss aber eine Zahl von Millimetern wie 12.5 oder \"12.50\""
                    + " sein (Punkt statt Komma).", r.err().get(0));
            assertEquals(2, r.err().size(), "the finding and what happened: " + r.err());
            assertEquals(requests, pretix.requests().size(), "no request reached the server");
        } finally {
            ConnectionOptions.environment = System::getenv;
        }
    }

    @Test
    void everyOtherLanguageGetsEnglish() throws Exception {
        Locale.setDefault(Locale.FRANCE);
        Path f = file("bad.json", BAD);
        assertEquals(List.of(
                f + ": element 1 (poweredby): \"left\" is \"1,5\", but it must be a number of millimetres such as 12.5 or \"12.50\" (a dot, no comma).",
                f + ": element 2 (barcodearea): warning: the QR code is 8.00 mm wide; below 10 mm scanners may fail to read it."),
                run("validate", f.toString()).out());
    }
}

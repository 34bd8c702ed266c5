package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.FakePretix;

/**
 * The command line faced with hostile input, in process: what it prints never carries a
 * terminal control, every output path problem is a sentence, numbers no ticket can use get the
 * same code from validate and render while format keeps them. (The same cases with a small heap
 * run in a forked JVM: {@link ForkedCliTest}.)
 */
class HostileCliTest {
    /** Retitles the terminal, rings, clears the screen; a BiDi override reverses what follows. */
    static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u202e";
    private static final Path LAYOUT = Path.of("src/test/resources/layouts/ticket-default-current.json");
    private static final Path A4 = Path.of("src/test/resources/backgrounds/libpretixprint-bg-a4-empty.pdf");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        /** Everything printed is free of control characters other than line ends, and of BiDi overrides. */
        void assertPrintable() {
            for (String s : new String[] {out, err}) {
                assertFalse(s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' || c == 0x7f || c >= 0x80 && c <= 0x9f
                        || c == 0x202e), "printed raw: " + s);
                assertFalse(s.contains("\tat ") || s.contains("Exception"), "no trace: " + s);
            }
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        Run r = new Run(exit, out.toString(), err.toString());
        r.assertPrintable();
        return r;
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aLayoutsTypeAndAFilesNameArePrintedEscaped() throws Exception {
        // ASCII controls only in the name: any file system takes them, whatever the encoding of names.
        Path f = file("evil\u001b[2J\u0007.json", "[{\"type\":\"" + jsonEscape(HOSTILE) + "\"}]");
        Run r = run("validate", f.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("evil\\e[2J\\u0007.json: element 1 (\\e]0;pwned\\u0007\\e[2J\\u202E): "), r.out());
        Run format = run("format", f.toString());
        assertEquals(0, format.exit(), format.err());
        assertTrue(format.out().contains("\\u001B]0;pwned\\u0007\\u001B[2J\\u202E"), format.out());
        assertEquals(2, run("render", LAYOUT.toString(), "--copies", HOSTILE, "-o", dir.resolve("t.pdf").toString()).exit(),
                "picocli's own message quotes the argument, escaped");
    }

    @Test
    void aServersDetailIsPrintedEscaped() throws Exception {
        try (FakePretix pretix = new FakePretix()) {
            ConnectionOptions.environment = Map.of("PRETIX_TOKEN", FakePretix.TOKEN)::get;
            pretix.route(r -> FakePretix.json(403, "{\"detail\":\"" + jsonEscape(HOSTILE) + "no\"}"));
            Run r = run("layouts", "list", "--server", pretix.baseUrl(), "--organizer", FakePretix.ORG, "--event", FakePretix.EVENT);
            assertEquals(1, r.exit());
            assertEquals("error: pretix refused access to the list of ticket layouts: \\e]0;pwned\\u0007\\e[2J\\u202Eno.\n", r.err());

            pretix.route(r2 -> FakePretix.json(200, "{\"count\":1,\"next\":null,\"results\":[{\"id\":7,\"name\":\"" + jsonEscape(HOSTILE)
                    + "\",\"default\":false,\"layout\":[],\"background\":null,\"item_assignments\":[]}]}"));
            Run list = run("layouts", "list", "--server", pretix.baseUrl(), "--organizer", FakePretix.ORG, "--event", FakePretix.EVENT);
            assertEquals(0, list.exit(), list.err());
            assertTrue(list.out().contains("\\e]0;pwned"), list.out());
        } finally {
            ConnectionOptions.environment = System::getenv;
        }
    }

    @Test
    void everyOutputPathProblemIsASentence() throws Exception {
        Run folder = run("raster", A4.toString(), "--dpi", "20", "-o", dir.toString());
        assertEquals(2, folder.exit());
        assertEquals("error: " + dir + " is a folder; name a file to write instead.\n", folder.err());
        Path missing = dir.resolve("no/such/t.pdf");
        Run noParent = run("render", LAYOUT.toString(), "-o", missing.toString());
        assertEquals(2, noParent.exit());
        assertEquals("error: The folder " + missing.getParent() + " does not exist; make it first or write elsewhere.\n", noParent.err());
        Path existing = file("keep.pdf", "kept");
        Run bad = run("render", LAYOUT.toString(), "--background", file("bad.pdf", "%PDF-1.4 nothing").toString(), "-o", existing.toString());
        assertEquals(1, bad.exit());
        assertEquals("kept", Files.readString(existing), "a failed render leaves the old file as it was");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written file is left");
        }
        Path written = dir.resolve("new.pdf");
        assertEquals(0, run("render", LAYOUT.toString(), "-o", written.toString()).exit());
        if (Files.getFileStore(written).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(file("plain.txt", "")), Files.getPosixFilePermissions(written),
                    "an output file gets the permissions of any new file, not those of a private temp file");
        }
    }

    @Test
    void numbersNoTicketCanUseAreOneForValidateAndRenderAndKeptByFormat() throws Exception {
        String original = Files.readString(LAYOUT).replaceFirst("\"left\": ?\"[0-9.]+\"", "\"left\": 1e400");
        assertTrue(original.contains("1e400"));
        Path f = file("inf.json", original);
        Run validate = run("validate", "--errors-only", f.toString());
        assertEquals(1, validate.exit());
        assertTrue(validate.out().contains(": \"left\" is 1e400, which no ticket can use; it must be a number between -10000 and 10000 mm."),
                validate.out());
        assertTrue(validate.out().startsWith(f + ": element 1 ("), validate.out());
        Run render = run("render", f.toString(), "-o", dir.resolve("t.pdf").toString());
        assertEquals(1, render.exit());
        assertTrue(render.err().startsWith("error: element 1 (") && render.err().contains("\"left\" is 1e400"), render.err());
        Run format = run("format", f.toString());
        assertEquals(0, format.exit());
        assertTrue(format.out().contains("\"left\": 1e400"), "kept as written: " + format.out());
    }

    @Test
    void copiesAreStreamedAndTheirLimitIsStated() throws Exception {
        Path out = dir.resolve("t.pdf");
        Run r = run("render", LAYOUT.toString(), "--copies", "20000", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("Wrote 20000 tickets to " + out + "\n", r.out());
        assertTrue(Files.size(out) < 200L * 20_000, Files.size(out) + " bytes");
        Run tooMany = run("render", LAYOUT.toString(), "--copies", "100001", "-o", out.toString());
        assertEquals(2, tooMany.exit());
        assertEquals("error: --copies must be between 1 and 100,000, not 100001.\n", tooMany.err());
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.toString();
    }
}

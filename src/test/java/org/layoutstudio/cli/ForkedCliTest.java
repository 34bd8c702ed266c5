package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.render.HostilePdfs;

/**
 * The hostile cases of issue 12 against the real command line in its own JVM with a heap of
 * 256 MB, as a user would run it: each ends with its exit code and one line on stderr, never a
 * stack trace, and ends at all (the time-out is a hang guard, not a speed test). Inputs are
 * generated here; nothing large is checked in.
 */
class ForkedCliTest {
    private static final long HANG_GUARD_SECONDS = 180;
    private static final Path LAYOUT = Path.of("src/test/resources/layouts/ticket-default-current.json").toAbsolutePath();
    private static final Path A4 = Path.of("src/test/resources/backgrounds/libpretixprint-bg-a4-empty.pdf").toAbsolutePath();

    @TempDir
    static Path dir;

    static Path bomb;
    static Path hugeImage;
    static Path tenMegabyteText;
    static Path millionNewlines;
    static Path infinite;
    static Path bigData;

    record Result(int exit, String out, List<String> errLines) {
        String err() {
            return String.join("\n", errLines);
        }
    }

    @BeforeAll
    static void generateInputs() throws IOException {
        bomb = Files.write(dir.resolve("bomb.pdf"), HostilePdfs.bomb(100));
        hugeImage = Files.write(dir.resolve("huge-image.pdf"), HostilePdfs.hugeImage(20_000, 20_000));
        String text = Files.readString(Path.of("src/test/resources/layouts/libpretixprint-testTextContainer.json"));
        tenMegabyteText = Files.writeString(dir.resolve("ten-mb-text.json"), withText(text, "x".repeat(10 * 1024 * 1024)));
        millionNewlines = Files.writeString(dir.resolve("newlines.json"), withText(text, "\\n".repeat(1_000_000)));
        infinite = Files.writeString(dir.resolve("infinite.json"),
                Files.readString(LAYOUT).replaceFirst("\"left\": ?\"[0-9.]+\"", "\"left\": 1e400"));
        StringBuilder data = new StringBuilder("[");
        String position = "{\"secret\":\"abc\",\"pdf_data\":{\"attendee_name\":\"" + "Ada ".repeat(250) + "\"}}";
        while (data.length() < 17 * 1024 * 1024) {
            data.append(data.length() > 1 ? "," : "").append(position);
        }
        bigData = Files.writeString(dir.resolve("data.json"), data.append(']'));
    }

    /** The layout with the text of its first text element replaced by {@code text} (already JSON-escaped). */
    private static String withText(String layout, String text) {
        return layout.replaceFirst("\"text\": ?\"[^\"]*\"", "\"text\": \"" + text + "\"");
    }

    /** Runs {@code layout-studio args…} in a JVM of its own with at most {@code heap} of memory. */
    static Result fork(String heap, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        int exit = java(heap, "org.layoutstudio.Launcher", out, err, args);
        return result(exit, out, err, String.join(" ", args));
    }

    /**
     * Runs each command line in turn in one JVM with a heap of 256 MB ({@link CliCases}): one JVM
     * start instead of one per case keeps the test short.
     */
    static List<Result> forkAll(List<List<String>> commandLines) throws Exception {
        Path cases = dir.resolve("cases-" + System.nanoTime() + ".txt");
        Files.write(cases, commandLines.stream().map(l -> String.join("\t", l)).toList(), StandardCharsets.UTF_8);
        Path results = Files.createDirectories(dir.resolve("results-" + System.nanoTime()));
        Path log = dir.resolve("cases.log");
        assertEquals(0, java("256m", CliCases.class.getName(), log, log, cases.toString(), results.toString()), Files.readString(log));
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < commandLines.size(); i++) {
            out.add(result(Integer.parseInt(Files.readString(results.resolve(i + ".exit"))), results.resolve(i + ".out"),
                    results.resolve(i + ".err"), String.join(" ", commandLines.get(i))));
        }
        return out;
    }

    private static int java(String heap, String mainClass, Path out, Path err, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Djava.awt.headless=true",
                "-D" + org.layoutstudio.LogFile.FORCE + "=true",
                "-Dlayoutstudio.logdir=" + dir.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean finished = p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, mainClass + " " + String.join(" ", args) + " did not end");
        return p.exitValue();
    }

    private static Result result(int exit, Path out, Path err, String what) throws IOException {
        Result r = new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception") || r.err().contains("Error:"),
                "no trace from " + what + ": " + r.err());
        return r;
    }

    /** Exit code {@code exit} and exactly one line on stderr, an error that contains {@code says}. */
    private static void assertOneLine(int exit, String says, Result r) {
        assertEquals(exit, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), "one line: " + r.err());
        assertTrue(r.errLines().get(0).contains("error: ") && r.errLines().get(0).contains(says), r.err());
    }

    @Test
    void everyHostileCaseEndsWithItsCodeAndOneLineInA256MegabyteHeap() throws Exception {
        List<List<String>> cases = List.of(
                List.of("render", LAYOUT.toString(), "--background", bomb.toString(), "-o", "t.pdf"),
                List.of("validate", "-b", bomb.toString(), LAYOUT.toString()),
                List.of("validate", "/dev/zero"),
                List.of("raster", "/dev/zero", "-o", "p.png"),
                List.of("render", LAYOUT.toString(), "--background", "/dev/urandom", "-o", "t.pdf"),
                List.of("render", tenMegabyteText.toString(), "-o", "t.pdf"),
                List.of("render", millionNewlines.toString(), "-o", "t.pdf"),
                List.of("validate", millionNewlines.toString()),
                List.of("render", LAYOUT.toString(), "--data", bigData.toString(), "-o", "t.pdf"),
                List.of("render", infinite.toString(), "-o", "t.pdf"),
                List.of("raster", hugeImage.toString(), "-o", "p.png"),
                List.of("raster", A4.toString(), "--dpi", "20", "-o", dir.toString()),
                List.of("render", LAYOUT.toString(), "--copies", "100000", "-o", "copies.pdf"));
        List<Result> r = forkAll(cases);
        assertOneLine(1, "inflates to more than 64 MB", r.get(0));
        assertOneLine(1, "inflates to more than 64 MB", r.get(1));
        assertOneLine(2, "larger than 8 MB", r.get(2));
        assertOneLine(2, "larger than 50 MB", r.get(3));
        assertOneLine(2, "larger than 50 MB", r.get(4));
        assertOneLine(2, "a layout is at most 8 MB", r.get(5));
        assertOneLine(1, "has 1,000,000 characters", r.get(6));
        assertEquals(1, r.get(7).exit());
        assertTrue(r.get(7).out().contains("has 1,000,000 characters; Layout Studio renders at most 20,000 per text."), r.get(7).out());
        assertOneLine(2, "at most 16 MB of JSON", r.get(8));
        assertOneLine(1, "\"left\" is 1e400", r.get(9));
        assertOneLine(1, "400 million pixels", r.get(10));
        assertOneLine(2, "is a folder; name a file to write instead.", r.get(11));
        Result copies = r.get(12);
        assertEquals(0, copies.exit(), copies.err());
        assertEquals("Wrote 100000 tickets to copies.pdf\n", copies.out());
        assertTrue(copies.errLines().stream().allMatch(l -> l.matches("[0-9,]+ of 100,000 pages written \\([0-9]+%\\)")), copies.err());
        assertTrue(Files.size(dir.resolve("copies.pdf")) < 30L * 1024 * 1024);
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitTwoFromTheRealLauncher() throws Exception {
        // An A4 page at 600 dpi is 35 million pixels, within the raster's limit, but 100 MB: more than this heap.
        assertOneLine(2, "ran out of memory", fork("64m", "raster", A4.toString(), "--dpi", "600", "-o", "p.png"));
        assertOneLine(2, "larger than 8 MB", fork("256m", "validate", "/dev/zero"));
    }
}

package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not layouts at all: each gets one clear sentence, quickly, without running out of memory. */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final String UTF16 = "The file is UTF-16 text; layouts are UTF-8: save it again as UTF-8.";
    private static final String BIG = "The file is 50.0 MB; a layout is at most 8 MB (real ones are a few KB).";
    private static final String DEEP = "The JSON is nested more than 200 levels deep; a layout needs only 3 (list, element, colour).";

    @TempDir
    Path dir;

    private String messageFor(byte[] bytes) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutDocument.parse(bytes));
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            return e.getMessage();
        });
    }

    private String messageForFile(byte[] bytes) throws Exception {
        Path f = dir.resolve("layout.json");
        Files.write(f, bytes);
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            LayoutFormatException e = assertThrows(LayoutFormatException.class, () -> LayoutDocument.read(f));
            return e.getMessage();
        });
    }

    @Test
    void empty() {
        assertEquals("The file is empty; a layout is a JSON list of elements such as [].", messageFor(new byte[0]));
        assertEquals("The file is empty; a layout is a JSON list of elements such as [].", messageFor(" \n\t ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("The file is an image, not a layout; a layout is a JSON text file with a list of elements.", messageFor(png));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertEquals("The file is binary data, not a layout; a layout is a JSON text file with a list of elements.", messageFor(noise));
        byte[] pdf = PretixDefaults.ticketBackgroundPdf();
        assertEquals("The file is a PDF document, not a layout; a layout is a JSON text file with a list of elements.", messageFor(pdf));
    }

    @Test
    void latin1() {
        assertEquals("The file is not UTF-8 text: the byte 0xE9 at line 1, column 37 is not UTF-8 (perhaps the file was saved as Latin-1 or Windows-1252); save it again as UTF-8.",
                messageFor("[{\"type\":\"textcontainer\",\"text\":\"Caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void utf16WithoutBom() {
        assertEquals(UTF16, messageFor("[{\"type\":\"poweredby\"}]".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(UTF16, messageFor("[{\"type\":\"poweredby\"}]".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(UTF16, messageFor("\uFEFF[]".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void fiftyMegabytes() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        assertEquals(BIG, messageFor(big));
        assertEquals(BIG, messageForFile(big));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] bom = "\uFEFF[{\"type\":\"poweredby\"}]".getBytes(StandardCharsets.UTF_8);
        assertEquals("[{\"type\":\"poweredby\"}]", LayoutDocument.parse(bom).toCompactJson());
    }

    @Test
    void brokenJsonSaysWhere() {
        assertEquals("The file is not valid JSON at line 2, column 12: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                messageFor("[{\"type\": 1,\n \"left\": 1,}]".getBytes(StandardCharsets.UTF_8)));
        assertEquals("There is more text after the end of the JSON value at line 1, column 4.", messageFor("[] []".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMissingFileAndAFolderAreNamed() throws Exception {
        Path missing = dir.resolve("nope.json");
        assertEquals("There is no file " + missing + ".", assertThrows(LayoutFormatException.class, () -> LayoutDocument.read(missing)).getMessage());
        assertEquals(dir + " is a folder, not a file.", assertThrows(LayoutFormatException.class, () -> LayoutDocument.read(dir)).getMessage());
    }

    @Test
    void endlessDevicesAreRefusedAfterTheLimitWithoutReadingOn() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        String message = assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThrows(LayoutFormatException.class, () -> LayoutDocument.read(zero)).getMessage());
        assertEquals("The file is larger than 8 MB; a layout is at most 8 MB (real ones are a few KB).", message);
        String data = assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThrows(LayoutFormatException.class, () -> LayoutJson.readJson(Path.of("/dev/urandom"))).getMessage());
        assertEquals("The file is larger than 16 MB; Layout Studio reads at most 16 MB of JSON at once"
                + " (split ticket values into several files).", data);
    }

    @Test
    void utf32IsNamedAsSuch() {
        String utf32 = "The file is UTF-32 text; layouts are UTF-8: save it again as UTF-8.";
        assertEquals(utf32, messageFor("[{\"type\":\"poweredby\"}]".getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        assertEquals(utf32, messageFor("[{\"type\":\"poweredby\"}]".getBytes(java.nio.charset.Charset.forName("UTF-32BE"))));
        assertEquals(utf32, messageFor("\uFEFF[]".getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        assertEquals(UTF16, messageFor("[]".getBytes(StandardCharsets.UTF_16LE)), "two characters of UTF-16 stay UTF-16");
    }

    @Test
    void anExponentBeyondAnyNumberIsASentenceNotANumberFormatException() throws Exception {
        assertEquals("The number 123456e78901234567890123 at line 1, column 33 is beyond any number a layout can use"
                + " (its exponent is more than 1000).",
                messageFor("[{\"type\":\"textcontainer\",\"left\":123456e78901234567890123}]".getBytes(StandardCharsets.UTF_8)));
        assertTrue(messageFor("[1e-2147483649]".getBytes(StandardCharsets.UTF_8)).contains("beyond any number"));
        String kept = "[{\"left\":1e400,\"bottom\":-1E-1000}]";
        assertEquals(kept, LayoutDocument.parse(kept).toCompactJson(), "large but readable exponents stay as written");
    }

    @Test
    void theParsersAdviceToProgrammersIsNotPassedOn() {
        String nan = messageFor("[{\"left\": NaN}]".getBytes(StandardCharsets.UTF_8));
        assertEquals("The file is not valid JSON at line 1, column 14: Non-standard token 'NaN'; NaN and Infinity are not JSON"
                + " numbers, write a number such as 12.5", nan);
        String comment = messageFor("[ // a comment\n]".getBytes(StandardCharsets.UTF_8));
        assertTrue(!comment.contains("Feature") && !comment.contains("ALLOW_") && !comment.contains("`"), comment);
    }

    @Test
    void tooManyElementsAreRefusedWithTheLimit() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i <= InputLimits.MAX_ELEMENTS; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        String message = messageFor(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("The layout has 10,001 elements; Layout Studio handles at most 10,000 (large real layouts have a few hundred).", message);
    }

    @Test
    void nestedHundredThousandDeep() {
        int depth = 100_000;
        byte[] deep = new byte[depth * 2];
        Arrays.fill(deep, 0, depth, (byte) '[');
        Arrays.fill(deep, depth, 2 * depth, (byte) ']');
        assertEquals(DEEP, messageFor(deep));
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            objects.append("{\"a\":");
        }
        assertEquals(DEEP, messageFor(objects.toString().getBytes(StandardCharsets.UTF_8)));
    }
}

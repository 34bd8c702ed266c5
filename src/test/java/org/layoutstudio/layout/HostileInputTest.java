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
    private static final String BIG = "The file is 50.0 MB; a layout is at most 16 MB (real ones are a few KB).";
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
        assertEquals(dir + " is a folder, not a layout file.", assertThrows(LayoutFormatException.class, () -> LayoutDocument.read(dir)).getMessage());
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

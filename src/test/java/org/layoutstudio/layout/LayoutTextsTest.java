package org.layoutstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The validator's and preflight's sentences in English and German, all from the bundle's layout.* keys. */
class LayoutTextsTest {
    private static final Path BUNDLES = Path.of("src/main/resources/org/layoutstudio/app");
    private static final LayoutTexts GERMAN = LayoutTexts.forLocale(Locale.GERMANY);
    private static final String TEXT = LayoutValidatorTest.TEXT;
    private static final String QR = LayoutValidatorTest.QR;

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> layoutKeys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("layout.")).forEach(keys::add);
        return keys;
    }

    /** Every {@code "layout.…"} literal of the main sources that make messages (others name actions "layout.save"…). */
    private static Set<String> keysInSources() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(layout\\.[A-Za-z0-9.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                if (!f.startsWith(Path.of("src/main/java/org/layoutstudio/layout")) && !source.contains("import org.layoutstudio.layout.Message;")) {
                    continue;
                }
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    private static List<String> german(String layout) throws Exception {
        return LayoutValidator.pretix().validate(LayoutJson.parse(layout)).findings().stream().map(GERMAN::withWhere).toList();
    }

    private static List<String> germanWarnings(String layout, PageGeometry page) throws Exception {
        return new Preflight().check(LayoutDocument.parse(layout), page).findings().stream().map(GERMAN::line).toList();
    }

    @Test
    void everyLayoutKeyIsUsedAndEveryUsedKeyIsInBothLanguages() throws Exception {
        Set<String> english = layoutKeys(bundle("messages.properties"));
        Set<String> german = layoutKeys(bundle("messages_de.properties"));
        Set<String> used = keysInSources();
        assertEquals(english, german, "the same layout.* keys in English and German");
        Set<String> unused = new TreeSet<>(english);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys no code uses");
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english);
        assertEquals(Set.of(), missing, "keys the code uses that the bundle lacks");
    }

    @Test
    void everyLayoutKeyFormatsInBothLanguages() throws Exception {
        for (String file : List.of("messages.properties", "messages_de.properties")) {
            Properties p = bundle(file);
            Locale locale = file.contains("_de") ? Locale.GERMAN : Locale.ROOT;
            for (String key : layoutKeys(p)) {
                String pattern = p.getProperty(key);
                String where = file + " " + key + ": " + pattern;
                assertFalse(pattern.isBlank(), where);
                if (pattern.indexOf('{') < 0) {
                    assertFalse(pattern.contains("''"), "a pattern without placeholders keeps single apostrophes: " + where);
                    continue;
                }
                assertFalse(pattern.replace("''", "").contains("'"), "a pattern with placeholders doubles its apostrophes: " + where);
                MessageFormat format = new MessageFormat(pattern, locale);
                Format[] formats = format.getFormatsByArgumentIndex();
                List<Object> args = new ArrayList<>();
                for (Format f : formats) {
                    args.add(f instanceof NumberFormat || f instanceof ChoiceFormat ? (Object) 2 : "x");
                }
                String worded = format.format(args.toArray());
                assertFalse(worded.contains("{") || worded.contains("}"), where + " → " + worded);
                assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        worded.chars().filter(c -> c == '\'').count(), "no apostrophe lost: " + where + " → " + worded);
            }
        }
    }

    @Test
    void germanSchemaSentences() throws Exception {
        assertEquals(List.of("Element 1 (textcontainer): \"left\" ist \"1,5\", muss aber eine Zahl von Millimetern wie 12.5 oder \"12.50\""
                + " sein (Punkt statt Komma)."), german("[" + TEXT.replace("\"left\":\"10.00\"", "\"left\":\"1,5\"") + "]"));
        assertEquals(List.of("Element 1 (barcodearea): \"size\" fehlt; ein QR-Code braucht seine Kantenlänge in mm."),
                german("[" + QR.replace(",\"size\":\"64.00\"", "") + "]"));
        assertEquals(List.of("Element 1 (textcontainer): \"fontSize\" ist keine Eigenschaft eines Textfelds (meinten Sie \"fontsize\"?);"
                + " erlaubt sind type, page, left, bottom, width, height, content, text, text_i18n, locale, fontsize, lineheight,"
                + " fontfamily, bold, italic, autoresize, splitlongwords, align, verticalalign, color, rotation."),
                german("[" + TEXT.substring(0, TEXT.length() - 1) + ",\"fontSize\":\"13.0\"}]"));
        assertEquals(List.of("Element 1 (barcodearea): \"color\" ist [0,0,300,1], muss aber eine Liste von 3 oder 4 Zahlen von 0 bis 255"
                + " ([r, g, b, alpha]) sein; 300 ist größer als 255."), german("[" + QR.replace("[0,0,0,1]", "[0,0,300,1]") + "]"));
        assertEquals(List.of("Element 1 (textcontainer): \"bold\" ist \"true\", muss aber true oder false sein, ohne Anführungszeichen."),
                german("[" + TEXT.replace("\"bold\":false", "\"bold\":\"true\"") + "]"));
        assertEquals(List.of("Ein Layout muss eine JSON-Liste von Elementen sein ([{…}, {…}]), dies ist aber ein JSON-Objekt. Es sieht nach"
                + " einer Antwort der pretix-API aus; ihr Feld \"layout\" enthält das Layout."), german("{\"layout\":[]}"));
        assertEquals(List.of("Element 1: \"type\" fehlt; erlaubt sind barcodearea, imagearea, textcontainer, textarea, poweredby."),
                german("[{\"foo\":\"bar\"}]"));
        assertEquals(List.of("Element 1 (textcontainer): \"left\" ist 1e400, ein Wert, mit dem kein Ticket etwas anfangen kann; es muss"
                + " eine Zahl zwischen -10000 und 10000 mm sein."), german("[" + TEXT.replace("\"left\":\"10.00\"", "\"left\":1e400") + "]"));
    }

    @Test
    void germanPreflightSentencesWithNumbersInGermanAndDataAsWritten() throws Exception {
        PageGeometry a4 = PageGeometry.A4_PORTRAIT;
        assertEquals(List.of("Element 1 (barcodearea): Warnung: Es ragt 5,00 mm über den linken Rand und 13,00 mm über den oberen Rand der"
                + " Seite von 210,00 × 297,00 mm hinaus; dieser Teil wird abgeschnitten."),
                germanWarnings("[{\"type\":\"barcodearea\",\"left\":\"-5\",\"bottom\":\"290\",\"size\":\"20\"}]", a4));
        assertEquals(List.of("Element 1 (barcodearea): Warnung: Es steht auf Seite 2, der Hintergrund hat aber nur eine Seite; pretix druckt es nie."),
                germanWarnings("[{\"type\":\"barcodearea\",\"page\":2,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\"}]", a4));
        assertEquals(List.of("Element 1 (barcodearea): Warnung: Es steht auf Seite 3, der Hintergrund hat aber nur 2 Seiten; pretix druckt es nie."),
                germanWarnings("[{\"type\":\"barcodearea\",\"page\":3,\"left\":\"10\",\"bottom\":\"10\",\"size\":\"20\"}]", new PageGeometry(210, 297, 2)));
        assertEquals(List.of("Element 1 (barcodearea): Warnung: Der QR-Code ist 9,99 mm breit; unter 10 mm können Scanner ihn womöglich nicht lesen.",
                "Element 1 (barcodearea): Warnung: Die QR-Farbe #e0e0e0 ist zu blass; Scanner brauchen einen dunklen Code auf hellem Grund."),
                germanWarnings("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"9.99\",\"color\":[224,224,224,1]}]", a4));
        assertEquals(List.of("Element 1 (textcontainer): Warnung: \"content\" ist \"atendee_name\", eine Variable, die pretix nicht kennt"
                + " (meinten Sie \"attendee_name\"?); sie wird als leerer Text gedruckt."),
                germanWarnings("[" + TEXT.replace("\"attendee_name\"", "\"atendee_name\"") + "]", a4));
        assertEquals(List.of("Element 1 (textcontainer): Warnung: Der eigene Text enthält {seat_numbr}, eine Variable, die pretix nicht kennt"
                + " (meinten Sie \"seat_number\"?); sie wird wörtlich als {seat_numbr} gedruckt."),
                germanWarnings("[" + TEXT.replace("\"content\":\"attendee_name\",\"text\":\"\"", "\"content\":\"other\",\"text\":\"{seat_numbr}\"") + "]", a4));
        String longText = "[" + TEXT.replace("\"content\":\"attendee_name\",\"text\":\"\"", "\"content\":\"other\",\"text\":\"" + "x".repeat(5_000) + "\"") + "]";
        assertEquals(List.of("Element 1 (textcontainer): Warnung: \"text\" hat 5.000 Zeichen; so viel Text zeigt kein Ticket lesbar"
                + " (Layout Studio zeichnet höchstens 20.000)."), germanWarnings(longText, a4));
        assertEquals(List.of("Element 1 (textcontainer): Warnung: Dieser Server hat pretix 2024.5.2, das Textfelder dieser Art nicht kennt"
                + " (pretix 2024.7 hat sie eingeführt): Er lehnt das Layout ab oder druckt hier nichts, während die Vorschau dem neuesten pretix folgt."),
                new Preflight().forServer(PretixVersion.parse("2024.5.2")).check(LayoutDocument.parse("[" + TEXT + "]"), a4)
                        .findings().stream().map(GERMAN::line).toList());
    }

    @Test
    void onlyGermanLocalesGetGermanAndTheDefaultsAreEnglish() throws Exception {
        Finding f = new Preflight().check(LayoutDocument.parse("[{\"type\":\"barcodearea\",\"left\":\"10\",\"bottom\":\"10\",\"size\":\"5\"}]"),
                null).findings().get(0);
        String english = "element 1 (barcodearea): warning: the QR code is 5.00 mm wide; below 10 mm scanners may fail to read it.";
        assertEquals(english, f.line());
        assertEquals(english, LayoutTexts.forLocale(Locale.FRANCE).line(f), "a language the bundle lacks gets English");
        assertEquals(english, LayoutTexts.forLocale(Locale.ENGLISH).line(f));
        assertEquals("Element 1 (barcodearea): Warnung: Der QR-Code ist 5,00 mm breit; unter 10 mm können Scanner ihn womöglich nicht lesen.",
                LayoutTexts.forLocale(new Locale("de", "AT")).line(f));
        assertEquals("Element 1 (barcodearea): the QR code is 5.00 mm wide; below 10 mm scanners may fail to read it.",
                LayoutTexts.english().sentence(f), "a sentence on its own for dialogs");
        Finding whole = LayoutValidator.pretix().validate(LayoutJson.parse("5")).findings().get(0);
        assertEquals("A layout must be a JSON list of elements ([{…}, {…}]), but this is a number (5).", LayoutTexts.english().sentence(whole));
    }

    @Test
    void dataFromTheLayoutIsQuotedSafelyAndNeverTakenForAPattern() throws Exception {
        String said = german("[" + TEXT.replace("\"align\":\"left\"", "\"align\":\"{0}'x''\"") + "]").get(0);
        assertEquals("Element 1 (textcontainer): \"align\" ist \"{0}'x''\"; erlaubt sind left, center, right.", said);
        assertEquals("layout.nope", LayoutTexts.english().format(Message.of("layout.nope", 1)), "a missing key shows itself");
    }
}

package org.layoutstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules over the sources of the UI packages (app, ui, editor, certificates) that bytecode rules
 * cannot see: no text literal handed to a control (texts come from the bundle), no colour or font
 * set from Java (style classes in the stylesheet use the theme's looked-up colours).
 *
 * <p>{@code app} and {@code ui} obey them fully. What the other areas still have is listed in
 * {@value #BASELINE}, one line a violation; the list may only shrink: a new violation fails, and so
 * does a line whose violation is gone (delete it from the file). Lines name the rule, the file and the
 * call, not line numbers, so edits elsewhere in a file do not disturb them.
 */
class UiSourceRulesTest {
    static final String BASELINE = "/org/layoutstudio/ui-rules-baseline.txt";
    static final Path SOURCES = Path.of("src/main/java/org/layoutstudio");
    static final List<String> UI_PACKAGES = List.of("app", "ui", "editor", "certificates");
    /** The shell's packages: no baseline entries allowed. */
    static final List<String> CLEAN_PACKAGES = List.of("app", "ui");

    /** Calls that hand a text to a control: constructors of text-bearing controls and text setters. */
    private static final Pattern TEXT_CALL = Pattern.compile(
            "new\\s+(?:Label|Button|CheckBox|RadioButton|ToggleButton|Hyperlink|MenuItem|Menu|CheckMenuItem|RadioMenuItem"
            + "|MenuButton|SplitMenuButton|Tab|Tooltip|TableColumn|TreeTableColumn|TitledPane|ButtonType|Text|Alert"
            + "|(?:FileChooser\\.)?ExtensionFilter)\\s*(?:<[^>()]*>)?\\s*\\("
            + "|\\.(?:setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText|setAccessibleHelp)\\s*\\(");
    /** Styling from Java: setStyle with a colour, fill, background or font; colour values and constants. */
    private static final Pattern STYLE_CALL = Pattern.compile("\\.setStyle\\s*\\(");
    private static final Pattern STYLED = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsba?\\(|-fx-[\\w-]*(?:color|fill|stroke|font)",
            Pattern.CASE_INSENSITIVE);
    /** A colour made in Java: a constant (Color.WHITE) or a factory call with a value written in the code. */
    private static final Pattern COLOUR_CONSTANT = Pattern.compile("\\bColor\\.[A-Z][A-Z_]+\\b");
    private static final Pattern COLOUR_CALL = Pattern.compile("\\bColor\\.(?:web|rgb|color|hsb|gray|grayRgb)\\s*\\(");
    /** Arguments written in the code; a colour computed from data (the layout's text colour) is data. */
    private static final Pattern WRITTEN_VALUE = Pattern.compile("\"|\\(\\s*[\\d.]|,\\s*[\\d.]");

    record Violation(String rule, String file, String call) {
        String line() {
            return rule + " | " + file + " | " + call;
        }
    }

    @Test
    void theShellHandsNoTextLiteralToAControlAndSetsNoColourAndTheOthersOnlyImprove() throws IOException {
        List<String> found = new ArrayList<>();
        for (Violation v : violations()) {
            found.add(v.line());
        }
        List<String> baseline = baseline();
        List<String> clean = baseline.stream()
                .filter(l -> CLEAN_PACKAGES.stream().anyMatch(p -> l.contains(" | " + p + "/"))).toList();
        assertEquals(List.of(), clean, "app and ui obey the rules fully: no baseline entries there");

        List<String> added = new ArrayList<>(found);
        baseline.forEach(added::remove);
        List<String> gone = new ArrayList<>(baseline);
        found.forEach(gone::remove);
        assertEquals(List.of(), added, "new violations: use the bundle (texts) or a style class in shell.css (colours)");
        assertEquals(List.of(), gone, "fixed, thank you: delete these lines from " + BASELINE);
    }

    static List<String> baseline() throws IOException {
        try (InputStream in = UiSourceRulesTest.class.getResourceAsStream(BASELINE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /** Whether the call holds a literal with words that is neither a bundle key (or key prefix) nor a file pattern. */
    private static boolean hasText(String call, Set<String> keys) {
        for (String literal : stringLiterals(call)) {
            if (!LETTER.matcher(literal).find()) {
                continue;
            }
            boolean key = keys.contains(literal) || literal.endsWith(".") && keys.stream().anyMatch(k -> k.startsWith(literal));
            if (!key && !FILE_PATTERN.matcher(literal).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /**
     * The string literals of a piece of code, read from its start so that the text between two
     * literals ({@code " " + texts.get(}) is never taken for one; char literals are skipped.
     */
    static List<String> stringLiterals(String code) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\'' && i + 2 < code.length()) {
                int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
                if (end < 0) {
                    break;
                }
                i = end;
            } else if (c == '"') {
                StringBuilder lit = new StringBuilder();
                for (i++; i < code.length() && code.charAt(i) != '"'; i++) {
                    if (code.charAt(i) == '\\' && i + 1 < code.length()) {
                        char e = code.charAt(++i); // an escape is one character, never a word: \n is not "n"
                        if (e == 'u' && i + 4 < code.length()) {
                            lit.append((char) Integer.parseInt(code.substring(i + 1, i + 5), 16));
                            i += 4;
                        } else {
                            lit.append(e == 'n' || e == 't' || e == 'r' || e == 'b' || e == 'f' ? ' ' : e);
                        }
                    } else {
                        lit.append(code.charAt(i));
                    }
                }
                out.add(lit.toString());
            }
        }
        return out;
    }

    /** "*.json": a file chooser's pattern, not words. */
    private static final Pattern FILE_PATTERN = Pattern.compile("\\*\\.\\w+");

    static Set<String> bundleKeys() throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiSourceRulesTest.class.getResourceAsStream("/org/layoutstudio/app/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    static List<Violation> violations() throws IOException {
        Set<String> keys = bundleKeys();
        List<Violation> out = new ArrayList<>();
        for (String pkg : UI_PACKAGES) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String name = SOURCES.relativize(f).toString().replace('\\', '/');
                    String code = withoutComments(Files.readString(f));
                    for (String call : calls(code, TEXT_CALL)) {
                        if (hasText(call, keys)) {
                            out.add(new Violation("text", name, call));
                        }
                    }
                    for (String call : calls(code, STYLE_CALL)) {
                        if (STYLED.matcher(call).find()) {
                            out.add(new Violation("style", name, call));
                        }
                    }
                    Matcher m = COLOUR_CONSTANT.matcher(code);
                    while (m.find()) {
                        out.add(new Violation("colour", name, statementAround(code, m.start())));
                    }
                    for (String call : calls(code, COLOUR_CALL)) {
                        if (WRITTEN_VALUE.matcher(call.substring(call.indexOf('('))).find()) {
                            out.add(new Violation("colour", name, call));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Each call matched by {@code start}, up to its closing parenthesis, on one line. */
    private static List<String> calls(String code, Pattern start) {
        List<String> out = new ArrayList<>();
        Matcher m = start.matcher(code);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (i < code.length() && depth > 0) {
                char c = code.charAt(i);
                if (c == '"') {
                    i = endOfString(code, i);
                } else if (c == '\'') {
                    i = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                i++;
            }
            out.add(oneLine(code.substring(m.start(), Math.min(i, code.length()))));
        }
        return out;
    }

    private static String statementAround(String code, int at) {
        int from = Math.max(code.lastIndexOf(';', at), Math.max(code.lastIndexOf('{', at), code.lastIndexOf('}', at))) + 1;
        int to = code.indexOf(';', at);
        return oneLine(code.substring(from, to < 0 ? code.length() : to));
    }

    private static int endOfString(String code, int quote) {
        if (code.startsWith("\"\"\"", quote)) {
            return code.indexOf("\"\"\"", quote + 3) + 2;
        }
        int i = quote + 1;
        while (i < code.length() && code.charAt(i) != '"') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static String oneLine(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }

    /** The code without comments (a commented-out call is no violation); strings are kept. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(code, i);
                out.append(code, i, end + 1);
                i = end;
            } else if (c == '\'' && i + 2 < code.length()) {
                int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
                out.append(code, i, end + 1);
                i = end;
            } else if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i) - 1;
                if (i < 0) {
                    break;
                }
            } else if (code.startsWith("/*", i)) {
                i = code.indexOf("*/", i + 2) + 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

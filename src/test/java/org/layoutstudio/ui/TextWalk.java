package org.layoutstudio.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Walks every text a user can see in windows and nodes (labels, buttons, tooltips, menu items with
 * their submenus and context menus, tabs, table columns, prompt texts, combo box entries, window
 * titles, dialog headers and contents) and reports each one that is neither a text of the German
 * bundle (with its MessageFormat placeholders filled by data) nor data (names from pretix, file
 * names, shortcuts…, given with {@link #data}). Run it on the FX thread.
 *
 * <p>Use: {@code List<String> foreign = TextWalk.german().data("democon").foreignTexts(window);
 * assertEquals(List.of(), foreign);} — each finding names the node and the text.
 */
public final class TextWalk {
    /** The German bundle, read as it is (no fallback to English). */
    public static final String GERMAN_BUNDLE = "/org/layoutstudio/app/messages_de.properties";
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** How deep placeholder values are checked in turn (a value that is itself a bundle text). */
    private static final int MAX_DEPTH = 3;

    private final List<Template> templates;
    private final List<String> data = new ArrayList<>();
    private final List<Predicate<Node>> skipped = new ArrayList<>();

    private TextWalk(Collection<String> values) {
        templates = values.stream().map(Template::of).filter(t -> t != null).toList();
    }

    public static TextWalk german() {
        Properties p = new Properties();
        try (InputStream in = TextWalk.class.getResourceAsStream(GERMAN_BUNDLE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> values = new ArrayList<>();
        p.values().forEach(v -> values.add((String) v));
        return new TextWalk(values);
    }

    /** Texts that come from data, not from the bundle (pretix's names and words, file names, shortcuts). */
    public TextWalk data(String... values) {
        return data(List.of(values));
    }

    public TextWalk data(Collection<String> values) {
        // texts are compared without mnemonic markers ("{order_code}" reads "{ordercode}"), so data is too
        values.stream().filter(v -> v != null && !v.isBlank()).map(TextWalk::withoutMnemonics).forEach(data::add);
        data.sort(Comparator.comparingInt(String::length).reversed());
        return this;
    }

    /** Subtrees that show data only (e.g. a rendered ticket); not walked. */
    public TextWalk skip(Predicate<Node> subtree) {
        skipped.add(subtree);
        return this;
    }

    /** Every foreign text in these windows (their titles and scenes). */
    public List<String> foreignTexts(Collection<? extends Window> windows) {
        Walk walk = new Walk();
        windows.forEach(walk::window);
        return walk.found;
    }

    public List<String> foreignTexts(Window... windows) {
        return foreignTexts(List.of(windows));
    }

    /** Every foreign text under {@code root}. */
    public List<String> foreignTexts(Node root) {
        Walk walk = new Walk();
        walk.node(root, "");
        return walk.found;
    }

    /** Whether {@code text} is from the German bundle or data. */
    public boolean accepts(String text) {
        return accepted(text.strip(), 0);
    }

    private boolean accepted(String text, int depth) {
        String t = withoutMnemonics(text.strip());
        if (!LETTER.matcher(t).find() || !LETTER.matcher(withoutData(t)).find()) {
            return true;
        }
        if (depth > MAX_DEPTH) {
            return false;
        }
        for (Template template : templates) {
            if (template.matches(t, group -> accepted(group, depth + 1))) {
                return true;
            }
        }
        if (t.contains("\n")) {
            return t.lines().allMatch(line -> accepted(line, depth + 1));
        }
        return false;
    }

    private String withoutData(String t) {
        String rest = t;
        for (String d : data) {
            rest = rest.replace(d, " ");
        }
        return rest;
    }

    /** "_Datei" → "Datei": menus show the text without the mnemonic marker. */
    static String withoutMnemonics(String s) {
        return s.replaceAll("_(?=\\p{L})", "");
    }

    /** One bundle value as a pattern: literal text, placeholders ({0}: checked in turn), choices as their branches. */
    private record Template(Pattern pattern, List<Boolean> checked) {
        private static final Pattern SIMPLE = Pattern.compile("\\d+(,\\s*(number|date|time)[^}]*)?");
        private static final Pattern CHOICE = Pattern.compile("\\d+\\s*,\\s*choice\\s*,(.*)", Pattern.DOTALL);

        static Template of(String value) {
            String v = withoutMnemonics(value.strip());
            if (v.isEmpty() || v.matches("\\{\\d+}")) {
                return null;
            }
            if (v.indexOf('{') < 0) {
                return new Template(Pattern.compile(Pattern.quote(v)), List.of());
            }
            List<Boolean> checked = new ArrayList<>();
            return new Template(Pattern.compile(regex(v, checked), Pattern.DOTALL), checked);
        }

        /** The regular expression for a MessageFormat pattern; {@code checked} gets one entry per group. */
        private static String regex(String v, List<Boolean> checked) {
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\'') {
                    if (i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                        literal.append('\'');
                        i++;
                    } else {
                        int end = v.indexOf('\'', i + 1);
                        end = end < 0 ? v.length() : end;
                        literal.append(v, i + 1, end);
                        i = end;
                    }
                } else if (c == '{') {
                    int end = closing(v, i);
                    String inner = v.substring(i + 1, end).strip();
                    flush(regex, literal);
                    Matcher choice = CHOICE.matcher(inner);
                    if (choice.matches()) {
                        regex.append("(?:").append(String.join("|", branches(choice.group(1), checked))).append(')');
                    } else {
                        regex.append("(.+?)");
                        checked.add(SIMPLE.matcher(inner).matches());
                    }
                    i = end;
                } else {
                    literal.append(c);
                }
            }
            flush(regex, literal);
            return regex.toString();
        }

        /** "1#1 Aufgabe|1<{0} Aufgaben" → the regular expressions of "1 Aufgabe" and "{0} Aufgaben". */
        private static List<String> branches(String choices, List<Boolean> checked) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= choices.length(); i++) {
                char c = i < choices.length() ? choices.charAt(i) : '|';
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (c == '|' && depth == 0) {
                    String branch = choices.substring(start, i);
                    int sep = branch.replace('<', '#').replace('\u2264', '#').indexOf('#');
                    out.add(regex(branch.substring(sep + 1), checked));
                    start = i + 1;
                }
            }
            return out;
        }

        private static int closing(String v, int open) {
            int depth = 0;
            for (int j = open; j < v.length(); j++) {
                depth += v.charAt(j) == '{' ? 1 : v.charAt(j) == '}' ? -1 : 0;
                if (depth == 0) {
                    return j;
                }
            }
            return v.length() - 1;
        }

        private static void flush(StringBuilder regex, StringBuilder literal) {
            if (literal.length() > 0) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
        }

        boolean matches(String text, Predicate<String> placeholderOk) {
            Matcher m = pattern.matcher(text);
            if (!m.matches()) {
                return false;
            }
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && !(checked.get(g - 1) && placeholderOk.test(m.group(g)))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One walk: remembers what it saw (nodes are reachable along several ways) and what it found. */
    private final class Walk {
        final List<String> found = new ArrayList<>();
        final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        void window(Window w) {
            String where = w instanceof Stage s && s.getTitle() != null ? "«" + s.getTitle() + "» " : "";
            if (w instanceof Stage s) {
                check(s.getTitle(), "window title");
            }
            if (w.getScene() != null) {
                node(w.getScene().getRoot(), where);
            }
        }

        void check(String text, String where) {
            if (text != null && !text.isBlank() && !accepts(text)) {
                found.add(where + ": " + text);
            }
        }

        void node(Node n, String where) {
            if (n == null || !seen.add(n) || skipped.stream().anyMatch(s -> s.test(n))) {
                return;
            }
            // Findings name the window, the nearest node with an id, and the node's kind.
            String inside = n.getId() == null ? where : where + " #" + n.getId();
            String here = inside + " " + n.getClass().getSimpleName();
            if (n instanceof Control c) {
                if (c.getTooltip() == null) {
                    check(Tooltips.text(c), here + " tooltip"); // made on the pointer's first visit
                }
                tooltip(c.getTooltip(), here);
                contextMenu(c.getContextMenu(), here);
            } else if (n.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip t) {
                tooltip(t, here);
            }
            if (n instanceof TextInputControl t) {
                check(t.getPromptText(), here + " prompt");
                return; // its text is the user's
            }
            if (n instanceof ComboBox<?> box) {
                items(box.getItems(), box.getConverter(), here);
                check(box.getPromptText(), here + " prompt");
                return;
            }
            if (n instanceof ChoiceBox<?> box) {
                items(box.getItems(), box.getConverter(), here);
                return;
            }
            if (n instanceof Labeled l) {
                check(l.getText(), here);
                node(l.getGraphic(), inside);
                if (n instanceof TitledPane tp) {
                    node(tp.getContent(), inside);
                }
                if (n instanceof MenuButton mb) {
                    menuItems(mb.getItems(), inside);
                }
                if (!(n instanceof TitledPane)) {
                    return; // its skin only repeats (and may shorten) the text
                }
            }
            if (n instanceof Text t) {
                check(t.getText(), here);
            }
            if (n instanceof MenuBar bar) {
                bar.getMenus().forEach(m -> menuItem(m, inside));
            }
            if (n instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    check(tab.getText(), here + " tab");
                    tooltip(tab.getTooltip(), here + " tab");
                    contextMenu(tab.getContextMenu(), here + " tab");
                    node(tab.getGraphic(), inside);
                    node(tab.getContent(), inside);
                }
            }
            if (n instanceof TableView<?> table) {
                table.getColumns().forEach(c -> column(c, here));
                node(table.getPlaceholder(), inside);
            }
            if (n instanceof TreeTableView<?> table) {
                table.getColumns().forEach(c -> column(c, here));
                node(table.getPlaceholder(), inside);
            }
            if (n instanceof DialogPane pane) {
                check(pane.getHeaderText(), here + " header");
                check(pane.getContentText(), here + " content");
                node(pane.getExpandableContent(), inside);
            }
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    node(child, inside);
                }
            }
        }

        private void column(TableColumnBase<?, ?> c, String where) {
            check(c.getText(), where + " column");
            node(c.getGraphic(), where);
            contextMenu(c.getContextMenu(), where + " column");
            c.getColumns().forEach(sub -> column(sub, where));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private void items(List<?> items, StringConverter converter, String where) {
            for (Object item : items) {
                check(converter == null ? String.valueOf(item) : converter.toString(item), where + " entry");
            }
        }

        private void tooltip(Tooltip t, String where) {
            if (t != null && seen.add(t)) {
                check(t.getText(), where + " tooltip");
                node(t.getGraphic(), where);
            }
        }

        private void contextMenu(ContextMenu menu, String where) {
            if (menu != null && seen.add(menu)) {
                menuItems(menu.getItems(), where + " context menu");
            }
        }

        private void menuItems(List<MenuItem> items, String where) {
            items.forEach(i -> menuItem(i, where));
        }

        private void menuItem(MenuItem item, String where) {
            if (!seen.add(item)) {
                return;
            }
            String here = where + " " + item.getClass().getSimpleName() + (item.getId() == null ? "" : "#" + item.getId());
            check(item.getText(), here);
            node(item.getGraphic(), here);
            if (item instanceof Menu m) {
                menuItems(m.getItems(), here + " >");
            }
            if (item instanceof CustomMenuItem c) {
                node(c.getContent(), here);
            }
        }
    }
}

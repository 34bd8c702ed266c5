package org.layoutstudio.certificates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;

/**
 * Every text a user can see in a node tree (labels, buttons, tooltips, prompts, column headers,
 * placeholders, menu items, a toolbar's overflowed items), and a judge that tells whether each one
 * comes from the message bundle (a value, or a pattern with its {0} filled) or is data.
 */
final class ShownTexts {
    private final List<Pattern> bundle = new ArrayList<>();
    private final Set<String> data = new LinkedHashSet<>();

    ShownTexts(ResourceBundle texts) {
        for (String key : texts.keySet()) {
            bundle.add(pattern(texts.getString(key)));
        }
    }

    /** Texts that are data (names, order codes, file names, pretix's own words…), not the program's. */
    ShownTexts data(Collection<String> values) {
        values.stream().filter(v -> v != null && !v.isBlank()).forEach(data::add);
        return this;
    }

    /** The texts of {@code root} that are neither from the bundle nor data. */
    List<String> foreign(Node root) {
        List<String> out = new ArrayList<>();
        for (String t : collect(root)) {
            if (!accepted(t)) {
                out.add(t);
            }
        }
        return out;
    }

    boolean accepted(String text) {
        return accepted(text.strip(), 0);
    }

    private boolean accepted(String t, int depth) {
        if (t.isEmpty() || t.matches("[\\d.,  %#()]+") || data.contains(t)) {
            return true;
        }
        if (depth > 4) {
            return false;
        }
        for (Pattern p : bundle) {
            // What fills a {0} must itself be bundle text or data: "{0}: {1}" accepts no English sentence.
            for (Pattern q : List.of(p, Pattern.compile(p.pattern().replace("(.*?)", "(.*)")))) {
                var m = q.matcher(t);
                if (m.matches() && java.util.stream.IntStream.rangeClosed(1, m.groupCount())
                        .allMatch(g -> m.group(g) == null || accepted(m.group(g).strip(), depth + 1))) {
                    return true;
                }
            }
        }
        // A tooltip: the action's label and its shortcut, e.g. "Speichern…  (Ctrl+Alt+S)".
        var tip = Pattern.compile("(?s)(.*)  \\(([^()]+)\\)").matcher(t);
        return tip.matches() && accepted(tip.group(1), depth + 1) && tip.group(2).matches("[A-Za-z0-9+ ↵.'\\-]+");
    }

    /** Every visible text under {@code root}, including what a control keeps outside the scene graph. */
    static List<String> collect(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out, new java.util.IdentityHashMap<>());
        return out;
    }

    private static void walk(Node n, List<String> out, java.util.Map<Object, Boolean> seen) {
        if (n == null || seen.put(n, true) != null) {
            return;
        }
        if (n instanceof Labeled l) {
            add(out, l.getText());
        }
        if (n instanceof TextInputControl t) {
            add(out, t.getPromptText());
            add(out, t.getText());
        }
        if (n instanceof Control c) {
            add(out, org.layoutstudio.ui.Tooltips.text(c)); // made or not yet made
            menu(c.getContextMenu(), out, seen);
        }
        if (n instanceof TableView<?> table) {
            columns(table.getColumns(), out);
            walk(table.getPlaceholder(), out, seen);
        }
        if (n instanceof ListView<?> list) {
            walk(list.getPlaceholder(), out, seen);
        }
        if (n instanceof ToolBar bar) {
            bar.getItems().forEach(i -> walk(i, out, seen));
        }
        if (n instanceof SplitPane split) {
            split.getItems().forEach(i -> walk(i, out, seen));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out, seen));
        }
    }

    private static void columns(List<? extends TableColumnBase<?, ?>> columns, List<String> out) {
        for (TableColumnBase<?, ?> c : columns) {
            add(out, c.getText());
            columns(c.getColumns(), out);
        }
    }

    private static void menu(ContextMenu menu, List<String> out, java.util.Map<Object, Boolean> seen) {
        if (menu != null) {
            items(menu.getItems(), out, seen);
        }
    }

    private static void items(List<MenuItem> items, List<String> out, java.util.Map<Object, Boolean> seen) {
        for (MenuItem i : items) {
            add(out, i.getText());
            if (i instanceof CustomMenuItem c) {
                walk(c.getContent(), out, seen);
            }
            if (i instanceof Menu m) {
                items(m.getItems(), out, seen);
            }
        }
    }

    private static void add(List<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }

    /**
     * A bundle value as a pattern: each {0} captures what fills it (to be judged in turn); a
     * {0,choice,…} matches one of its own texts with a number in it.
     */
    static Pattern pattern(String value) {
        return Pattern.compile("(?s)" + regex(value, false));
    }

    private static String regex(String value, boolean inChoice) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '{') {
                int end = closing(value, i);
                re.append(quote(literal));
                literal.setLength(0);
                String inner = value.substring(i + 1, end);
                String[] parts = inner.split(",", 3);
                if (inChoice) {
                    re.append("[\\d.,]+");
                } else if (parts.length == 3 && parts[1].strip().equals("choice")) {
                    List<String> alternatives = new ArrayList<>();
                    for (String alt : parts[2].split("\\|")) {
                        alternatives.add(regex(alt.replaceFirst("^[^#<]*[#<]", ""), true));
                    }
                    re.append("(?:").append(String.join("|", alternatives)).append(")");
                } else {
                    re.append("(.*?)");
                }
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        re.append(quote(literal));
        return re.toString();
    }

    private static String quote(StringBuilder literal) {
        return Pattern.quote(literal.toString().replace("''", "'"));
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}

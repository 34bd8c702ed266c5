package org.layoutstudio.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;

/**
 * Every action of the application shell, in menu order. The shell's menu bar, toolbar and shortcut
 * sheet are generated from this one table; the areas (editor, certificates) contribute their actions.
 */
public final class ActionsTable {
    /**
     * The menus, in the order they appear, with their bundle keys. The areas put their actions in
     * these: the editor's commands in Edit (clipboard, selection, history), Insert (new elements),
     * Arrange (align, distribute, layer order) and View (zoom, grid, panes); a menu without actions
     * is not shown.
     */
    public static final Map<String, String> MENUS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("file", "menu.file");
        m.put("edit", "menu.edit");
        m.put("insert", "menu.insert");
        m.put("arrange", "menu.arrange");
        m.put("view", "menu.view");
        m.put("certificates", "certificates.menu"); // the certificate viewer's commands
        m.put("connection", "menu.connection");
        m.put("help", "menu.help");
        MENUS = java.util.Collections.unmodifiableMap(m);
    }

    private final ResourceBundle texts;
    private final List<AppAction> actions = new ArrayList<>();

    public ActionsTable(ResourceBundle texts) {
        this.texts = texts;
    }

    public ActionsTable add(AppAction action) {
        if (actions.stream().anyMatch(a -> a.id().equals(action.id()))) {
            throw new IllegalArgumentException("Action declared twice: " + action.id());
        }
        if (!MENUS.containsKey(action.menu())) {
            throw new IllegalArgumentException("Unknown menu " + action.menu() + " for " + action.id());
        }
        actions.add(action);
        return this;
    }

    /** Adds {@code action} just before the action {@code beforeId} (areas put their File entries above Settings/Quit). */
    public ActionsTable addBefore(String beforeId, AppAction action) {
        add(action);
        actions.remove(action);
        actions.add(actions.indexOf(get(beforeId)), action);
        return this;
    }

    public List<AppAction> all() {
        return List.copyOf(actions);
    }

    public List<AppAction> inMenu(String menu) {
        return actions.stream().filter(a -> a.menu().equals(menu)).toList();
    }

    public AppAction get(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No action " + id));
    }

    /** The action's label in the user's language (menu mnemonics' underscores removed). */
    public String label(AppAction action) {
        return text(action.labelKey());
    }

    public String text(String key, Object... args) {
        return Texts.get(texts, key, args);
    }

    public ResourceBundle texts() {
        return texts;
    }
}

package org.layoutstudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCombination;

/**
 * One entry of the {@link ActionsTable}: what the user can do, with its label (a bundle key), icon,
 * shortcut and enabled state. Menus, toolbar and the shortcut sheet are all built from these, so an
 * action is declared once. Three kinds: a command, an on/off toggle, and a submenu whose entries
 * change at run time (recent files, saved connections).
 */
public final class AppAction {
    public enum Kind { COMMAND, TOGGLE, SUBMENU }

    /** An entry of a submenu that changes at run time; {@code text} is shown as is. */
    public record DynamicItem(String text, Runnable run, boolean checked) {
    }

    private final String id;
    private final Kind kind;
    private final String menu;
    private final String labelKey;
    private Icon icon;
    private KeyCombination shortcut;
    private final List<KeyCombination> moreShortcuts = new ArrayList<>();
    private boolean toolbar;
    private boolean toolbarText;
    private boolean separatorBefore;
    private Runnable handler = () -> { };
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", false);
    private ObservableValue<String> dynamicLabel;
    private final ObservableList<DynamicItem> items = FXCollections.observableArrayList();

    private AppAction(String id, Kind kind, String menu, String labelKey) {
        this.id = Objects.requireNonNull(id);
        this.kind = kind;
        this.menu = Objects.requireNonNull(menu);
        this.labelKey = Objects.requireNonNull(labelKey);
    }

    /** An action in menu {@code menu} (a key of the menu bar: "file", "view", …) labelled by {@code labelKey}. */
    public static AppAction command(String id, String menu, String labelKey) {
        return new AppAction(id, Kind.COMMAND, menu, labelKey);
    }

    public static AppAction toggle(String id, String menu, String labelKey) {
        return new AppAction(id, Kind.TOGGLE, menu, labelKey);
    }

    public static AppAction submenu(String id, String menu, String labelKey) {
        return new AppAction(id, Kind.SUBMENU, menu, labelKey);
    }

    public AppAction icon(Icon value) {
        this.icon = value;
        return this;
    }

    /** A shortcut such as {@code "Shortcut+O"} (Ctrl on Linux and Windows, Cmd on macOS). */
    public AppAction shortcut(String combination) {
        this.shortcut = KeyCombination.keyCombination(combination);
        return this;
    }

    /**
     * A further shortcut for the same action (Ctrl+Y besides Ctrl+Shift+Z for redo, Backspace besides
     * Delete). The menu shows the first one; the window answers to all, and the shortcut sheet lists all.
     */
    public AppAction alsoShortcut(String combination) {
        moreShortcuts.add(KeyCombination.keyCombination(combination));
        return this;
    }

    /** Also shown as a toolbar button. */
    public AppAction inToolbar() {
        this.toolbar = true;
        return this;
    }

    /** Shown in the toolbar with its label next to the icon (for the few actions newcomers look for). */
    public AppAction inToolbarWithText() {
        this.toolbar = true;
        this.toolbarText = true;
        return this;
    }

    /** A label that changes at run time (e.g. "Undo move"); menus show it instead of the bundle's. */
    public AppAction dynamicLabel(ObservableValue<String> label) {
        this.dynamicLabel = label;
        labelChanged.set(labelChanged.get() + 1);
        return this;
    }

    public ObservableValue<String> dynamicLabel() {
        return dynamicLabel;
    }

    /** Counts {@link #dynamicLabel(ObservableValue)} calls, so built menus can follow. */
    private final IntegerProperty labelChanged = new SimpleIntegerProperty();

    /** Changes whenever {@link #dynamicLabel(ObservableValue)} is set anew. */
    public ObservableValue<Number> labelChangedProperty() {
        return labelChanged;
    }

    public boolean toolbarText() {
        return toolbarText;
    }

    /** A separator goes before this entry in its menu. */
    public AppAction separated() {
        this.separatorBefore = true;
        return this;
    }

    public AppAction onAction(Runnable value) {
        this.handler = Objects.requireNonNull(value);
        return this;
    }

    /** Runs the action if it is enabled (toggles flip their state first). */
    public void fire() {
        if (!enabled.get()) {
            return;
        }
        handler.run();
    }

    public String id() {
        return id;
    }

    /** The id usable in CSS selectors and node ids ("file.open" → "file-open"). */
    public String nodeId() {
        return id.replace('.', '-');
    }

    public Kind kind() {
        return kind;
    }

    public String menu() {
        return menu;
    }

    public String labelKey() {
        return labelKey;
    }

    public Icon icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    /** Every shortcut of this action, the menu's first; empty when it has none. */
    public List<KeyCombination> shortcuts() {
        List<KeyCombination> all = new ArrayList<>();
        if (shortcut != null) {
            all.add(shortcut);
        }
        all.addAll(moreShortcuts);
        return all;
    }

    public boolean toolbar() {
        return toolbar;
    }

    public boolean separatorBefore() {
        return separatorBefore;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The on/off state of a toggle. */
    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** The entries of a submenu. */
    public ObservableList<DynamicItem> items() {
        return items;
    }
}

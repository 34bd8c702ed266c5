package org.layoutstudio.editor.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.layoutstudio.editor.model.Command;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.InsertElementsCommand;
import org.layoutstudio.editor.model.RemoveElementsCommand;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.MmBox;
import org.layoutstudio.ui.Texts;

/**
 * Every editing action of the canvas as one method, each turning into a command run through the
 * document's undo history, named in the user's language. The editor's entries of the actions table
 * (menus, tool strip, shortcuts) and the canvas's own keys call these.
 */
public final class EditorActions {
    /** Duplicates and repeated pastes move by this much right and down. */
    public static final double OFFSET_MM = 5;
    /** Elements whose tops differ by less than this (mm) are one row for Tab's reading order. */
    static final double SAME_ROW_MM = 1;

    private final EditorDocument document;
    private final EditContext context;
    private final TextClipboard clipboard;
    private final Texts texts;
    private Consumer<String> problems = m -> { };

    public EditorActions(EditorDocument document, EditContext context, TextClipboard clipboard, Texts texts) {
        this.document = document;
        this.context = context;
        this.clipboard = clipboard;
        this.texts = texts;
    }

    /** Where sentences about actions that could not be done go (the canvas's problem line). */
    public void setProblemHandler(Consumer<String> handler) {
        this.problems = handler == null ? m -> { } : handler;
    }

    public EditorDocument document() {
        return document;
    }

    public EditContext context() {
        return context;
    }

    // ----- toolbox -----

    /** Adds a new element at the visible centre of the current page and selects it. */
    public Element add(ElementTemplates template) {
        double[] c = context.visibleCenterMm();
        Element e = template.create(context.page(), c[0], c[1]);
        document.run(new InsertElementsCommand(texts.get("editor.step.add", texts.get(template.labelKey())), List.of(e)));
        document.selection().select(e.id());
        return e;
    }

    // ----- selection -----

    /** Selects every element of the current page. */
    public void selectAll() {
        List<Long> ids = new ArrayList<>();
        for (Element e : document.layout().elements()) {
            if (context.isShown(e)) {
                ids.add(e.id());
            }
        }
        document.selection().set(ids);
    }

    public void selectNone() {
        document.selection().clear();
    }

    /**
     * Selects the next (or previous) element of the page shown, in reading order: top to bottom,
     * then left to right. Without a selection it starts at the first (or last). Returns false at the
     * end of the page, so that the keyboard focus can move on.
     */
    public boolean selectNext(boolean backwards) {
        List<Element> order = new ArrayList<>();
        for (Element e : document.layout().elements()) {
            if (context.isShown(e)) {
                order.add(e);
            }
        }
        if (order.isEmpty()) {
            return false;
        }
        order.sort(readingOrder());
        int at = -1;
        for (int i = 0; i < order.size(); i++) {
            if (document.selection().contains(order.get(i).id())) {
                at = i;
                if (backwards) {
                    break; // from the first selected one back, from the last one on
                }
            }
        }
        int next = at < 0 ? (backwards ? order.size() - 1 : 0) : at + (backwards ? -1 : 1);
        if (next < 0 || next >= order.size()) {
            return false;
        }
        document.selection().select(order.get(next).id());
        return true;
    }

    private Comparator<Element> readingOrder() {
        return (a, b) -> {
            MmBox ba = context.geometry().boxOf(a).bounds();
            MmBox bb = context.geometry().boxOf(b).bounds();
            if (Math.abs(ba.top() - bb.top()) >= SAME_ROW_MM) {
                return Double.compare(bb.top(), ba.top()); // higher on the page first (y grows upwards)
            }
            return Double.compare(ba.left(), bb.left());
        };
    }

    // ----- arrange -----

    public void align(Alignment alignment) {
        run(alignment.command(document.selection().elements(), context.geometry(), context.pageGeometry().box(),
                texts.get(alignment.labelKey())));
    }

    public void distribute(Distribution distribution) {
        run(distribution.command(document.selection().elements(), context.geometry(), texts.get(distribution.labelKey())));
    }

    public void order(ZOrder order) {
        if (!document.selection().isEmpty()) {
            run(order.command(document.layout().elements(), document.selection().ids(), texts.get(order.labelKey())));
        }
    }

    /** Moves the selection by a small step; quick successive nudges merge into one undo step. */
    public void nudge(double dxMm, double dyMm) {
        List<Element> sel = document.selection().elements();
        if (!sel.isEmpty()) {
            document.run(new ReplaceElementsCommand(texts.get("editor.step.nudge"), sel, Moves.translate(sel, dxMm, dyMm), true));
        }
    }

    // ----- duplicate, clipboard, delete -----

    /** Copies of the selection, 5 mm right and down, on top of everything, selected. */
    public void duplicate() {
        List<Element> sel = document.selection().elements();
        if (sel.isEmpty()) {
            return;
        }
        List<Element> copies = new ArrayList<>();
        for (Element e : sel) {
            copies.add(Moves.translate(e.withNewId(), OFFSET_MM, -OFFSET_MM));
        }
        insertAndSelect(texts.get("editor.step.duplicate", copies.size()), copies);
    }

    /** Puts the selection on the clipboard as pretix layout JSON. */
    public void copy() {
        List<Element> sel = document.selection().elements();
        if (!sel.isEmpty()) {
            clipboard.setText(LayoutClipboard.toText(sel));
        }
    }

    public void cut() {
        List<Element> sel = document.selection().elements();
        if (!sel.isEmpty()) {
            clipboard.setText(LayoutClipboard.toText(sel));
            document.run(new RemoveElementsCommand(texts.get("editor.step.cut", sel.size()), ids(sel)));
        }
    }

    /**
     * Pastes pretix layout JSON from the clipboard onto the current page, where it was copied from;
     * when that spot is taken by the same elements (copy, then paste; or a second paste) the paste
     * moves 5 mm right and down until the spot is free. Returns false (and says why) when the
     * clipboard holds no layout elements.
     */
    public boolean paste() {
        List<Element> pasted;
        try {
            pasted = LayoutClipboard.fromText(clipboard.getText());
        } catch (LayoutClipboard.NotElementsException e) {
            problems.accept(texts.get(e.key(), e.item()));
            return false;
        }
        List<Element> onPage = new ArrayList<>();
        for (Element e : pasted) {
            onPage.add(e.withPage(context.page()));
        }
        for (int i = 0; i < 100 && occupied(onPage); i++) {
            onPage = Moves.translate(onPage, OFFSET_MM, -OFFSET_MM);
        }
        insertAndSelect(texts.get("editor.step.paste", onPage.size()), onPage);
        return true;
    }

    public void delete() {
        List<Element> sel = document.selection().elements();
        if (!sel.isEmpty()) {
            document.run(new RemoveElementsCommand(texts.get("editor.step.delete", sel.size()), ids(sel)));
        }
    }

    // ----- helpers -----

    private boolean occupied(List<Element> candidates) {
        for (Element c : candidates) {
            for (Element e : document.layout().elements()) {
                if (e.page() == c.page() && e.typeName().equals(c.typeName())
                        && Math.abs(e.left() - c.left()) < 0.005 && Math.abs(e.bottom() - c.bottom()) < 0.005) {
                    return true;
                }
            }
        }
        return false;
    }

    private void insertAndSelect(String description, List<Element> elements) {
        document.run(new InsertElementsCommand(description, elements));
        document.selection().set(ids(elements));
    }

    private void run(Command c) {
        if (c != null) {
            document.run(c);
        }
    }

    private static List<Long> ids(List<Element> elements) {
        List<Long> ids = new ArrayList<>();
        for (Element e : elements) {
            ids.add(e.id());
        }
        return ids;
    }

    /** The bounds of the selection in mm, or null when nothing is selected. */
    public MmBox selectionBounds() {
        List<MmBox> boxes = new ArrayList<>();
        for (Element e : document.selection().elements()) {
            boxes.add(context.geometry().boxOf(e));
        }
        return MmBox.union(boxes);
    }
}

package org.layoutstudio.editor.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.layoutstudio.editor.model.Command;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.InsertElementsCommand;
import org.layoutstudio.editor.model.RemoveElementsCommand;
import org.layoutstudio.editor.model.ReplaceElementsCommand;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.MmBox;

/**
 * Every editing action of the canvas as one method, each turning into a command run through the
 * document's undo history. The menu, the toolbar, the toolbox and the {@link Keymap} call these.
 */
public final class EditorActions {
    /** Duplicates and repeated pastes move by this much right and down. */
    public static final double OFFSET_MM = 5;

    private final EditorDocument document;
    private final EditContext context;
    private final TextClipboard clipboard;
    private Consumer<String> problems = m -> { };

    public EditorActions(EditorDocument document, EditContext context, TextClipboard clipboard) {
        this.document = document;
        this.context = context;
        this.clipboard = clipboard;
    }

    /** Where sentences about actions that could not be done go (the status bar). */
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
        document.run(new InsertElementsCommand("Add " + template.label(), List.of(e)));
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

    // ----- arrange -----

    public void align(Alignment alignment) {
        run(alignment.command(document.selection().elements(), context.geometry(), context.pageGeometry().box()));
    }

    public void distribute(Distribution distribution) {
        run(distribution.command(document.selection().elements(), context.geometry()));
    }

    public void order(ZOrder order) {
        if (!document.selection().isEmpty()) {
            run(order.command(document.layout().elements(), document.selection().ids()));
        }
    }

    /** Moves the selection by a small step; quick successive nudges merge into one undo step. */
    public void nudge(double dxMm, double dyMm) {
        List<Element> sel = document.selection().elements();
        if (!sel.isEmpty()) {
            document.run(new ReplaceElementsCommand("Nudge", sel, Moves.translate(sel, dxMm, dyMm), true));
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
        insertAndSelect(Moves.describe("Duplicate", copies.size()), copies);
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
            document.run(new RemoveElementsCommand(Moves.describe("Cut", sel.size()), ids(sel)));
        }
    }

    /**
     * Pastes pretix layout JSON from the clipboard onto the current page, where it was copied from;
     * when that spot is taken by the same elements (copy, then paste; or a second paste) the paste
     * moves 5 mm right and down until the spot is free. Returns false (and reports why) when the
     * clipboard holds no layout elements.
     */
    public boolean paste() {
        List<Element> pasted;
        try {
            pasted = LayoutClipboard.fromText(clipboard.getText());
        } catch (LayoutFormatException e) {
            problems.accept(e.getMessage());
            return false;
        }
        List<Element> onPage = new ArrayList<>();
        for (Element e : pasted) {
            onPage.add(e.withPage(context.page()));
        }
        for (int i = 0; i < 100 && occupied(onPage); i++) {
            onPage = Moves.translate(onPage, OFFSET_MM, -OFFSET_MM);
        }
        insertAndSelect(Moves.describe("Paste", onPage.size()), onPage);
        return true;
    }

    public void delete() {
        List<Element> sel = document.selection().elements();
        if (!sel.isEmpty()) {
            document.run(new RemoveElementsCommand(Moves.describe("Delete", sel.size()), ids(sel)));
        }
    }

    // ----- history -----

    public void undo() {
        document.history().undo();
    }

    public void redo() {
        document.history().redo();
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

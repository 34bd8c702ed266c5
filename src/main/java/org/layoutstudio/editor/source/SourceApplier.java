package org.layoutstudio.editor.source;

import java.util.ArrayList;
import java.util.List;
import org.layoutstudio.editor.model.EditorDocument;
import org.layoutstudio.editor.model.ReplaceAllCommand;
import org.layoutstudio.editor.save.LayoutChecks;
import org.layoutstudio.layout.Element;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;

/**
 * Reads JSON typed into the source view: broken JSON or an invalid layout is never applied; a valid
 * one replaces the elements as one undo step. Elements whose content did not change keep their
 * identity, so the selection survives.
 */
public final class SourceApplier {
    private SourceApplier() {
    }

    /** The outcome: the parsed layout and findings, or why the text is not a layout (explained by {@code ErrorMessages}). */
    public record Parsed(LayoutDocument layout, List<Finding> findings, LayoutFormatException problem) {
        public boolean applicable() {
            return layout != null && findings.stream().noneMatch(Finding::isError);
        }
    }

    /** Parses and checks (blocking: run it off the FX thread). */
    public static Parsed parse(String text, LayoutChecks checks, byte[] background) {
        LayoutDocument parsed;
        try {
            parsed = LayoutDocument.parse(text);
        } catch (LayoutFormatException e) {
            return new Parsed(null, List.of(), e);
        }
        return new Parsed(parsed, checks.check(parsed, background), null);
    }

    /** Applies a parsed layout to the document as one undo step named {@code step} (FX thread). */
    public static boolean apply(EditorDocument doc, Parsed parsed, String step) {
        if (!parsed.applicable()) {
            return false;
        }
        List<Element> before = doc.layout().elements();
        List<Element> after = new ArrayList<>();
        List<Element> incoming = parsed.layout().elements();
        boolean changed = incoming.size() != before.size();
        for (int i = 0; i < incoming.size(); i++) {
            Element e = incoming.get(i);
            if (i < before.size() && before.get(i).sameContent(e)) {
                after.add(before.get(i));
            } else {
                after.add(e);
                changed = true;
            }
        }
        if (!changed) {
            return false;
        }
        doc.run(new ReplaceAllCommand(step, after));
        return true;
    }
}

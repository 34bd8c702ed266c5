package org.layoutstudio.layout;

/** Told after every change of a {@link LayoutDocument}. */
@FunctionalInterface
public interface LayoutListener {
    void layoutChanged(LayoutDocument document);
}

/**
 * "Compare with pretix": pretix's own ticket PDF of an attendee of the connected event, fetched
 * while pretix prepares it (cancellable), shown with the live preview of the open layout side by
 * side, overlaid, or as a difference picture with the ink agreement figure of
 * {@code render.compare}, zoomable, following every edit. {@link org.layoutstudio.editor.compare.CompareWithPretix}
 * is the entry point the shell wires to its actions table and the preview pane's tool bar.
 */
package org.layoutstudio.editor.compare;

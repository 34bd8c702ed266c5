/**
 * Where documents come from: files, pretix's default ticket, empty pages of a chosen size, and the
 * layouts of pretix events through {@link org.layoutstudio.editor.document.LayoutRepository} (one per
 * connected event, over pretix's REST client), kept by {@link org.layoutstudio.editor.document.Connections}
 * so that a document always goes back to the event it came from.
 */
package org.layoutstudio.editor.document;

/**
 * Where documents come from and go to: files, pretix's default ticket, empty pages of a chosen size,
 * and the connected event's layouts behind {@link org.layoutstudio.editor.document.LayoutRepository}
 * (implemented over pretix's REST client by {@link org.layoutstudio.editor.document.PretixLayoutRepository}).
 */
package org.layoutstudio.editor.document;

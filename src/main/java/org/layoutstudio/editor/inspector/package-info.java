/**
 * The inspector: the selection's properties per element type in mm and pt, one undo step per
 * committed field, multi-selection editing, the content picker and custom texts, and the page
 * section when nothing is selected.
 */
package org.layoutstudio.editor.inspector;

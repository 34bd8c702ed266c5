/** The JSON source view: the layout as pretty JSON, checked before it is applied as one undo step. */
package org.layoutstudio.editor.source;

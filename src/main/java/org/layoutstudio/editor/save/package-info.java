/**
 * Saving: to files and to pretix (PATCH what changed, PUT, POST, background uploaded first), checks
 * and the conflict check before, the dialogs, and the crash journal that keeps unsaved work.
 */
package org.layoutstudio.editor.save;

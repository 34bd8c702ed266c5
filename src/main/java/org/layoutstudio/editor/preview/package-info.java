/**
 * The live preview: the ticket PDF rendered by the real renderer a moment after each edit
 * (debounced, coalescing, stale results dropped), with sample values or an attendee's, and exported.
 */
package org.layoutstudio.editor.preview;

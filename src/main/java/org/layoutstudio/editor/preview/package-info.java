/**
 * The live preview: the ticket PDF rendered by the real renderer a moment after each edit
 * (started at once, coalescing the edits made while it renders, stale results dropped), with sample values or an attendee's, and exported.
 */
package org.layoutstudio.editor.preview;

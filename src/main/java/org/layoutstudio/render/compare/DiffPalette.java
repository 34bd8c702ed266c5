package org.layoutstudio.render.compare;

/**
 * The colours of a difference picture, as ARGB: ink only in ours, ink only in theirs, ink in both,
 * and the paper. The UI takes them from its stylesheet; the command line uses {@link #DEFAULT}.
 */
public record DiffPalette(int onlyOurs, int onlyTheirs, int both, int paper) {
    /**
     * Okabe and Ito's blue and orange, which people with any common colour-vision deficiency tell
     * apart, over a neutral grey for the ink both share, on white paper.
     */
    public static final DiffPalette DEFAULT = new DiffPalette(0xFF0072B2, 0xFFE69F00, 0xFF999999, 0xFFFFFFFF);
}

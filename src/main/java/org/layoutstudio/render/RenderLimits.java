package org.layoutstudio.render;

import java.util.Locale;

/**
 * Every limit of the renderer on what it reads and makes, each with the sentence a user sees
 * when it is reached. The numbers come from what real pretix data needs, with room: pretix takes
 * backgrounds of at most 10 MB (PRETIX.md §1.10); a long real background has 20 pages; a full A4
 * photo at 600 dpi has 35 million pixels.
 */
public final class RenderLimits {
    /** A background PDF file: five times pretix's own upload limit. */
    public static final long MAX_PDF_BYTES = 50L * 1024 * 1024;
    /**
     * Pages of a PDF opened (a background, a certificate): fifty times the longest real
     * background; beyond it a PDF is no ticket background, and every ticket would carry them all.
     */
    public static final int MAX_PAGES = 1_000;
    /**
     * What one stream of a PDF may inflate to (PDFBox decodes a stream whole into memory): real
     * page contents and fonts are a few MB.
     */
    public static final long MAX_DECODED_STREAM_BYTES = 64L * 1024 * 1024;
    /** What all streams one page draws may inflate to together. */
    public static final long MAX_DECODED_PAGE_BYTES = 128L * 1024 * 1024;
    /** What all streams of a background may inflate to together. */
    public static final long MAX_DECODED_DOCUMENT_BYTES = 512L * 1024 * 1024;
    /** Image pixels one page draws: a full A4 page at 600 dpi is 35 million. */
    public static final long MAX_IMAGE_PIXELS_PER_PAGE = 40_000_000L;
    /** Nesting of forms, resources and the like: real PDFs nest a handful of levels. */
    public static final int MAX_NESTING = 64;
    /**
     * Copies of every ticket in one run. Copies share their page content in the output, so each
     * costs a page entry of about 150 bytes: 100,000 copies take seconds.
     */
    public static final int MAX_COPIES = 100_000;
    /**
     * Pages written in one run (tickets × copies × background pages): a million page entries are
     * about 150 MB of PDF, written in well under a minute.
     */
    public static final long MAX_OUTPUT_PAGES = 1_000_000L;

    private RenderLimits() {
    }

    // ----- the sentences -----

    static String mb(long bytes) {
        return bytes % 1048576 == 0 ? bytes / 1048576 + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** {@code whatIsRead} is "The file is 162.0 MB" or "The file is larger than 50 MB". */
    public static String pdfTooLarge(String whatIsRead) {
        return whatIsRead + "; a background PDF is at most " + mb(MAX_PDF_BYTES) + " (pretix itself takes at most 10 MB).";
    }

    public static String tooManyPages(int pages) {
        return String.format(Locale.ROOT, "The PDF has %,d pages; Layout Studio opens at most %,d (a long real background has 20).",
                pages, MAX_PAGES);
    }

    public static String streamTooLarge(int page) {
        return "Page " + page + " of the PDF holds a stream that inflates to more than " + mb(MAX_DECODED_STREAM_BYTES)
                + "; no real background needs that much (it may be a decompression bomb).";
    }

    public static String pageTooLarge(int page) {
        return "Page " + page + " of the PDF inflates to more than " + mb(MAX_DECODED_PAGE_BYTES)
                + "; no real background needs that much (it may be a decompression bomb).";
    }

    public static String structureTooLarge() {
        return "The PDF holds an object or cross-reference stream that inflates to more than " + mb(MAX_DECODED_STREAM_BYTES)
                + "; no real background needs that much (it may be a decompression bomb).";
    }

    public static String documentTooLarge() {
        return "The PDF inflates to more than " + mb(MAX_DECODED_DOCUMENT_BYTES)
                + " in all; no real background needs that much (it may be a decompression bomb).";
    }

    public static String tooManyPixels(int page, long pixels) {
        return String.format(Locale.ROOT, "Page %d of the PDF draws images of %,d million pixels; a background page may have"
                + " at most %,d million (a full A4 page at 600 dpi has 35 million).", page, pixels / 1_000_000,
                MAX_IMAGE_PIXELS_PER_PAGE / 1_000_000);
    }

    public static String nestedTooDeep() {
        return "The PDF nests its parts more than " + MAX_NESTING + " levels deep; no real background does.";
    }

    public static String outOfMemory() {
        return "The PDF needs more memory to read than Layout Studio has; no real background needs that much.";
    }

    public static String tooManyCopies(long copies) {
        return String.format(Locale.ROOT, "--copies must be between 1 and %,d, not %s.", MAX_COPIES, copies);
    }

    public static String tooManyOutputPages(long pages) {
        return String.format(Locale.ROOT, "That would be %,d pages; one run writes at most %,d (render the tickets in parts).",
                pages, MAX_OUTPUT_PAGES);
    }

    public static String textTooLong(int ticket, int element, String type, int chars) {
        return String.format(Locale.ROOT, "ticket %d, element %d (%s): the text with this ticket's values has %,d characters;"
                + " Layout Studio renders at most %,d per text.", ticket, element, type, chars,
                org.layoutstudio.layout.InputLimits.MAX_TEXT_CHARS);
    }
}

package org.layoutstudio.render.raster;

/**
 * A JPEG's frame header, found by walking the segments before it: its kind, and the size every
 * decoder allocates for, whatever size a PDF declares for the image.
 *
 * @param marker the start-of-frame marker's second byte (0xC0 baseline … 0xCF)
 */
record JpegFrame(int marker, int width, int height, int components) {
    /**
     * The frame header of {@code jpeg}, or null when there is none before a scan or the end. The walk
     * forgives what decoders forgive, so that no frame hides from it that a decoder finds: a line
     * feed before the start (PDFBox skips one), stray bytes, fill bytes and stuffed zeros before a
     * marker, markers without a length (restarts, TEM, another SOI), a length under 2 (see
     * {@link JpegMarkers}); and it walks every segment, however many.
     */
    static JpegFrame read(byte[] jpeg) {
        int at = JpegMarkers.afterSoi(jpeg, jpeg.length > 0 && jpeg[0] == '\n' ? 1 : 0);
        while (at >= 0) {
            int code = JpegMarkers.next(jpeg, at);
            if (code < 0) {
                return null;
            }
            int marker = jpeg[code] & 0xFF;
            at = code + 1;
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return at + 7 < jpeg.length ? new JpegFrame(marker, u16(jpeg, at + 5), u16(jpeg, at + 3), jpeg[at + 7] & 0xFF)
                        : null;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null; // scan or end before any frame
            }
            if (!JpegMarkers.standalone(marker)) {
                at = JpegMarkers.segmentEnd(jpeg, at);
            }
        }
        return null;
    }

    /** One pass, rows final as they come: baseline or extended sequential, Huffman or arithmetic. */
    boolean sequential() {
        return marker == 0xC0 || marker == 0xC1 || marker == 0xC9;
    }

    long pixels() {
        return (long) width * height;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }
}

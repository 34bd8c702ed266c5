package org.layoutstudio.render.raster;

/**
 * A JPEG's frame header, found by walking the segments before it: its kind, and the size every
 * decoder allocates for, whatever size a PDF declares for the image.
 *
 * @param marker the start-of-frame marker's second byte (0xC0 baseline … 0xCF)
 */
record JpegFrame(int marker, int width, int height, int components) {
    /**
     * The frame header of {@code jpeg}, or null when there is none before a scan or the end. Every
     * segment is walked, however many come first: decoders skip them all to the frame, so a limit
     * here would let a frame hide behind enough empty segments.
     */
    static JpegFrame read(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return null;
        }
        int at = 2;
        while (at + 3 < jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return at + 9 < jpeg.length
                        ? new JpegFrame(marker, u16(jpeg, at + 7), u16(jpeg, at + 5), jpeg[at + 9] & 0xFF)
                        : null;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null; // scan or end before any frame
            }
            at += 2 + u16(jpeg, at + 2);
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

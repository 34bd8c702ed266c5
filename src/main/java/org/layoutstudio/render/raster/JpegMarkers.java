package org.layoutstudio.render.raster;

/**
 * The walk over a JPEG's marker segments before its scan, shared by {@link JpegFrame} and
 * {@link ScaledJpegHeaders} so that both find the markers libjpeg's {@code next_marker} finds: no
 * frame may hide from the pixel count that a decoder finds. The decoder reads lengths itself and
 * refuses what {@link #segmentEnd} forgives, which is safe: Java's reader then decodes the JPEG.
 */
final class JpegMarkers {
    private JpegMarkers() {
    }

    /** Where the segments start after an SOI marker at {@code at}; -1 when there is none or nothing can follow it. */
    static int afterSoi(byte[] jpeg, int at) {
        return jpeg.length >= at + 4 && jpeg[at] == (byte) 0xFF && jpeg[at + 1] == (byte) 0xD8 ? at + 2 : -1;
    }

    /**
     * The index of the next marker's code at or after {@code at} (its segment follows the code), or
     * -1 when the data ends first. Skips what libjpeg skips with a warning: bytes that are not 0xFF,
     * fill bytes, and 0xFF 0x00 (stuffed data, not a marker).
     */
    static int next(byte[] jpeg, int at) {
        while (true) {
            while (at < jpeg.length && jpeg[at] != (byte) 0xFF) {
                at++;
            }
            while (at < jpeg.length && jpeg[at] == (byte) 0xFF) {
                at++;
            }
            if (at >= jpeg.length) {
                return -1;
            }
            if (jpeg[at] != 0) {
                return at;
            }
            at++;
        }
    }

    /** Whether no length follows the marker: TEM, the restarts, SOI and EOI. */
    static boolean standalone(int marker) {
        return marker == 0x01 || marker >= 0xD0 && marker <= 0xD9;
    }

    /**
     * Where the segment whose length is at {@code at} ends, as libjpeg skips one it does not read: a
     * length under 2 as 2; -1 when the length itself is cut off.
     */
    static int segmentEnd(byte[] jpeg, int at) {
        return at + 1 < jpeg.length ? at + Math.max(2, (jpeg[at] & 0xFF) << 8 | (jpeg[at + 1] & 0xFF)) : -1;
    }
}

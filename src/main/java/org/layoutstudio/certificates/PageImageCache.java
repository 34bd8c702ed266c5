package org.layoutstudio.certificates;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * The page images the viewer keeps, least recently used first out: a long document never holds
 * more than {@code capacity} rendered pages, whatever the user scrolls through. FX thread only.
 */
final class PageImageCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Image> images;
    private int evictions;

    PageImageCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The page cache must hold at least one page.");
        }
        this.capacity = capacity;
        this.images = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
                boolean full = size() > PageImageCache.this.capacity;
                if (full) {
                    evictions++;
                }
                return full;
            }
        };
    }

    Image get(int page) {
        return images.get(page);
    }

    void put(int page, Image image) {
        images.put(page, image);
    }

    void clear() {
        images.clear();
    }

    int size() {
        return images.size();
    }

    int capacity() {
        return capacity;
    }

    int evictions() {
        return evictions;
    }

    /** Bytes of pixels held, at four bytes per pixel. */
    long pixelBytes() {
        long sum = 0;
        for (Image img : images.values()) {
            sum += (long) img.getWidth() * (long) img.getHeight() * 4L;
        }
        return sum;
    }
}

package org.layoutstudio.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns the renderer's images into JavaFX images without SwingFXUtils (DESIGN.md). */
public final class FxImages {
    private FxImages() {
    }

    /** Wraps the ARGB pixels of the image (copied once into a premultiplied buffer). */
    public static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb;
        if (img.getType() == BufferedImage.TYPE_INT_ARGB_PRE && img.getRaster().getDataBuffer() instanceof DataBufferInt db) {
            argb = db.getData().clone();
        } else {
            BufferedImage pre = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            var g = pre.createGraphics();
            g.drawImage(img, 0, 0, null);
            g.dispose();
            argb = ((DataBufferInt) pre.getRaster().getDataBuffer()).getData();
        }
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(argb), PixelFormat.getIntArgbPreInstance());
        return new WritableImage(buffer);
    }
}

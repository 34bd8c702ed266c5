package org.layoutstudio.render.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.layoutstudio.bench.RatioTo;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A photo background rasterised at 150 dpi: an A4 page filled by a 3508 × 4961 JPEG (made here, a
 * smooth picture with some grain), read from a byte array the raster has not seen (the editor's first
 * open of a background), next to MuPDF's {@code mutool draw} of the same page as a whole process
 * (skipped, -1, when mutool is not installed: Debian {@code mupdf-tools}). Run:
 * {@code ./mvnw -o -Pbench verify -Dbench=RasterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
public class RasterBenchmark {
    private static final double DPI = 150;

    private byte[] photoPdf;
    private Path file;
    private boolean mutool;
    private BackgroundRaster raster;
    private int opened;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        photoPdf = photoPage();
        file = Files.createTempFile("bench-photo", ".pdf");
        Files.write(file, photoPdf);
        try {
            mutool = new ProcessBuilder("mutool", "-v").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            mutool = false;
        }
        raster = new BackgroundRaster(1, 64L * 1024 * 1024); // a few pages: the ones measured are never asked for again
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        raster.close();
        Files.deleteIfExists(file);
    }

    /**
     * In process, as the editor's first open: a file the raster has not seen (the same page, one byte
     * after {@code %%EOF} changed, so a new digest), read and rasterised.
     */
    @Benchmark
    @RatioTo("mutoolWholeProcess")
    public BufferedImage photoPageInProcess() throws Exception {
        byte[] unseen = photoPdf.clone();
        unseen[unseen.length - 1] = (byte) ++opened;
        return raster.render(unseen, 0, DPI / 72);
    }

    /** The baseline: MuPDF as a whole process, the image written as PNM to /dev/null. */
    @Benchmark
    public int mutoolWholeProcess() throws Exception {
        if (!mutool) {
            return -1;
        }
        Process p = new ProcessBuilder("mutool", "draw", "-q", "-r", Integer.toString((int) DPI), "-F", "pnm", "-o", "/dev/null",
                file.toString(), "1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    /** A4 filled with {@link #photoJpeg()}. */
    static byte[] photoPage() throws IOException {
        byte[] jpeg = photoJpeg();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(JPEGFactory.createFromByteArray(doc, jpeg), 0, 0,
                        PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A 3508 × 4961 JPEG (A4 at 300 dpi), quality 0.85: smooth gradients and rings with a little grain. */
    public static byte[] photoJpeg() throws IOException {
        int w = 3508;
        int h = 4961;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(14);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - w * 0.6;
                double dy = y - h * 0.4;
                int ring = (int) (Math.sqrt(dx * dx + dy * dy) / 90) % 2 == 0 ? 40 : 0;
                int r = clamp(60 + 160 * x / w + ring + grain.nextInt(12));
                int g = clamp(90 + 120 * y / h + grain.nextInt(12));
                int b = clamp(180 - 100 * (x + y) / (w + h) + ring / 2 + grain.nextInt(12));
                row[x] = r << 16 | g << 8 | b;
            }
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(jpeg)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return jpeg.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}

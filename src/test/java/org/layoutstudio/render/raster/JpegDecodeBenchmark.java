package org.layoutstudio.render.raster;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.layoutstudio.bench.RatioTo;
import org.layoutstudio.render.bench.RasterBenchmark;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The photo of {@link RasterBenchmark} (3508 × 4961, A4 at 300 dpi) decoded for a 150 dpi raster:
 * Java's reader with source subsampling 2, as the raster read it before (libjpeg decodes the whole
 * size, every other pixel is kept), against {@link ScaledJpegDecoder} at ½ as the raster reads it
 * now ({@link JpegScaling}). Here in the raster's package, which keeps the decoder to itself. Run:
 * {@code ./mvnw -o -Pbench verify -DskipTests -Dbench=JpegDecodeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
public class JpegDecodeBenchmark {
    private byte[] jpeg;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        jpeg = RasterBenchmark.photoJpeg();
        if (JpegScaling.decoder(jpeg, 2, 3) == null) {
            throw new IllegalStateException("the scaled decoder does not take the photo");
        }
    }

    /** The baseline: Java's reader, every other pixel of a whole decode. */
    @Benchmark
    public BufferedImage imageIoSubsampledRead() throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(2, 2, 0, 0);
            return reader.read(0, param);
        } finally {
            reader.dispose();
        }
    }

    @Benchmark
    @RatioTo("imageIoSubsampledRead")
    public BufferedImage scaledHalfDecode() throws IOException {
        return JpegScaling.decode(jpeg, 2, 3);
    }
}

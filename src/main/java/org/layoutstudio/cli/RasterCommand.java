package org.layoutstudio.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.raster.BackgroundRaster;
import org.layoutstudio.render.raster.Pdfs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code raster PDF [--page N] [--dpi D] -o OUT.png}: one page as a PNG, through the editor's background rasteriser. */
@Command(name = "raster",
        mixinStandardHelpOptions = true,
        description = "Rasterises one page of a PDF to a PNG (the same code that draws backgrounds in the editor).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:written", "1:the PDF cannot be used (damaged, encrypted, no such page, beyond the limits)",
            "2:a file cannot be read or written (also: larger than its limit), or bad usage"})
final class RasterCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PDF", description = "The PDF file.")
    Path pdf;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number, from 1 (default 1).")
    int page;

    @Option(names = "--dpi", paramLabel = "D", defaultValue = "150", description = "Resolution (default 150).")
    double dpi;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.png", required = true, description = "The PNG to write.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!(dpi >= 1 && dpi <= 2400)) {
            return Terminal.error(err, StudioCommand.FAILED, "--dpi must be between 1 and 2400, not " + dpi + ".");
        }
        if (page < 1) {
            return Terminal.error(err, StudioCommand.FAILED, "--page counts from 1, not " + page + ".");
        }
        byte[] bytes;
        try {
            bytes = Pdfs.read(pdf);
        } catch (RenderException e) {
            return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
        }
        BufferedImage img;
        try (BackgroundRaster raster = new BackgroundRaster(1, 0)) {
            img = raster.render(bytes, page - 1, dpi / 72.0);
        } catch (RenderException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                return Terminal.error(err, StudioCommand.FAILED, CliErrors.outOfMemory());
            }
            return Terminal.error(err, StudioCommand.REJECTED, OutputFiles.name(pdf) + ": " + e.getMessage());
        }
        try {
            OutputFiles.write(output, out -> {
                if (!ImageIO.write(img, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            });
        } catch (OutputFiles.CannotWrite | OutputFiles.Failed e) {
            return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
        }
        Terminal.line(spec.commandLine().getOut(), "Wrote " + img.getWidth() + " × " + img.getHeight() + " px to " + OutputFiles.name(output));
        return StudioCommand.OK;
    }
}

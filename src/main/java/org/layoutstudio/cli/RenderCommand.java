package org.layoutstudio.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.InputFiles;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.layout.LayoutValidator;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.RenderLimits;
import org.layoutstudio.render.TicketStream;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;
import org.layoutstudio.render.raster.Pdfs;
import org.layoutstudio.render.text.FontException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code render LAYOUT.json [--background BG.pdf] [--data VALUES.json | --sample] [--copies N] -o OUT.pdf}. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = {"Renders tickets from a layout to one PDF, as pretix prints them.",
            "Values come from --data (an order position with pdf_data from pretix's API, a list of them, a page of "
                + "results or an order) or are pretix's sample values (--sample, the default)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:rendered", "1:the layout, background, values or a font cannot be used (also: numbers or texts"
                + " beyond the limits, a damaged PDF)",
            "2:a file cannot be read or written (also: larger than its limit), or bad usage"})
final class RenderCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LAYOUT.json", description = "The layout file.")
    Path layout;

    @Option(names = "--background", paramLabel = "BG.pdf", description = "Background PDF (default: pretix's A4 ticket).")
    Path background;

    @ArgGroup(exclusive = true)
    Source source = new Source();

    static final class Source {
        @Option(names = "--data", paramLabel = "VALUES.json", description = "Ticket values from pretix's API (pdf_data).")
        Path data;

        @Option(names = "--sample", description = "pretix's sample values (default).")
        boolean sample;
    }

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1",
            description = "Copies of every ticket (default 1, at most 100000; copies share their content in the PDF).")
    int copies;

    @Option(names = "--font", paramLabel = "FILE|DIR", description = "A TrueType font your pretix offers (a font plugin's), or a folder of them (repeatable); other families print in Open Sans, as pretix does.")
    List<Path> fonts = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", required = true, description = "The PDF to write.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (copies < 1 || copies > RenderLimits.MAX_COPIES) {
            return Terminal.error(err, StudioCommand.FAILED, RenderLimits.tooManyCopies(copies));
        }
        LayoutDocument doc;
        try {
            doc = LayoutDocument.read(layout);
        } catch (LayoutFormatException e) {
            return Terminal.error(err, e.kind() == LayoutFormatException.Kind.NOT_A_LAYOUT ? StudioCommand.REJECTED : StudioCommand.FAILED,
                    OutputFiles.name(layout) + ": " + e.getMessage());
        }
        // The renderer refuses these too, but in English: here they are said in the user's words.
        List<Finding> beyond = LayoutValidator.beyondLimits(doc);
        if (!beyond.isEmpty()) {
            return Terminal.error(err, StudioCommand.REJECTED, Terminal.findingWords().line(beyond.get(0)));
        }
        byte[] bg = null;
        if (background != null) {
            try {
                bg = Pdfs.read(background);
            } catch (RenderException e) {
                return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
            }
            try {
                Pdfs.open(bg).close(); // its verdict is kept: the renderer does not measure it again
            } catch (RenderException | java.io.IOException e) {
                return Terminal.error(err, StudioCommand.REJECTED, OutputFiles.name(background) + ": " + e.getMessage());
            }
        }
        List<TicketValues> tickets = new ArrayList<>();
        if (source.data != null) {
            try {
                tickets.addAll(TicketValues.allFrom(LayoutJson.readJson(source.data)));
            } catch (LayoutFormatException e) {
                // The file itself (missing, a folder, no permission, too large) is exit 2; its content, 1.
                boolean unreadable = e.getCause() instanceof FileSystemException || e.getCause() instanceof InputFiles.TooLarge;
                return Terminal.error(err, unreadable ? StudioCommand.FAILED : StudioCommand.REJECTED,
                        OutputFiles.name(source.data) + ": " + e.getMessage());
            }
            if (tickets.isEmpty()) {
                return Terminal.error(err, StudioCommand.REJECTED, OutputFiles.name(source.data) + ": no order position with pdf_data found.");
            }
        } else {
            tickets.add(TicketValues.sample());
        }
        FontCatalog catalog = FontCatalog.builtInOnly();
        try {
            catalog.offer(CliFonts.add(catalog, fonts));
        } catch (FontException e) {
            return Terminal.error(err, StudioCommand.REJECTED, e.getMessage());
        }
        TicketStream stream = new TicketStream(new TicketRenderer(catalog));
        Progress progress = new Progress(err);
        byte[] bgBytes = bg;
        long pages;
        try {
            long[] written = new long[1];
            OutputFiles.write(output, out -> {
                try {
                    written[0] = stream.write(doc, tickets, copies, bgBytes, out, progress::pagesWritten);
                } catch (RenderException e) {
                    throw new OutputFiles.Failed(e);
                }
            });
            pages = written[0];
        } catch (OutputFiles.Failed e) {
            return Terminal.error(err, StudioCommand.REJECTED, e.getMessage());
        } catch (OutputFiles.CannotWrite e) {
            return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
        }
        long count = (long) tickets.size() * copies;
        Terminal.line(spec.commandLine().getOut(), "Wrote " + count + (count == 1 ? " ticket" : " tickets")
                + (pages == count ? "" : " (" + pages + " pages)") + " to " + OutputFiles.name(output));
        return StudioCommand.OK;
    }

    /** Progress on stderr, at most every two seconds, once the work has taken two seconds. */
    private static final class Progress {
        private static final long EVERY_NANOS = 2_000_000_000L;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = start;

        Progress(PrintWriter err) {
            this.err = err;
        }

        void pagesWritten(long done, long total) {
            long now = System.nanoTime();
            if (now - last >= EVERY_NANOS && done < total) {
                last = now;
                Terminal.line(err, String.format(java.util.Locale.ROOT, "%,d of %,d pages written (%d%%)", done, total, done * 100 / total));
            }
        }
    }
}

package org.layoutstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.text.FontCatalog;
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
        exitCodeList = {"0:rendered", "1:the layout, background, values or a font cannot be used",
            "2:a file cannot be read or written, or bad usage"})
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

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "Copies of every ticket (default 1).")
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
        if (copies < 1 || copies > 100_000) {
            return fail(err, StudioCommand.FAILED, "--copies must be between 1 and 100000, not " + copies + ".");
        }
        LayoutDocument doc;
        try {
            doc = LayoutDocument.read(layout);
        } catch (LayoutFormatException e) {
            return fail(err, e.kind() == LayoutFormatException.Kind.NOT_A_LAYOUT ? StudioCommand.REJECTED : StudioCommand.FAILED,
                    layout + ": " + e.getMessage());
        }
        byte[] bg = null;
        try {
            if (background != null) {
                bg = Files.readAllBytes(background);
            }
        } catch (IOException e) {
            return fail(err, StudioCommand.FAILED, background + ": the file cannot be read (" + CliErrors.describe(e) + ").");
        }
        List<TicketValues> tickets = new ArrayList<>();
        if (source.data != null) {
            try {
                JsonNode node = new ObjectMapper().readTree(source.data.toFile());
                tickets.addAll(TicketValues.allFrom(node));
            } catch (IOException e) {
                boolean unreadable = !Files.isReadable(source.data);
                return fail(err, unreadable ? StudioCommand.FAILED : StudioCommand.REJECTED,
                        source.data + ": " + (unreadable ? "the file cannot be read." : "this is not JSON (" + CliErrors.describe(e) + ")."));
            }
            if (tickets.isEmpty()) {
                return fail(err, StudioCommand.REJECTED, source.data + ": no order position with pdf_data found.");
            }
        } else {
            tickets.add(TicketValues.sample());
        }
        List<TicketValues> all = new ArrayList<>();
        for (TicketValues t : tickets) {
            for (int i = 0; i < copies; i++) {
                all.add(t);
            }
        }
        FontCatalog catalog = FontCatalog.builtInOnly();
        try {
            catalog.offer(CliFonts.add(catalog, fonts));
        } catch (FontException e) {
            return fail(err, StudioCommand.REJECTED, e.getMessage());
        }
        byte[] pdf;
        try {
            pdf = new TicketRenderer(catalog).render(doc, all, bg);
        } catch (RenderException e) {
            return fail(err, StudioCommand.REJECTED, e.getMessage());
        }
        try {
            Files.write(output, pdf);
        } catch (IOException e) {
            return fail(err, StudioCommand.FAILED, output + ": the file cannot be written (" + CliErrors.describe(e) + ").");
        }
        spec.commandLine().getOut().println("Wrote " + all.size() + (all.size() == 1 ? " ticket" : " tickets") + " to " + output);
        spec.commandLine().getOut().flush();
        return StudioCommand.OK;
    }

    private static int fail(PrintWriter err, int code, String message) {
        err.println("error: " + message);
        err.flush();
        return code;
    }
}

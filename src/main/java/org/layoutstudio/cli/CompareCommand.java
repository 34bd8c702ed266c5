package org.layoutstudio.cli;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.pretix.Cancellation;
import org.layoutstudio.pretix.DownloadProgress;
import org.layoutstudio.pretix.DownloadState;
import org.layoutstudio.pretix.OrderPositionInfo;
import org.layoutstudio.pretix.PositionLayout;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.TicketLayoutResource;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.TicketRenderer;
import org.layoutstudio.render.raster.Pdfs;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.compare.DiffPalette;
import org.layoutstudio.render.compare.PageComparison;
import org.layoutstudio.render.compare.TicketComparison;
import org.layoutstudio.render.text.FontCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare POSITION_ID [--layout ID|FILE] [--threshold F] [--diff OUT.png]}: our rendering of a
 * position's ticket against pretix's own PDF of it, as one ink agreement figure.
 */
@Command(name = "compare",
        description = {"Compares Layout Studio's rendering of an order position's ticket with pretix's own PDF of it.",
            "Renders the layout pretix would use for the position (its product's layout, else the event's default; "
                + "--layout chooses another) with the position's pdf_data, downloads pretix's ticket PDF (waiting while "
                + "pretix prepares it), rasterises both at 150 dpi and prints the ink agreement: the share of ink that "
                + "lies in both within 1 pixel (1 = the same ticket)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the agreement reaches --threshold", "1:the agreement is below --threshold",
            "2:no comparison: unknown position, no permission, pretix never ready, a file cannot be read or written, "
                + "or bad usage"})
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "POSITION_ID", description = "The internal order position id (not the order code).")
    long positionId;

    @Option(names = "--layout", paramLabel = "ID|FILE",
            description = "Compare with this layout instead: the id of a layout of the event, or a layout JSON file.")
    String layout;

    @Option(names = "--background", paramLabel = "BG.pdf",
            description = "The background for a --layout FILE (default: pretix's A4 ticket).")
    Path background;

    @Option(names = "--threshold", paramLabel = "FIGURE", defaultValue = "0.99",
            description = "Exit with 1 below this agreement, from 0 to 1 (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--diff", paramLabel = "OUT.png",
            description = "Write the difference picture: ink only in ours blue, only in pretix's orange, in both grey.")
    Path diff;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "Give up when pretix has not prepared its PDF after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /** What is compared with pretix's PDF: a layout, its background (null = pretix's default) and where it came from. */
    private record Ours(LayoutDocument layout, byte[] background, String origin) {
    }

    /** Stops a comparison with a sentence for stderr (exit code 2). */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new CommandLine.ParameterException(cl, "--threshold is an agreement from 0 to 1, not " + threshold + ".");
        }
        if (timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(cl, "--timeout must be at least 1 second.");
        }
        if (background != null && (layout == null || !Files.isRegularFile(Path.of(layout)))) {
            throw new CommandLine.ParameterException(cl, "--background goes with --layout FILE; a layout on pretix has its own.");
        }
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        try (PretixClient client = new PretixClient(connection.connection(cl))) {
            OrderPositionInfo position = client.orderPosition(positionId);
            Ours ours = ours(client, position);
            byte[] oursPdf = new TicketRenderer(FontCatalog.builtInOnly())
                    .render(ours.layout(), inOrderLanguage(client, position, err), ours.background());
            byte[] theirs = client.ticketPdf(positionId, Duration.ofSeconds(timeoutSeconds), Cancellation.none(), progress(err)).pdf();
            TicketComparison c = TicketComparison.of(oursPdf, theirs);
            report(out, position, ours, c);
            if (diff != null) {
                OutputFiles.write(diff, png(c));
                Terminal.line(err, "Saved the difference picture to " + diff);
            }
            return c.agreement() >= threshold ? StudioCommand.OK : StudioCommand.REJECTED;
        } catch (PretixException e) {
            return fail(err, e.userMessage());
        } catch (RenderException | Failure e) {
            return fail(err, e.getMessage());
        } catch (OutputFiles.CannotWrite e) {
            return fail(err, e.getMessage());
        } catch (IOException e) {
            return fail(err, "the difference picture could not be made: " + CliErrors.describe(e));
        }
    }

    /** The position's values in its order's language, as pretix prints the ticket (one more request). */
    private static TicketValues inOrderLanguage(PretixClient client, OrderPositionInfo position, PrintWriter err) {
        TicketValues values = TicketValues.fromPdfData(position.raw());
        try {
            return client.orderLocale(position.orderCode()).map(values::withLocale).orElse(values);
        } catch (PretixException e) {
            Terminal.line(err, "The order's language could not be read (" + e.userMessage()
                    + "); texts given in several languages may differ from pretix's.");
            return values;
        }
    }

    /** The layout to compare: --layout FILE or ID, else the one pretix prints the position with. */
    private Ours ours(PretixClient client, OrderPositionInfo position) throws PretixException, Failure {
        if (layout != null && Files.isRegularFile(Path.of(layout))) {
            try {
                byte[] bg = background == null ? null : Pdfs.read(background);
                return new Ours(LayoutDocument.read(Path.of(layout)), bg, "file " + layout);
            } catch (LayoutFormatException e) {
                throw new Failure(layout + ": " + e.getMessage());
            } catch (RenderException e) {
                throw new Failure(e.getMessage());
            }
        }
        TicketLayoutResource resource;
        String how;
        if (layout != null) {
            if (!layout.matches("\\d{1,18}")) {
                throw new Failure("--layout " + layout + " is neither a layout id nor a file.");
            }
            resource = client.getLayout(Long.parseLong(layout));
            how = "chosen with --layout";
        } else {
            PositionLayout chosen = PositionLayout.of(client, position);
            resource = chosen.layout();
            how = switch (chosen.source()) {
                case PRODUCT -> "the product's layout";
                case EVENT_DEFAULT -> "the event's default layout";
                case BUILT_IN -> "the event has no layout";
            };
        }
        try {
            byte[] bg = resource.backgroundUrl() == null ? null : client.downloadBackground(resource.backgroundUrl());
            String id = resource.id() == null ? "" : "#" + resource.id() + ", ";
            return new Ours(resource.document(), bg, "layout \"" + resource.name() + "\" (" + id + how + ")");
        } catch (LayoutFormatException e) {
            throw new Failure("layout " + resource.id() + " on pretix is not a valid layout: " + e.getMessage());
        }
    }

    private void report(PrintWriter out, OrderPositionInfo position, Ours ours, TicketComparison c) {
        Terminal.line(out, "Ink agreement " + figure(c.agreement()) + " (threshold " + figure(threshold) + ") for "
                + position.label() + ", " + ours.origin());
        if (c.oursPageCount() != c.theirsPageCount()) {
            Terminal.line(out, "  ours has " + c.oursPageCount() + " pages, pretix's " + c.theirsPageCount());
        }
        for (PageComparison p : c.pages()) {
            if (p.ours() != null && p.theirs() != null && !p.sameSize()) {
                Terminal.line(out, "  page " + (p.index() + 1) + " differs in size: ours " + mm(p.ours().getWidth()) + " × "
                        + mm(p.ours().getHeight()) + " mm, pretix's " + mm(p.theirs().getWidth()) + " × " + mm(p.theirs().getHeight()) + " mm");
            }
            p.difference().unmatchedBounds().ifPresent(r -> Terminal.line(out, "  page " + (p.index() + 1)
                    + ": differences within " + box(r) + " (from the top left corner)"));
        }
        out.flush();
    }

    /** Floored, so that a figure below the threshold never prints as the threshold itself. */
    private static String figure(double v) {
        return String.format(Locale.ROOT, "%.4f", Math.floor(v * 10_000) / 10_000);
    }

    private static String mm(double px) {
        return String.format(Locale.ROOT, "%.1f", px * 25.4 / TicketComparison.DPI);
    }

    private static String box(Rectangle r) {
        return "x " + mm(r.x) + "–" + mm(r.x + r.width) + " mm, y " + mm(r.y) + "–" + mm(r.y + r.height) + " mm";
    }

    private static byte[] png(TicketComparison c) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ImageIO.write(c.picture(DiffPalette.DEFAULT), "png", buf);
        return buf.toByteArray();
    }

    private DownloadProgress progress(PrintWriter err) {
        return (attempt, elapsed, state) -> {
            if (state == DownloadState.READY) {
                return;
            }
            String s = state == DownloadState.ASKING ? "asking pretix for its ticket PDF" : "pretix is preparing the ticket PDF";
            Terminal.line(err, positionId + ": " + s + " (request " + attempt + ", " + elapsed.toSeconds() + " s)");
        };
    }

    private static int fail(PrintWriter err, String message) {
        return Terminal.error(err, StudioCommand.FAILED, message);
    }
}

package org.layoutstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.layout.LayoutValidator;
import org.layoutstudio.layout.PageGeometry;
import org.layoutstudio.layout.Preflight;
import org.layoutstudio.layout.ValidationReport;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.RenderedGeometry;
import org.layoutstudio.render.TicketValues;
import org.layoutstudio.render.raster.BackgroundPdf;
import org.layoutstudio.render.raster.Pdfs;
import org.layoutstudio.render.text.TextLayoutEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE… [--background BG.pdf]}: pretix's schema, then the preflight warnings. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks layout files against pretix's own schema and warns about what pretix accepts but prints badly:",
            "elements off the page, unknown variables, fonts the server may lack, QR codes too small, empty content.",
            "One line per finding: FILE: element N (type): message; warnings say 'warning:'.",
            "Numbers no ticket can use (1e400) and texts of more than 20,000 characters are errors too: render refuses them.",
            "Exit code 0 when every file is valid (warnings allowed), 1 when any is invalid, 2 when a file cannot be read."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every file is valid", "1:a file is invalid, or the background cannot be used (damaged, beyond the limits)",
            "2:a file cannot be read (also: larger than its limit), or bad usage"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Layout files (pretix's JSON list of elements).")
    List<Path> files;

    @Option(names = {"-b", "--background"}, paramLabel = "BG.pdf",
            description = "The background PDF: checks that every element is on its pages. Without it only the left and bottom page edges are checked.")
    Path background;

    @Option(names = {"-e", "--errors-only"}, description = "Shows errors only, no warnings.")
    boolean errorsOnly;

    @Option(names = "--font", paramLabel = "FILE|DIR", description = "A TrueType font your pretix offers (a font plugin's), or a folder of them (repeatable): other families are reported as printed in Open Sans, and characters a font lacks as boxes.")
    List<Path> fonts = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    private Preflight preflight;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PageGeometry page = null;
        if (background != null) {
            // The same checks as render's: a file that cannot be read is 2, one that cannot be used 1.
            byte[] bytes;
            try {
                bytes = Pdfs.read(background);
            } catch (RenderException e) {
                return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
            }
            try {
                page = BackgroundPdf.read(bytes);
            } catch (RenderException e) {
                return Terminal.error(err, StudioCommand.REJECTED, OutputFiles.name(background) + ": " + e.getMessage());
            }
        }
        org.layoutstudio.render.text.FontCatalog catalog = org.layoutstudio.render.text.FontCatalog.builtInOnly();
        try {
            catalog.offer(CliFonts.add(catalog, fonts));
        } catch (org.layoutstudio.render.text.FontException e) {
            return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
        }
        // legacy texts measured as the renderer lays them out, with the fonts it resolves (built only when one is there)
        preflight = new Preflight(catalog, RenderedGeometry.of(() -> new TextLayoutEngine(catalog), TicketValues.sample()));
        int exit = StudioCommand.OK;
        for (Path file : files) {
            exit = Math.max(exit, check(file, page, out, err));
        }
        out.flush();
        err.flush();
        return exit;
    }

    private int check(Path file, PageGeometry page, PrintWriter out, PrintWriter err) {
        JsonNode root;
        try {
            root = LayoutJson.read(file);
        } catch (LayoutFormatException e) {
            Terminal.line(err, OutputFiles.name(file) + ": error: " + e.getMessage());
            return StudioCommand.FAILED;
        }
        ValidationReport report = LayoutValidator.pretix().validate(root);
        if (!errorsOnly) {
            report = report.plus(preflight.check(root, page));
        }
        // FILE: element 3 (textcontainer): message; warnings carry "warning:" before the message
        for (Finding f : report.findings()) {
            Terminal.finding(out, OutputFiles.name(file) + ": ", f);
        }
        return report.isValid() ? StudioCommand.OK : StudioCommand.REJECTED;
    }
}

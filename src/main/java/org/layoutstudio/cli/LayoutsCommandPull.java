package org.layoutstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutJson;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.TicketLayoutResource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layouts pull ID [-o FILE] [--background PDF]}: the layout JSON, pretty, to a file or stdout. */
@Command(name = "pull", description = "Download a ticket layout as JSON (to stdout unless -o is given).")
final class LayoutsCommandPull implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "ID", description = "The layout id (see 'layouts list').")
    long id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the layout JSON to this file.")
    Path output;

    @Option(names = "--background", paramLabel = "PDF", description = "Also save the background PDF to this file.")
    Path background;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PretixClient client = new PretixClient(connection.connection(spec.commandLine()))) {
            TicketLayoutResource r = client.getLayout(id);
            String json;
            try {
                json = r.document().toPrettyJson();
            } catch (LayoutFormatException e) {
                Terminal.line(err, "warning: layout " + id + " is not a valid layout (" + e.getMessage() + "); saved as pretix sent it.");
                json = LayoutJson.writePretty(r.layoutJson());
            }
            if (output == null) {
                out.print(json);
                out.flush();
            } else {
                OutputFiles.write(output, json.getBytes(StandardCharsets.UTF_8));
                Terminal.line(err, "Saved layout " + id + " \"" + r.name() + "\" to " + output);
            }
            if (background != null && r.backgroundUrl() != null) {
                OutputFiles.write(background, client.downloadBackground(r.backgroundUrl()));
                Terminal.line(err, "Saved its background to " + background);
            }
            return StudioCommand.OK;
        } catch (PretixException e) {
            return ConnectionOptions.report(err, e);
        } catch (OutputFiles.CannotWrite e) {
            return Terminal.error(err, StudioCommand.FAILED, "could not write the file: " + e.getMessage());
        }
    }
}

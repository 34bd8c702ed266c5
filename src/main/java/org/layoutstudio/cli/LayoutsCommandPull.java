package org.layoutstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
                err.println("warning: layout " + id + " is not a valid layout (" + e.getMessage() + "); saved as pretix sent it.");
                json = LayoutJson.writePretty(r.layoutJson());
            }
            if (output == null) {
                out.print(json);
                out.flush();
            } else {
                writeAtomically(output, json.getBytes(StandardCharsets.UTF_8));
                err.println("Saved layout " + id + " \"" + r.name() + "\" to " + output);
            }
            if (background != null && r.backgroundUrl() != null) {
                writeAtomically(background, client.downloadBackground(r.backgroundUrl()));
                err.println("Saved its background to " + background);
            }
            return StudioCommand.OK;
        } catch (PretixException e) {
            return ConnectionOptions.report(err, e);
        } catch (IOException e) {
            err.println("error: could not write the file: " + e.getMessage());
            return StudioCommand.FAILED;
        }
    }

    /** Writes next to the target and moves it in place, so a failure never leaves half a file. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

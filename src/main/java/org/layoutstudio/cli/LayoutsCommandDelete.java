package org.layoutstudio.cli;

import java.util.concurrent.Callable;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code layouts delete ID}: deletes a layout (pretix makes another one default if needed). */
@Command(name = "delete", description = "Delete a ticket layout.")
final class LayoutsCommandDelete implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "ID", description = "The layout id (see 'layouts list').")
    long id;

    @Override
    public Integer call() {
        try (PretixClient client = new PretixClient(connection.connection(spec.commandLine()))) {
            client.deleteLayout(id);
            Terminal.line(spec.commandLine().getOut(), "Deleted layout " + id + ".");
            return StudioCommand.OK;
        } catch (PretixException e) {
            return ConnectionOptions.report(spec.commandLine().getErr(), e);
        }
    }
}

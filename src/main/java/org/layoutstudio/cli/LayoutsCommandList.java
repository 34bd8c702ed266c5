package org.layoutstudio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.SafeText;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.TicketLayoutResource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code layouts list}: one line per layout: id, default mark, element and product counts, name. */
@Command(name = "list", description = "List the event's ticket layouts.")
final class LayoutsCommandList implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PretixClient client = new PretixClient(connection.connection(spec.commandLine()))) {
            List<TicketLayoutResource> all = client.listLayouts();
            for (TicketLayoutResource r : all) {
                Terminal.line(out, String.format("%6d %s %3d elements %2d products  %s", r.id(), r.isDefault() ? "default" : "       ",
                        r.layoutJson().size(), r.itemAssignments().size(), SafeText.line(r.name(), SafeText.QUOTE_CHARS)));
            }
            Terminal.line(out, all.size() + (all.size() == 1 ? " layout" : " layouts"));
            return StudioCommand.OK;
        } catch (PretixException e) {
            return ConnectionOptions.report(spec.commandLine().getErr(), e);
        }
    }
}

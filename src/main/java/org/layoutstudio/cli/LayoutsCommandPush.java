package org.layoutstudio.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.Finding;
import org.layoutstudio.layout.LayoutFormatException;
import org.layoutstudio.layout.LayoutValidator;
import org.layoutstudio.layout.ValidationReport;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.TicketLayoutResource;
import org.layoutstudio.render.RenderException;
import org.layoutstudio.render.raster.Pdfs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code layouts push FILE --id ID | --create --name N}: saves a layout file to pretix. By default
 * a PATCH of only what differs from the server's current copy; {@code --put} replaces all
 * writable fields; {@code --background PDF} uploads a new background first.
 */
@Command(name = "push", description = "Upload a layout JSON file: update a layout (PATCH of the changes) or create one.")
final class LayoutsCommandPush implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "FILE", description = "The layout JSON file.")
    Path file;

    @Option(names = "--id", paramLabel = "ID", description = "The layout to update.")
    Long id;

    @Option(names = "--create", description = "Create a new layout (needs --name).")
    boolean create;

    @Option(names = "--name", paramLabel = "NAME", description = "The layout's name (renames on update).")
    String name;

    @Option(names = "--put", description = "Replace all writable fields with PUT instead of a PATCH of the changes.")
    boolean put;

    @Option(names = "--background", paramLabel = "PDF", description = "Upload this PDF as the new background.")
    Path background;

    @Option(names = "--force", description = "Send the layout even when it fails local validation.")
    boolean force;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        if (create == (id != null)) {
            throw new CommandLine.ParameterException(cl, "Say which layout to update with --id ID, or use --create --name NAME.");
        }
        if (create && (name == null || name.isBlank())) {
            throw new CommandLine.ParameterException(cl, "--create needs --name NAME.");
        }
        if (create && put) {
            throw new CommandLine.ParameterException(cl, "--put replaces an existing layout; it cannot be used with --create.");
        }
        LayoutDocument doc;
        try {
            doc = LayoutDocument.read(file);
        } catch (LayoutFormatException e) {
            Terminal.line(err, "error: " + e.getMessage());
            return e.kind() == LayoutFormatException.Kind.NOT_A_LAYOUT ? StudioCommand.REJECTED : StudioCommand.FAILED;
        }
        // pretix answers an invalid layout with an unreadable schema dump: check here first.
        ValidationReport report = LayoutValidator.pretix().validate(doc);
        if (!report.isValid() && !force) {
            for (Finding f : report.errors()) {
                Terminal.finding(err, OutputFiles.name(file) + ": ", f);
            }
            return Terminal.error(err, StudioCommand.REJECTED, "pretix would refuse this layout; nothing was sent (--force sends it anyway).");
        }
        try (PretixClient client = new PretixClient(connection.connection(cl))) {
            String fileId = background == null ? null : client.uploadBackground(Pdfs.read(background), background.getFileName().toString());
            if (create) {
                TicketLayoutResource draft = TicketLayoutResource.newLayout(name, doc);
                TicketLayoutResource made = client.createLayout(fileId == null ? draft : draft.withBackgroundFile(fileId));
                Terminal.line(out, "Created layout " + made.id() + " \"" + made.name() + "\".");
                return StudioCommand.OK;
            }
            TicketLayoutResource current = client.getLayout(id);
            TicketLayoutResource edited = current.withLayout(doc);
            if (name != null) {
                edited = edited.withName(name);
            }
            if (fileId != null) {
                edited = edited.withBackgroundFile(fileId);
            }
            if (put) {
                TicketLayoutResource saved = client.replaceLayout(edited);
                Terminal.line(out, "Replaced layout " + saved.id() + " \"" + saved.name() + "\".");
            } else {
                ObjectNode changes = edited.patchBody(current);
                if (changes.isEmpty()) {
                    Terminal.line(out, "Layout " + id + " \"" + current.name() + "\" is already up to date; nothing was sent.");
                } else {
                    TicketLayoutResource saved = client.updateLayout(current, edited);
                    List<String> fields = new ArrayList<>();
                    changes.fieldNames().forEachRemaining(fields::add);
                    Terminal.line(out, "Saved layout " + saved.id() + " \"" + saved.name() + "\" (changed: " + String.join(", ", fields) + ").");
                }
            }
            out.flush();
            return StudioCommand.OK;
        } catch (PretixException e) {
            return ConnectionOptions.report(err, e);
        } catch (RenderException e) {
            return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
        }
    }
}

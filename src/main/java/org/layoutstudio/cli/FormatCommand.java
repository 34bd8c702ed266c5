package org.layoutstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.LayoutDocument;
import org.layoutstudio.layout.LayoutFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code format IN [-o OUT]}: pretty-prints a layout through the document's own writer (the code
 * that saves to pretix), so only whitespace changes: key order, number literals and types stay.
 */
@Command(name = "format",
        mixinStandardHelpOptions = true,
        description = {
            "Pretty-prints a layout (two-space indent) so that diffs of layouts kept in git are readable.",
            "Only whitespace changes: keys, their order, numbers as written and unknown properties stay as they are."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:formatted", "1:the file is JSON but not a layout, or --check found it unformatted",
            "2:the file cannot be read or written, or bad usage"})
final class FormatCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "The layout file.")
    Path in;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Writes here (may be IN itself) instead of to standard output.")
    Path output;

    @Option(names = "--check", description = "Writes nothing; exits with 1 when IN is not formatted yet.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String pretty;
        try {
            pretty = LayoutDocument.read(in).toPrettyJson();
        } catch (LayoutFormatException e) {
            err.println(in + ": error: " + e.getMessage());
            err.flush();
            return e.kind() == LayoutFormatException.Kind.NOT_A_LAYOUT ? StudioCommand.REJECTED : StudioCommand.FAILED;
        }
        if (check) {
            return isFormatted(pretty, err);
        }
        if (output == null) {
            out.print(pretty);
            out.flush();
            return StudioCommand.OK;
        }
        try {
            writeAtomically(output, pretty);
        } catch (IOException e) {
            err.println(output + ": error: could not write the file (" + CliErrors.describe(e) + ").");
            err.flush();
            return StudioCommand.FAILED;
        }
        return StudioCommand.OK;
    }

    private int isFormatted(String pretty, PrintWriter err) {
        try {
            if (new String(Files.readAllBytes(in), StandardCharsets.UTF_8).equals(pretty)) {
                return StudioCommand.OK;
            }
        } catch (IOException e) {
            err.println(in + ": error: " + CliErrors.describe(e));
            err.flush();
            return StudioCommand.FAILED;
        }
        err.println(in + ": not formatted");
        err.flush();
        return StudioCommand.REJECTED;
    }

    /** Writes next to the target, then renames: a crash never leaves half a layout. */
    private static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

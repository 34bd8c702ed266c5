package org.layoutstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.layoutstudio.layout.InputFiles;
import org.layoutstudio.layout.InputLimits;
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
            "Only whitespace changes: keys, their order, numbers as written (1e400 too) and unknown properties stay as they are;",
            "control and BiDi characters inside texts are written as \\u escapes, which JSON reads as the same text."},
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
            Terminal.line(err, OutputFiles.name(in) + ": error: " + e.getMessage());
            return e.kind() == LayoutFormatException.Kind.NOT_A_LAYOUT ? StudioCommand.REJECTED : StudioCommand.FAILED;
        }
        if (check) {
            return isFormatted(pretty, err);
        }
        if (output == null) {
            // JSON as written by the layout's own writer: control and BiDi characters are written escaped.
            out.print(pretty);
            out.flush();
            return StudioCommand.OK;
        }
        try {
            OutputFiles.write(output, pretty.getBytes(StandardCharsets.UTF_8));
        } catch (OutputFiles.CannotWrite e) {
            return Terminal.error(err, StudioCommand.FAILED, "could not write the file: " + e.getMessage());
        }
        return StudioCommand.OK;
    }

    private int isFormatted(String pretty, PrintWriter err) {
        try {
            if (new String(InputFiles.read(in, InputLimits.MAX_LAYOUT_BYTES), StandardCharsets.UTF_8).equals(pretty)) {
                return StudioCommand.OK;
            }
        } catch (IOException e) {
            return Terminal.error(err, StudioCommand.FAILED, InputFiles.problem(in, e));
        }
        Terminal.line(err, OutputFiles.name(in) + ": not formatted");
        return StudioCommand.REJECTED;
    }
}

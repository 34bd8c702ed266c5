package org.layoutstudio.cli;

import java.io.PrintWriter;
import org.layoutstudio.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code layout-studio <command> ...}. */
@Command(name = "layout-studio",
        mixinStandardHelpOptions = true,
        // Every subcommand inherits --help and --version.
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = StudioCommand.VersionProvider.class,
        description = "Layout Studio for pretix: design, check and render pretix ticket layouts.",
        subcommands = {CommandLine.HelpCommand.class})
public final class StudioCommand implements Runnable {

    /** Exit code: the work is done (warnings allowed). */
    public static final int OK = 0;
    /** Exit code: the input is invalid or the server said no. */
    public static final int REJECTED = 1;
    /** Exit code: bad usage, unreadable input or network failure. */
    public static final int FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code; never throws. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** Builds the command tree; each subcommand registers itself here. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StudioCommand());
        for (Object sub : Subcommands.all()) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("error: " + CliErrors.describe(ex));
            return FAILED;
        });
        cl.setExitCodeExceptionMapper(ex -> FAILED);
        return cl;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Layout Studio for pretix " + Version.get()};
        }
    }
}

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

    /** Runs the command line and returns its exit code; never throws, never prints a stack trace. */
    public static int run(String... args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // A failure on another thread (a library's worker) is one line too, not a trace.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Terminal.line(err, "error: " + CliErrors.unexpected(e)));
        return run(new PrintWriter(System.out, true), err, args);
    }

    /**
     * Runs the command line with these streams. Whatever happens ends in one line on {@code err}
     * and an exit code: running out of memory or any failure nobody expected is exit code 2.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            CommandLine cl = commandLine();
            cl.setOut(out);
            cl.setErr(err);
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return Terminal.error(err, FAILED, CliErrors.outOfMemory());
        } catch (Throwable e) {
            return Terminal.error(err, FAILED, CliErrors.unexpected(e));
        }
    }

    /** Builds the command tree; each subcommand registers itself here. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StudioCommand());
        for (Object sub : Subcommands.all()) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler((ex, line, parse) -> Terminal.error(line.getErr(), FAILED, CliErrors.unexpected(ex)));
        // picocli's own messages quote the arguments as typed: escaped like everything else.
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            Terminal.line(failed.getErr(), ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, failed.getErr())) {
                failed.usage(failed.getErr(), failed.getColorScheme());
            }
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

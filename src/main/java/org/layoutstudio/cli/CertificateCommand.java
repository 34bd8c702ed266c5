package org.layoutstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.layoutstudio.pretix.Cancellation;
import org.layoutstudio.pretix.CertificateFetcher;
import org.layoutstudio.pretix.CertificatePdf;
import org.layoutstudio.pretix.DownloadProgress;
import org.layoutstudio.pretix.DownloadState;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code certificate ID… [-o DIR] [--timeout S]}: downloads certificates of attendance one after
 * the other, with progress lines on stderr. The exit code is the worst of all downloads.
 */
@Command(name = "certificate", description = "Download certificates of attendance (plugin pretix-certificates) by order position id.")
public final class CertificateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Internal order position ids (not order codes).")
    List<Long> ids;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".", description = "The folder for the PDFs (default: current folder).")
    Path dir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "Give up on one certificate after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    /** Runs the downloads. */
    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        if (timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(cl, "--timeout must be at least 1 second.");
        }
        try {
            OutputFiles.folder(dir);
        } catch (OutputFiles.CannotWrite e) {
            return Terminal.error(err, StudioCommand.FAILED, e.getMessage());
        }
        int worst = StudioCommand.OK;
        try (PretixClient client = new PretixClient(connection.connection(cl))) {
            CertificateFetcher fetcher = client.certificates().withTimeLimit(Duration.ofSeconds(timeoutSeconds));
            for (long id : ids) {
                try {
                    CertificatePdf pdf = fetcher.fetch(id, Cancellation.none(), progress(err, id));
                    Path target = dir.resolve(pdf.fileName());
                    OutputFiles.write(target, pdf.pdf());
                    Terminal.line(out, id + ": saved " + target + " (" + pdf.pdf().length / 1024 + " KB)");
                } catch (PretixException e) {
                    Terminal.line(err, id + ": error: " + e.userMessage());
                    worst = Math.max(worst, ConnectionOptions.exitCode(e));
                } catch (OutputFiles.CannotWrite e) {
                    Terminal.line(err, id + ": error: could not write the file: " + e.getMessage());
                    worst = StudioCommand.FAILED;
                }
            }
        }
        return worst;
    }

    private static DownloadProgress progress(PrintWriter err, long id) {
        return (attempt, elapsed, state) -> {
            String s = switch (state) {
                case ASKING -> "asking pretix for the certificate";
                case PREPARING -> "pretix is preparing the PDF";
                case RESTARTING -> "the prepared file is gone; asking again";
                case READY -> "ready";
            };
            if (state != DownloadState.READY) {
                err.println(id + ": " + s + " (request " + attempt + ", " + elapsed.toSeconds() + " s)");
                err.flush();
            }
        };
    }
}

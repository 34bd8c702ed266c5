package org.layoutstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.layoutstudio.sandbox.SandboxServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code layout-studio sandbox [--port N]}: runs the pretix-compatible sandbox until Ctrl+C. */
@Command(name = "sandbox",
        mixinStandardHelpOptions = true,
        description = "Start a local pretix-compatible server with demo data (runs until Ctrl+C).")
public final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: a free port).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Released by the shutdown hook or {@link #stop()}; tests use it to end the blocking run. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile SandboxServer server;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SandboxServer s = SandboxServer.start(port)) {
            server = s;
            Terminal.line(out, "pretix sandbox running");
            Terminal.line(out, "URL:       " + s.baseUrl());
            Terminal.line(out, "Organizer: " + s.organizer());
            Terminal.line(out, "Event:     " + s.event());
            Terminal.line(out, "Token:     " + s.token());
            Terminal.line(out, "Press Ctrl+C to stop.");
            Thread hook = new Thread(stopped::countDown, "sandbox-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook has run
                }
            }
            return StudioCommand.OK;
        } catch (IOException e) {
            return Terminal.error(spec.commandLine().getErr(), StudioCommand.FAILED,
                    "The sandbox could not listen on port " + port + ": " + e.getMessage());
        } finally {
            server = null;
        }
    }

    /** The running server, or null before start and after stop. */
    public SandboxServer server() {
        return server;
    }

    /** Ends a running {@link #call()} as Ctrl+C would. */
    public void stop() {
        stopped.countDown();
    }
}

package org.layoutstudio.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.PretixException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The pretix connection options shared by the commands that talk to pretix. The token is never
 * an option (it would end up in the shell history and the process list): it comes from an
 * environment variable, {@code PRETIX_TOKEN} unless {@code --token-env} names another.
 */
public final class ConnectionOptions {
    /** The default environment variable that holds the API token. */
    public static final String DEFAULT_TOKEN_ENV = "PRETIX_TOKEN";

    /** Where environment variables come from; tests replace it. */
    static Function<String, String> environment = System::getenv;

    @Option(names = "--server", paramLabel = "URL", required = true,
            description = "The pretix installation, e.g. https://pretix.eu (http only for 127.0.0.1/localhost).")
    String server;

    @Option(names = "--organizer", paramLabel = "SLUG", required = true, description = "The organizer's short form.")
    String organizer;

    @Option(names = "--event", paramLabel = "SLUG", required = true, description = "The event's short form.")
    String event;

    @Option(names = "--token-env", paramLabel = "NAME", defaultValue = DEFAULT_TOKEN_ENV,
            description = "The environment variable holding the API token (default: ${DEFAULT-VALUE}).")
    String tokenEnv;

    @Option(names = "--auth", paramLabel = "SCHEME", defaultValue = "Token",
            description = "How the token is sent: Token (team token), Bearer (OAuth) or Device (default: ${DEFAULT-VALUE}).")
    String auth;

    /**
     * Builds the connection.
     *
     * @throws CommandLine.ParameterException (exit code 2) when the server address, a slug or the
     *                                        token is missing or unusable
     */
    PretixConnection connection(CommandLine cl) {
        String token = environment.apply(tokenEnv);
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(cl, "No API token: set the environment variable " + tokenEnv
                    + " to a pretix API token (Organizer → Teams → API tokens).");
        }
        try {
            return PretixConnection.of(server, organizer, event, AuthScheme.parse(auth), token);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** Prints the user sentence of a failed request; returns 1 when pretix said no, 2 for network and the like. */
    static int report(PrintWriter err, PretixException e) {
        err.println("error: " + e.userMessage());
        return exitCode(e);
    }

    static int exitCode(PretixException e) {
        return e.kind().serverSaidNo() ? StudioCommand.REJECTED : StudioCommand.FAILED;
    }
}

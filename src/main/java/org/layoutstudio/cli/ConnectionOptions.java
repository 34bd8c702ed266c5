package org.layoutstudio.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.profiles.ConfigDirs;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.pretix.profiles.CredentialStore;
import org.layoutstudio.pretix.profiles.ProfileStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The pretix connection options shared by the commands that talk to pretix. The token is never
 * an option (it would end up in the shell history and the process list): it comes from an
 * environment variable, {@code PRETIX_TOKEN} unless {@code --token-env} names another, or from a
 * profile saved by the app ({@code --profile NAME}; without any connection option the app's
 * active profile), whose token lives in the OS keyring or the private file.
 */
public final class ConnectionOptions {
    /** The default environment variable that holds the API token. */
    public static final String DEFAULT_TOKEN_ENV = "PRETIX_TOKEN";

    /** Where environment variables come from; tests replace it. */
    static Function<String, String> environment = System::getenv;

    @Option(names = "--server", paramLabel = "URL",
            description = "The pretix installation, e.g. https://pretix.eu (http only for 127.0.0.1/localhost).")
    String server;

    @Option(names = "--organizer", paramLabel = "SLUG", description = "The organizer's short form.")
    String organizer;

    @Option(names = "--event", paramLabel = "SLUG", description = "The event's short form.")
    String event;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "A connection saved in the app (server, organizer, event and its stored token); "
                    + "--server/--organizer/--event override its parts.")
    String profile;

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
        ConnectionProfile saved = savedProfile(cl);
        String url = server != null ? server : saved == null ? null : saved.serverUrl();
        String org = organizer != null ? organizer : saved == null ? null : saved.organizer();
        String ev = event != null ? event : saved == null ? null : saved.event();
        if (url == null || org == null || org.isBlank() || ev == null || ev.isBlank()) {
            throw new CommandLine.ParameterException(cl, "Say where to connect: --server URL --organizer SLUG --event SLUG,"
                    + " or --profile NAME of a connection saved in the app.");
        }
        String token = environment.apply(tokenEnv);
        if ((token == null || token.isBlank()) && saved != null) {
            token = storedToken(cl, saved);
        }
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(cl, "No API token: set the environment variable " + tokenEnv
                    + " to a pretix API token (Organizer → Teams → API tokens)"
                    + (saved == null ? "." : ", or save the token with the profile in the app."));
        }
        try {
            AuthScheme scheme = saved != null && "Token".equals(auth) ? saved.authScheme() : AuthScheme.parse(auth);
            return PretixConnection.of(url, org, ev, scheme, token);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** The named profile, or the app's active one when no connection option was given at all. */
    private ConnectionProfile savedProfile(CommandLine cl) {
        ProfileStore store = new ProfileStore(ConfigDirs.configDir());
        if (profile != null) {
            return store.find(profile).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "There is no saved connection \"" + profile + "\" (the app's Connect dialog saves them)."));
        }
        if (server == null && organizer == null && event == null) {
            return store.active().orElse(null);
        }
        return null;
    }

    private static String storedToken(CommandLine cl, ConnectionProfile saved) {
        try {
            return CredentialStore.open(ConfigDirs.configDir()).token(saved).orElse(null);
        } catch (java.io.IOException e) {
            throw new CommandLine.ParameterException(cl, "The stored token of \"" + saved.name()
                    + "\" could not be read: " + e.getMessage());
        }
    }

    /** Prints the user sentence of a failed request; returns 1 when pretix said no, 2 for network and the like. */
    static int report(PrintWriter err, PretixException e) {
        return Terminal.error(err, exitCode(e), e.userMessage());
    }

    static int exitCode(PretixException e) {
        return e.kind().serverSaidNo() ? StudioCommand.REJECTED : StudioCommand.FAILED;
    }
}

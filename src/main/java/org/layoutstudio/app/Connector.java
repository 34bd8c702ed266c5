package org.layoutstudio.app;

import java.util.List;
import org.layoutstudio.pretix.AuthScheme;

/**
 * The shell's few questions to a pretix server: start the demo server, list organizers and events,
 * check a connection. Called off the FX thread. The real one ({@link PretixConnector}) uses the REST
 * client and the sandbox; the shell knows only this interface.
 */
public interface Connector extends AutoCloseable {
    /** A slug with a human name, for pickers. */
    record Choice(String slug, String name) {
        @Override
        public String toString() {
            return name == null || name.isBlank() || name.equals(slug) ? slug : name + " (" + slug + ")";
        }
    }

    /** Starts (once) the built-in sandbox and returns a connection to its demo event. */
    ActiveConnection startDemo() throws Exception;

    /** The organizers {@code token} can see; throws the client's typed errors (401 "Invalid token." …). */
    List<Choice> organizers(String serverUrl, AuthScheme scheme, String token) throws Exception;

    /** The events of {@code organizer}. */
    List<Choice> events(String serverUrl, AuthScheme scheme, String token, String organizer) throws Exception;

    /** Checks that {@code url} is usable (HTTPS or loopback); throws IllegalArgumentException with a sentence otherwise. */
    void checkServerUrl(String url);

    /** Stops the sandbox if it was started. */
    @Override
    void close();
}

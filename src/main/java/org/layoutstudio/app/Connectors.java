package org.layoutstudio.app;

import java.util.List;
import org.layoutstudio.pretix.profiles.AuthScheme;

/** The connector the application uses. */
final class Connectors {
    private Connectors() {
    }

    static Connector standard() {
        return new Connector() {
            @Override
            public ActiveConnection startDemo() {
                throw new IllegalStateException("The demo server is not available in this build yet.");
            }

            @Override
            public List<Choice> organizers(String serverUrl, AuthScheme scheme, String token) {
                throw new IllegalStateException("The pretix client is not available in this build yet.");
            }

            @Override
            public List<Choice> events(String serverUrl, AuthScheme scheme, String token, String organizer) {
                throw new IllegalStateException("The pretix client is not available in this build yet.");
            }

            @Override
            public void checkServerUrl(String url) {
            }

            @Override
            public void close() {
            }
        };
    }
}

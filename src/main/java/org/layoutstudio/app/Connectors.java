package org.layoutstudio.app;

import java.util.Locale;

/** The connector the application uses: the pretix client and the built-in sandbox. */
final class Connectors {
    private Connectors() {
    }

    static Connector standard(Locale locale) {
        return new PretixConnector(locale);
    }
}

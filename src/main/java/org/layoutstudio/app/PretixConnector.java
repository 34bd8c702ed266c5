package org.layoutstudio.app;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.PretixClient;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.profiles.Secrets;
import org.layoutstudio.sandbox.SandboxServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real {@link Connector}: pretix's REST API through the client, and the in-process sandbox. */
final class PretixConnector implements Connector {
    private static final Logger LOG = LoggerFactory.getLogger(PretixConnector.class);

    private final Locale locale;
    private SandboxServer sandbox;

    PretixConnector(Locale locale) {
        this.locale = locale;
    }

    @Override
    public synchronized ActiveConnection startDemo() throws IOException {
        if (sandbox == null) {
            sandbox = SandboxServer.start();
            Secrets.register(sandbox.token());
            LOG.info("Demo server started at {}", sandbox.baseUrl());
        }
        return new ActiveConnection(sandbox.baseUrl(), sandbox.organizer(), sandbox.event(), AuthScheme.TOKEN,
                sandbox.token(), true, null);
    }

    @Override
    public List<Choice> organizers(String serverUrl, AuthScheme scheme, String token) throws PretixException {
        Secrets.register(token);
        try (PretixClient client = new PretixClient(PretixConnection.of(serverUrl, null, null, scheme, token))) {
            return client.organizers().stream().map(o -> new Choice(o.slug(), o.name())).toList();
        }
    }

    @Override
    public List<Choice> events(String serverUrl, AuthScheme scheme, String token, String organizer) throws PretixException {
        Secrets.register(token);
        try (PretixClient client = new PretixClient(PretixConnection.of(serverUrl, organizer, null, scheme, token))) {
            return client.events().stream()
                    .map(e -> new Choice(e.slug(), e.name().get(locale.getLanguage()))).toList();
        }
    }

    @Override
    public void checkServerUrl(String url) {
        // The client's own rules (HTTPS unless loopback, a parsable URL); its messages are sentences.
        PretixConnection.of(url, null, null, AuthScheme.TOKEN, "check-only");
    }

    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}

package org.layoutstudio.app;

import java.util.List;
import org.layoutstudio.pretix.AuthScheme;

/** A connector without a server, for shell tests that do not need pretix's answers. */
final class FakeConnector implements Connector {
    int demoStarts;

    @Override
    public ActiveConnection startDemo() {
        demoStarts++;
        return new ActiveConnection("http://127.0.0.1:1", "demo", "democon", AuthScheme.TOKEN, "demo-token-0000", true, null);
    }

    @Override
    public List<Choice> organizers(String serverUrl, AuthScheme scheme, String token) {
        return List.of(new Choice("demo", "Demo organizer"));
    }

    @Override
    public List<Choice> events(String serverUrl, AuthScheme scheme, String token, String organizer) {
        return List.of(new Choice("democon", "DemoCon"), new Choice("other", "Other"));
    }

    @Override
    public void checkServerUrl(String url) {
    }

    @Override
    public void close() {
    }
}

package org.layoutstudio.app;

import java.net.URI;
import java.util.Objects;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.PretixConnection;

/**
 * The server, organizer and event the app works with now: the demo sandbox or a saved profile.
 * Handed to the main areas when it changes. {@link #toString()} never shows the token.
 */
public final class ActiveConnection {
    private final String serverUrl;
    private final String organizer;
    private final String event;
    private final AuthScheme scheme;
    private final String token;
    private final boolean demo;
    private final String profileName;

    public ActiveConnection(String serverUrl, String organizer, String event, AuthScheme scheme, String token,
            boolean demo, String profileName) {
        this.serverUrl = Objects.requireNonNull(serverUrl);
        this.organizer = Objects.requireNonNull(organizer);
        this.event = Objects.requireNonNull(event);
        this.scheme = Objects.requireNonNull(scheme);
        this.token = Objects.requireNonNull(token);
        this.demo = demo;
        this.profileName = profileName;
    }

    public String serverUrl() {
        return serverUrl;
    }

    public String organizer() {
        return organizer;
    }

    public String event() {
        return event;
    }

    public AuthScheme scheme() {
        return scheme;
    }

    /** The API token; pass it to the client only, never to a log or a message. */
    public String token() {
        return token;
    }

    /** True for the built-in sandbox: nothing leaves this computer. */
    public boolean demo() {
        return demo;
    }

    /** The saved profile's name; null in demo mode. */
    public String profileName() {
        return profileName;
    }

    /** The client's connection (HTTPS checked; its toString hides the token). */
    public PretixConnection pretixConnection() {
        return PretixConnection.of(serverUrl, organizer, event, scheme, token);
    }

    /** The server's host name, for the status bar. */
    public String host() {
        try {
            String h = URI.create(serverUrl).getHost();
            return h == null ? serverUrl : h;
        } catch (IllegalArgumentException e) {
            return serverUrl;
        }
    }

    public ActiveConnection withEvent(String newEvent) {
        return new ActiveConnection(serverUrl, organizer, newEvent, scheme, token, demo, profileName);
    }

    @Override
    public String toString() {
        return "ActiveConnection[" + serverUrl + ", " + organizer + "/" + event + ", " + scheme.headerWord()
                + " ••••••" + (demo ? ", demo" : "") + "]";
    }
}

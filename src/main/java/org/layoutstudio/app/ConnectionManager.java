package org.layoutstudio.app;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which server the app talks to now. On start: the active saved profile, or — with none — the
 * built-in demo server. Switching profile or event goes through here; the areas and the status bar
 * follow {@link #activeProperty()}. Slow steps (starting the sandbox, reading the keyring) run as
 * background tasks.
 */
final class ConnectionManager {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionManager.class);

    private final ShellContext context;
    private final Connector connector;
    private final ObjectProperty<ActiveConnection> active = new SimpleObjectProperty<>(this, "active");
    private Consumer<ConnectionProfile> missingToken = p -> { };

    ConnectionManager(ShellContext context, Connector connector) {
        this.context = context;
        this.connector = connector;
    }

    ObjectProperty<ActiveConnection> activeProperty() {
        return active;
    }

    ActiveConnection active() {
        return active.get();
    }

    Connector connector() {
        return connector;
    }

    /** What to do when a saved profile's token cannot be found (e.g. the keyring was reset): ask again. */
    void onMissingToken(Consumer<ConnectionProfile> handler) {
        this.missingToken = handler;
    }

    /** First connection after start-up: the active profile, else the demo server. */
    void startUp() {
        Optional<ConnectionProfile> profile = context.profiles().active();
        if (profile.isPresent()) {
            useProfile(profile.get());
        } else {
            useDemo();
        }
    }

    void useDemo() {
        context.tasks().run("Starting the demo server", connector::startDemo, c -> {
            rememberActive(null);
            LOG.info("Connected to the demo server ({})", c.serverUrl());
            active.set(c);
        }, e -> context.errors().show(context.window(), e));
    }

    void useProfile(ConnectionProfile profile) {
        context.tasks().run("Reading the API token", () -> context.credentials().token(profile), token -> {
            if (token.isEmpty()) {
                missingToken.accept(profile);
                return;
            }
            rememberActive(profile.name());
            LOG.info("Using connection '{}' ({} {}/{})", profile.name(), profile.serverUrl(), profile.organizer(), profile.event());
            active.set(new ActiveConnection(profile.serverUrl(), profile.organizer(), profile.event(),
                    profile.authScheme(), token.get(), false, profile.name()));
        }, e -> context.errors().show(context.window(), e));
    }

    /** Saves a profile and its token (keyring or private file) and switches to it. */
    void saveAndUse(ConnectionProfile profile, String token) {
        context.tasks().run("Saving the connection", () -> {
            context.credentials().store(profile, token);
            context.profiles().put(profile);
            return profile;
        }, p -> useProfile(p), e -> context.errors().show(context.window(), e));
    }

    /** Switches the current connection to another event of the same organizer (remembered in the profile). */
    void switchEvent(String event) {
        ActiveConnection c = active.get();
        if (c == null || c.event().equals(event)) {
            return;
        }
        if (!c.demo()) {
            context.profiles().find(c.profileName()).ifPresent(p -> {
                try {
                    context.profiles().put(p.withEvent(event));
                } catch (IOException e) {
                    LOG.warn("Could not remember the event in profile '{}': {}", p.name(), e.getMessage());
                }
            });
        }
        active.set(c.withEvent(event));
    }

    private void rememberActive(String profileName) {
        try {
            context.profiles().setActive(profileName);
        } catch (IOException e) {
            LOG.warn("Could not remember the active connection: {}", e.getMessage());
        }
    }

    void close() {
        connector.close();
    }
}

package org.layoutstudio.pretix.profiles;

import com.github.javakeyring.Keyring;
import java.io.IOException;
import java.util.Optional;

/**
 * Tokens in the OS keyring (Secret Service, macOS Keychain, Windows Credential Manager).
 *
 * <p>On Linux the library keeps one D-Bus connection for the life of the process and closes it in a
 * shutdown hook. That hook only runs if the JVM can end: dbus-java before 4.3.1 ran its sender on a
 * non-daemon thread that kept the app and the command line alive after their last window or
 * command, so the pom pins a newer dbus-java ({@code SecretServiceKeyringTest} checks it for real).
 */
final class KeyringVault implements TokenVault {
    static final String SERVICE = "Layout Studio for pretix";

    private final Keyring keyring;

    private KeyringVault(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The OS keyring, or empty when this system has none that works (e.g. a headless Linux). */
    static Optional<TokenVault> tryOpen() {
        try {
            return Optional.of(new KeyringVault(Keyring.create()));
        } catch (Exception | LinkageError e) {
            // LinkageError: the library probes backends whose native classes may be missing.
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> read(String key) throws IOException {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (Exception | LinkageError e) {
            // The library reports "no such entry" and "keyring unusable" alike; callers try the file next.
            return Optional.empty();
        }
    }

    @Override
    public void write(String key, String token) throws IOException {
        try {
            keyring.setPassword(SERVICE, key, token);
        } catch (Exception | LinkageError e) {
            // Deliberately without e's message: some backends echo what they were given.
            throw new IOException("The system keyring refused to store the token (" + e.getClass().getSimpleName() + ").");
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (Exception | LinkageError e) {
            throw new IOException("The system keyring could not delete the token (" + e.getClass().getSimpleName() + ").");
        }
    }
}

package org.layoutstudio.pretix.profiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API tokens, by profile: in the OS keyring when there is one that works, otherwise in a file only
 * the user can read ({@link #usesPrivateFile()} tells the UI to say so). Tokens are never logged:
 * log lines here name the profile's key at most.
 */
public final class CredentialStore {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialStore.class);
    /** System property: {@code file} skips the keyring (tests, or users who prefer the file). */
    public static final String BACKEND_PROPERTY = "layoutstudio.credentials";

    private final TokenVault keyring; // null when there is none
    private final PrivateFileVault file;
    private volatile boolean fileInUse;

    CredentialStore(TokenVault keyring, PrivateFileVault file) {
        this.keyring = keyring;
        this.file = file;
        this.fileInUse = keyring == null;
    }

    /** The store for {@code configDir}: the OS keyring if usable, the private file otherwise. */
    public static CredentialStore open(Path configDir) {
        boolean fileOnly = "file".equalsIgnoreCase(System.getProperty(BACKEND_PROPERTY, ""));
        TokenVault keyring = fileOnly ? null : KeyringVault.tryOpen().filter(CredentialStore::works).orElse(null);
        if (keyring == null) {
            LOG.info("No system keyring available; API tokens are kept in a private file in {}", configDir);
        }
        return new CredentialStore(keyring, new PrivateFileVault(configDir));
    }

    /** A keyring object can exist without a working backend (no D-Bus session): try a harmless round trip. */
    private static boolean works(TokenVault keyring) {
        String probe = "layout-studio-probe";
        try {
            keyring.write(probe, "probe");
            keyring.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The store in the user's configuration directory. */
    public static CredentialStore openDefault() {
        return open(ConfigDirs.configDir());
    }

    /** True when tokens go to the private file (no usable keyring): the UI shows a notice. */
    public boolean usesPrivateFile() {
        return fileInUse;
    }

    /** The fallback file's path (it may not exist). */
    public Path privateFile() {
        return file.file();
    }

    public Optional<String> token(ConnectionProfile profile) throws IOException {
        return token(profile.credentialKey());
    }

    public Optional<String> token(String key) throws IOException {
        Optional<String> t = keyring == null ? Optional.empty() : keyring.read(key);
        if (t.isEmpty()) {
            t = file.read(key);
        }
        t.ifPresent(Secrets::register);
        return t;
    }

    public void store(ConnectionProfile profile, String token) throws IOException {
        store(profile.credentialKey(), token);
    }

    public void store(String key, String token) throws IOException {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The API token is empty.");
        }
        Secrets.register(token);
        if (keyring != null) {
            try {
                keyring.write(key, token);
                file.delete(key);
                return;
            } catch (IOException e) {
                // A keyring that exists but refuses (locked, no D-Bus session): keep working with the file.
                LOG.warn("{} Falling back to the private credentials file.", e.getMessage());
            }
        }
        file.write(key, token);
        fileInUse = true;
    }

    public void delete(ConnectionProfile profile) throws IOException {
        if (keyring != null) {
            try {
                keyring.delete(profile.credentialKey());
            } catch (IOException e) {
                LOG.debug("Keyring delete for profile '{}' failed: {}", profile.name(), e.getMessage());
            }
        }
        file.delete(profile.credentialKey());
    }
}

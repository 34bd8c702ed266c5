package org.layoutstudio.pretix.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.AuthScheme;

class CredentialStoreTest {
    private static final ConnectionProfile PROFILE =
            new ConnectionProfile("Work", "https://pretix.eu", "acme", "fest", AuthScheme.TOKEN);

    @TempDir
    Path dir;

    @Test
    void fallbackFileKeepsTheTokenReadableOnlyByTheUser() throws Exception {
        CredentialStore store = new CredentialStore(null, new PrivateFileVault(dir));
        assertTrue(store.usesPrivateFile());
        store.store(PROFILE, "secret-token-123");

        assertEquals(Optional.of("secret-token-123"), store.token(PROFILE));
        Path file = dir.resolve(PrivateFileVault.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        // A fresh store (next start) reads it back.
        assertEquals(Optional.of("secret-token-123"), new CredentialStore(null, new PrivateFileVault(dir)).token(PROFILE));

        store.delete(PROFILE);
        assertEquals(Optional.empty(), store.token(PROFILE));
    }

    @Test
    void aKeyringThatRefusesFallsBackToTheFile() throws Exception {
        TokenVault refusing = new TokenVault() {
            @Override
            public Optional<String> read(String key) {
                return Optional.empty();
            }

            @Override
            public void write(String key, String token) throws java.io.IOException {
                throw new java.io.IOException("no D-Bus session");
            }

            @Override
            public void delete(String key) {
            }
        };
        CredentialStore store = new CredentialStore(refusing, new PrivateFileVault(dir));
        assertFalse(store.usesPrivateFile());
        store.store(PROFILE, "tok-1");
        assertTrue(store.usesPrivateFile(), "after the keyring refused, the UI must show the file notice");
        assertEquals(Optional.of("tok-1"), store.token(PROFILE));
    }

    @Test
    void onThisHeadlessMachineTheDefaultStoreStillKeepsTokens() throws Exception {
        // Whatever keyring the OS offers (none on a CI box), storing and reading back must work.
        CredentialStore store = CredentialStore.open(dir);
        store.store(PROFILE, "tok-headless");
        assertEquals(Optional.of("tok-headless"), store.token(PROFILE));
        if (store.usesPrivateFile()) {
            assertTrue(Files.exists(dir.resolve(PrivateFileVault.FILE_NAME)));
        }
        store.delete(PROFILE);
    }
}

package org.layoutstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.profiles.ConfigDirs;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.pretix.profiles.CredentialStore;
import org.layoutstudio.pretix.profiles.ProfileStore;
import org.layoutstudio.sandbox.SandboxServer;

/** The command line uses the connections the app saved: server, organizer, event and stored token. */
class SavedProfileCommandTest {
    @TempDir
    Path config;
    SandboxServer sandbox;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private String oldConfig;
    private String oldBackend;

    @BeforeEach
    void setUp() throws Exception {
        oldConfig = System.setProperty(ConfigDirs.PROPERTY, config.toString());
        oldBackend = System.setProperty(CredentialStore.BACKEND_PROPERTY, "file");
        ConnectionOptions.environment = Map.<String, String>of()::get;
        sandbox = SandboxServer.start();
        ConnectionProfile p = new ConnectionProfile("Demo", sandbox.baseUrl(), sandbox.organizer(), sandbox.event(), AuthScheme.TOKEN);
        ProfileStore store = new ProfileStore(config);
        store.put(p);
        store.setActive("Demo");
        CredentialStore.open(config).store(p, sandbox.token());
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
        ConnectionOptions.environment = System::getenv;
        restore(ConfigDirs.PROPERTY, oldConfig);
        restore(CredentialStore.BACKEND_PROPERTY, oldBackend);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private int run(String... args) {
        return StudioCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void namedProfileSuppliesServerEventAndToken() {
        assertEquals(0, run("layouts", "list", "--profile", "Demo"), err.toString());
        assertTrue(out.toString().contains("Default layout"), out.toString());
        assertFalse(out.toString().contains(sandbox.token()));
    }

    @Test
    void withoutConnectionOptionsTheActiveProfileIsUsed() {
        assertEquals(0, run("layouts", "list"), err.toString());
        assertTrue(out.toString().contains("Default layout"), out.toString());
    }

    @Test
    void unknownProfileIsAUsageError() {
        assertEquals(2, run("layouts", "list", "--profile", "Nope"));
        assertTrue(err.toString().contains("no saved connection \"Nope\""), err.toString());
    }
}

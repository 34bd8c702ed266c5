package org.layoutstudio.app;

import org.layoutstudio.ui.AppAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.pretix.profiles.CredentialStore;
import org.layoutstudio.pretix.profiles.ProfileStore;
import org.layoutstudio.sandbox.SandboxServer;
import org.testfx.api.FxRobot;

/** First start in demo mode, connecting to a pretix (a second sandbox), switching profiles and events. */
class ConnectionFlowsTest extends FxRobot {
    @TempDir
    Path dir;
    SandboxServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = SandboxServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String status() {
        return lookup("#status-connection").queryAs(Label.class).getText();
    }

    @Test
    void firstStartRunsTheDemoServerAndOpensItsEvent() throws Exception {
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir, connector)) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            ActiveConnection c = h.shell.activeConnection();
            assertTrue(c.demo());
            assertTrue(c.serverUrl().startsWith("http://127.0.0.1:"), c.serverUrl());
            assertEquals(SandboxServer.ORGANIZER, c.organizer());
            assertEquals(SandboxServer.EVENT, c.event());
            assertTrue(status().startsWith("Demo server — nothing leaves this computer"), status());
            assertEquals("Event: demo / democon", lookup("#layouts-event").queryAs(Label.class).getText());
            assertEquals("Event: demo / democon", lookup("#certificates-event").queryAs(Label.class).getText());
            // The demo server really answers: its event list holds the demo event.
            assertTrue(connector.events(c.serverUrl(), c.scheme(), c.token(), c.organizer()).stream()
                    .anyMatch(e -> e.slug().equals("democon")));
            assertFalse(lookup("#status-token-file").queryAs(Label.class).isVisible(), "no token notice in demo mode");
        }
        assertTrue(new ProfileStore(dir).active().isEmpty(), "demo mode saves no profile");
    }

    @Test
    void connectWithAWrongThenTheRightToken() throws Exception {
        PretixConnector connector = new PretixConnector(Locale.ENGLISH);
        try (ShellHarness h = ShellHarness.open(dir, connector)) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            clickOn("#tool-connection-connect");
            ShellHarness.waitUntil(() -> lookup("#connect-dialog").tryQuery().isPresent());
            TextField url = lookup("#connect-server").queryAs(TextField.class);
            assertEquals("https://pretix.eu", url.getText(), "the default server");
            PasswordField token = lookup("#connect-token").queryAs(PasswordField.class);
            Label result = lookup("#connect-result").queryAs(Label.class);

            // Plain http to a remote host is refused before anything is sent.
            h.fx(() -> {
                url.setText("http://pretix.example.com");
                token.setText("whatever-token-123");
            });
            clickOn("#connect-test");
            ShellHarness.waitUntil(() -> result.getText().contains("HTTPS"));

            h.fx(() -> {
                url.setText(server.baseUrl());
                token.setText("wrong-token-0000000");
            });
            clickOn("#connect-test");
            ShellHarness.waitUntil(() -> result.getText().contains("Invalid token."));
            assertTrue(result.getText().contains("Teams"), "says where to make a token: " + result.getText());
            assertTrue(lookup("#connect-ok").query().isDisabled());

            h.fx(() -> token.setText(server.token()));
            clickOn("#connect-test");
            @SuppressWarnings("unchecked")
            ComboBox<Connector.Choice> events = lookup("#connect-event").queryAs(ComboBox.class);
            ShellHarness.waitUntil(() -> events.getValue() != null);
            assertEquals("democon", events.getValue().slug());
            assertTrue(result.getText().startsWith("Connection works"), result.getText());
            h.fx(() -> lookup("#connect-name").queryAs(TextField.class).setText("Local test"));
            clickOn("#connect-ok");

            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null && !h.shell.activeConnection().demo());
            assertEquals("Local test", h.shell.activeConnection().profileName());
            assertTrue(status().startsWith("Local test (127.0.0.1) · demo / democon"), status());
            // No keyring here: the notice says where the token went.
            Label notice = lookup("#status-token-file").queryAs(Label.class);
            assertTrue(notice.isVisible());
            assertEquals("Token kept in a private file (no system keyring)", notice.getText());
            moveTo(notice); // the tooltip is made on the pointer's first visit (TooltipsTest)
            ShellHarness.waitUntil(() -> notice.getTooltip() != null);
            assertTrue(notice.getTooltip().getText().contains("only you can read"), "the tooltip explains it");
        }
        ProfileStore profiles = new ProfileStore(dir);
        assertEquals("Local test", profiles.active().orElseThrow().name());
        assertEquals(server.baseUrl(), profiles.active().orElseThrow().serverUrl());
        assertFalse(Files.readString(profiles.file()).contains(server.token()), "profiles.json holds no token");
        assertEquals(server.token(), CredentialStore.open(dir).token(profiles.active().orElseThrow()).orElseThrow());

        // The next start goes straight to the saved connection, not the demo server.
        try (ShellHarness h = ShellHarness.open(dir, connector)) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            assertFalse(h.shell.activeConnection().demo());
            assertEquals("Local test", h.shell.activeConnection().profileName());
        }
        connector.close();
    }

    @Test
    void switchBetweenSavedProfilesAndTheDemoServer() throws Exception {
        SandboxServer second = SandboxServer.start();
        try {
            ProfileStore profiles = new ProfileStore(dir);
            CredentialStore credentials = CredentialStore.open(dir);
            ConnectionProfile a = new ConnectionProfile("Server A", server.baseUrl(), "demo", "democon", AuthScheme.TOKEN);
            ConnectionProfile b = new ConnectionProfile("Server B", second.baseUrl(), "demo", "democon", AuthScheme.TOKEN);
            credentials.store(a, server.token());
            credentials.store(b, second.token());
            profiles.put(a);
            profiles.put(b);
            profiles.setActive("Server A");

            PretixConnector connector = new PretixConnector(Locale.ENGLISH);
            try (ShellHarness h = ShellHarness.open(dir, connector)) {
                ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
                assertEquals(server.baseUrl(), h.shell.activeConnection().serverUrl());
                AppAction menu = h.shell.actions().get("connection.profiles");
                assertEquals(3, menu.items().size(), "demo + two profiles");
                assertTrue(menu.items().get(1).checked(), "Server A is ticked");

                h.fx(() -> menu.items().get(2).run().run());
                ShellHarness.waitUntil(() -> "Server B".equals(h.shell.activeConnection().profileName()));
                assertEquals(second.baseUrl(), h.shell.activeConnection().serverUrl());
                assertEquals(second.token(), h.shell.activeConnection().token());
                assertTrue(status().startsWith("Server B"), status());
                assertTrue(menu.items().get(2).checked());

                h.fx(() -> menu.items().get(0).run().run());
                ShellHarness.waitUntil(() -> h.shell.activeConnection().demo());
                assertTrue(status().startsWith("Demo server"), status());
            }
            assertTrue(new ProfileStore(dir).active().isEmpty(), "back in demo mode after a restart too");
            connector.close();
        } finally {
            second.close();
        }
    }

    @Test
    void switchEventIsRememberedInTheProfile() throws Exception {
        ProfileStore profiles = new ProfileStore(dir);
        ConnectionProfile p = new ConnectionProfile("Fake", "https://pretix.example", "demo", "democon", AuthScheme.TOKEN);
        CredentialStore.open(dir).store(p, "fake-token-123456");
        profiles.put(p);
        profiles.setActive("Fake");
        try (ShellHarness h = ShellHarness.open(dir, new FakeConnector())) {
            ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
            clickOn("#tool-connection-switchEvent");
            ShellHarness.waitUntil(() -> lookup("#switch-event-dialog").tryQuery().isPresent());
            @SuppressWarnings("unchecked")
            ComboBox<Connector.Choice> box = lookup("#switch-event-dialog .combo-box").queryAs(ComboBox.class);
            h.fx(() -> box.setValue(box.getItems().get(1)));
            clickOn("OK");
            ShellHarness.waitUntil(() -> h.shell.activeConnection().event().equals("other"));
            assertEquals("Event: demo / other", lookup("#layouts-event").queryAs(Label.class).getText());
        }
        assertEquals("other", new ProfileStore(dir).active().orElseThrow().event());
    }
}

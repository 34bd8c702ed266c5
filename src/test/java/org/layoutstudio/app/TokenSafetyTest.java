package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.pretix.AuthScheme;
import org.layoutstudio.pretix.PretixConnection;
import org.layoutstudio.pretix.PretixException;
import org.layoutstudio.pretix.profiles.ConnectionProfile;
import org.layoutstudio.sandbox.SandboxServer;
import org.layoutstudio.ui.ErrorMessages;
import org.layoutstudio.ui.ErrorReport;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;

/** The token appears in no log line, no settings or profile file, and no message shown to the user. */
class TokenSafetyTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void theTokenIsNeverWrittenOrShown() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        try (SandboxServer server = SandboxServer.start()) {
            String token = server.token();
            String wrong = "wrong-" + token.substring(6);
            PretixConnector connector = new PretixConnector(Locale.ENGLISH);
            PretixException refused = assertThrows(PretixException.class,
                    () -> connector.organizers(server.baseUrl(), AuthScheme.TOKEN, wrong));
            List<String> shown = new ArrayList<>();
            ErrorReport report = ErrorMessages.forLocale(Locale.ENGLISH).explain(refused);
            shown.add(report.title() + report.whatHappened() + report.whatToDo() + report.details());
            shown.add(refused.getMessage());
            shown.add(refused.userMessage());
            assertTrue(report.whatHappened().contains("Invalid token."), report.whatHappened());

            // The whole flow through the window: demo start, saving and using a profile, switching event.
            try (ShellHarness h = ShellHarness.open(dir, connector)) {
                ShellHarness.waitUntil(() -> h.shell.activeConnection() != null);
                ConnectionProfile p = new ConnectionProfile("Local", server.baseUrl(), "demo", "democon", AuthScheme.TOKEN);
                h.fx(() -> h.shell.connections().saveAndUse(p, token));
                ShellHarness.waitUntil(() -> h.shell.activeConnection() != null && !h.shell.activeConnection().demo());
                ActiveConnection c = h.shell.activeConnection();
                shown.add(c.toString());
                shown.add(c.pretixConnection().toString());
                shown.add(new ConnectDialog.Result(p, token).toString());
                shown.add(PretixConnection.of(server.baseUrl(), "demo", "democon", AuthScheme.TOKEN, token).toString());
            }
            connector.close();

            for (String s : shown) {
                assertFalse(s.contains(token) || s.contains(wrong), "shown to the user: " + s);
            }
            for (ILoggingEvent e : captured.list) {
                String line = e.getFormattedMessage() + throwableText(e.getThrowableProxy());
                assertFalse(line.contains(token) || line.contains(wrong), "log line: " + line);
            }
            assertTrue(captured.list.size() > 3, "the flow did log something: " + captured.list.size());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.equals("credentials.json")) {
                        continue; // the private fallback file: the one place the token belongs (mode 600)
                    }
                    String text = Files.readString(f);
                    assertFalse(text.contains(token), name + " holds the token");
                }
            }
            assertTrue(Files.exists(dir.resolve("profiles.json")) && Files.exists(dir.resolve("settings.json")));
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
    }

    private static String throwableText(IThrowableProxy t) {
        StringBuilder sb = new StringBuilder();
        for (IThrowableProxy p = t; p != null; p = p.getCause()) {
            sb.append(' ').append(p.getClassName()).append(": ").append(p.getMessage());
        }
        return sb.toString();
    }
}

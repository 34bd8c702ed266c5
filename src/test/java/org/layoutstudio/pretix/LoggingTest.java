package org.layoutstudio.pretix;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The client logs its requests, never the token. */
class LoggingTest {
    @Test
    void logsRequestsButNeverTheToken() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger("org.layoutstudio.pretix");
        Level before = log.getLevel();
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        log.setLevel(Level.DEBUG);
        try (FakePretix pretix = new FakePretix(); PretixClient client = pretix.client(new FakeSleeper())) {
            pretix.addLayout("Foo", false, "[]");
            client.listLayouts();
            pretix.fault(r -> new MockResponse.Builder().code(200).body("{}").onResponseStart(new SocketEffect.CloseSocket()).build());
            client.listLayouts();
            pretix.route(r -> FakePretix.json(401, "{\"detail\":\"Invalid token " + FakePretix.TOKEN + "\"}"));
            assertThrows(PretixException.class, client::listLayouts);
        } finally {
            log.detachAppender(events);
            log.setLevel(before);
        }
        assertTrue(events.list.stream().anyMatch(e -> e.getFormattedMessage().contains("GET http://127.0.0.1:")), "requests are logged");
        for (ILoggingEvent e : events.list) {
            assertFalse(e.getFormattedMessage().contains(FakePretix.TOKEN), e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                assertFalse(String.valueOf(t.getMessage()).contains(FakePretix.TOKEN));
            }
        }
    }
}

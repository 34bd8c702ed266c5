package org.layoutstudio.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Names, progress wording and the cancel signal. */
class CertificateBasicsTest {
    @Test
    void serverFileNamesCannotEscapeTheFolder() {
        assertEquals("evil.pdf", new CertificateFile("../../etc/evil.pdf", new byte[1]).fileName());
        assertEquals("a_b.pdf", new CertificateFile("a:b.pdf", new byte[1]).fileName());
        assertEquals("certificate.pdf", new CertificateFile("..", new byte[1]).fileName());
        assertEquals("certificate.pdf", new CertificateFile(null, new byte[1]).fileName());
        assertEquals("ABC12-17-certificate.pdf", new Attendee(17, "ABC12", "", "", "", false).batchFileName());
        assertEquals("position-17-certificate.pdf", new Attendee(17, "../", "", "", "", false).batchFileName());
        assertEquals("ABC12-17", new Attendee(17, "ABC12", "", "", "", false).displayName());
    }

    @Test
    void progressWordingInBothLanguages() {
        Texts en = new Texts(TestTexts.english());
        Texts de = new Texts(TestTexts.german());
        assertEquals("Being prepared – attempt 3, waited 4 s",
                new FetchProgress(FetchProgress.Step.PREPARING, 3, Duration.ofMillis(4200)).describe(en));
        assertEquals("Being prepared – attempt 9, waited 1 min 5 s",
                new FetchProgress(FetchProgress.Step.PREPARING, 9, Duration.ofSeconds(65)).describe(en));
        assertEquals("Wird erstellt – Versuch 3, gewartet 4 s",
                new FetchProgress(FetchProgress.Step.PREPARING, 3, Duration.ofMillis(4200)).describe(de));
        assertTrue(FetchProgress.asking().describe(en).startsWith("Asking"));
        assertTrue(FetchProgress.asking().describe(de).startsWith("pretix wird"));
    }

    @Test
    void theViewersTextsComeInBothLanguagesOnceEachWithWholeErrorReports() throws Exception {
        for (String file : java.util.List.of("messages.properties", "messages_de.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (var in = CertificatesView.class.getResourceAsStream("/org/layoutstudio/app/" + file)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String key = line.substring(0, line.indexOf('='));
                        assertTrue(seen.add(key), file + ": " + key + " twice (the later one silently wins)");
                    }
                }
            }
        }
        var en = TestTexts.english();
        var de = TestTexts.german();
        for (String key : en.keySet()) {
            if (key.startsWith("certificates.")) {
                assertTrue(de.containsKey(key) && !de.getString(key).isBlank(), "German for " + key);
            }
            if (key.startsWith("certificates.error.") && key.endsWith(".title")) {
                String base = key.substring(0, key.length() - ".title".length());
                assertTrue(en.containsKey(base + ".what") && en.containsKey(base + ".todo"), base + " is a whole report");
                String general = "error." + base.substring("certificates.error.".length()) + ".title";
                assertTrue(en.containsKey(general), base + " words a failure ErrorMessages knows: " + general);
            }
        }
    }

    @Test
    void cancelSignalRunsHooksOnceAndForgetsUnregisteredOnes() {
        CancelSignal s = new CancelSignal();
        AtomicInteger kept = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        s.onCancel(kept::incrementAndGet);
        s.onCancel(dropped::incrementAndGet).run();
        s.cancel();
        s.cancel();
        assertEquals(1, kept.get());
        assertEquals(0, dropped.get());
        s.onCancel(kept::incrementAndGet);
        assertEquals(2, kept.get(), "a late hook runs at once");
    }
}

package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.LogFile;

/**
 * The desktop app started as users start it ({@code Launcher} without arguments, a JVM of its own,
 * the headless toolkit), on a first start: the demo layout becomes usable, the log file has the
 * start's lines (logging is set up beside the toolkit's start), and the console stays empty.
 */
class AppStartTest {
    private static final long HANG_GUARD_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aFirstStartOpensTheDemoLayoutAndLogsToTheFileOnly() throws Exception {
        Path probe = dir.resolve("usable.txt");
        Path logs = dir.resolve("logs");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-D" + LogFile.FORCE + "=true",
                "-D" + StartupProbe.PROPERTY + "=" + probe, "-D" + StartupProbe.UNTIL + "=editor", "-D" + StartupProbe.EXIT + "=true",
                "-Dlayoutstudio.configdir=" + dir.resolve("config"), "-Dlayoutstudio.logdir=" + logs,
                "-Dlayoutstudio.credentials=file",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.layoutstudio.Launcher")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the app did not become usable and exit: " + Files.readString(out));
        assertEquals(0, p.exitValue(), Files.readString(out));
        assertTrue(Files.exists(probe), "the demo layout and its preview were shown");
        String log = Files.readString(logs.resolve("layout-studio.log"));
        assertTrue(log.contains("INFO  o.layoutstudio.app.StudioApplication - Layout Studio "), log);
        List<String> startUp = log.lines().filter(l -> l.contains("Start-up (ms since the JVM started)")).toList();
        assertEquals(1, startUp.size(), log);
        for (String step : List.of("window shown", "editor loaded", "layout open", "canvas background drawn", "preview shown")) {
            assertTrue(startUp.get(0).contains(step), step + " missing: " + startUp.get(0));
        }
        List<String> console = Files.readAllLines(out).stream()
                .filter(l -> !l.startsWith("WARNING: ") && !l.contains("javafx.") && !l.isBlank()).toList();
        assertEquals(List.of(), console, "nothing but the toolkit's own warnings on the console (SLF4J would note held-back lines)");
    }
}

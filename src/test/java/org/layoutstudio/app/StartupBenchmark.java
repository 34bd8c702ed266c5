package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Time to the first shown window: our application (first start, so the demo server starts too)
 * next to a minimal JavaFX application, each launched 5 times in a fresh JVM, headless (Monocle).
 * The child writes the wall clock when its window is shown ({@link StartupProbe}); we compare it with
 * the moment we started the process. Not part of {@code verify}; run with
 * {@code ./mvnw -o test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class StartupBenchmark {
    private static final int RUNS = 5;

    @Test
    void appStartupNextToMinimalJavaFx() throws Exception {
        long minimal = median(measure(MinimalFxApp.Main.class.getName()));
        long app = median(measure(org.layoutstudio.Launcher.class.getName()));
        String report = String.format("Startup to first shown window (median of %d): app %d ms, minimal JavaFX %d ms, ratio %.2f",
                RUNS, app, minimal, (double) app / minimal);
        System.out.println(report);
        Files.writeString(Path.of("target", "startup-benchmark.txt"), report + System.lineSeparator());
        assertTrue(app > 0 && minimal > 0);
    }

    private static List<Long> measure(String mainClass) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path work = Files.createTempDirectory("startup");
            Path probe = work.resolve("shown.txt");
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", cp,
                    "-D" + StartupProbe.PROPERTY + "=" + probe,
                    "-Dlayoutstudio.configdir=" + work.resolve("config"),
                    "-Dlayoutstudio.logdir=" + work.resolve("logs"),
                    "-Dlayoutstudio.credentials=file",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djava.awt.headless=true",
                    mainClass));
            long started = System.currentTimeMillis();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(work.resolve("out.txt").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not show a window in 2 minutes; see " + work);
            }
            if (!Files.exists(probe)) {
                throw new IllegalStateException(mainClass + " exited without showing a window: "
                        + Files.readString(work.resolve("out.txt")));
            }
            times.add(Long.parseLong(Files.readString(probe).trim()) - started);
        }
        System.out.println(mainClass + ": " + times + " ms");
        return times;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

}

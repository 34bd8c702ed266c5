package org.layoutstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.layoutstudio.bench.RatioTo;
import org.layoutstudio.layout.PretixDefaults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up as a user waits for it, each a fresh JVM: the app's first window and its first usable
 * editor (the demo layout drawn on its background and the preview's first picture; first start, so
 * the demo server starts too), both from the jar as users start it (with the headless toolkit), each
 * next to a minimal JavaFX application's first window, headless
 * (Monocle) and probed the same way ({@link StartupProbe}); and {@code render} of one ticket with the
 * jar, next to the same jar's {@code --version}, plain and with the class-data-sharing archive of the
 * documented launcher ({@code bin/layout-studio}); and the first usable editor from the jar with a
 * class-data-sharing archive of the app's own start (made in the set-up by one start that exits
 * normally), as an app image could ship it, and the same as {@code bin/layout-studio} and the app
 * image start it (that archive and the quick compiler only). Each run ends when the app writes the
 * probe's file, and the process is killed then: JMH times the whole method, and a JVM that exits
 * while its compiler is busy waits for it. Needs {@code target/layout-studio.jar}: run
 * {@code ./mvnw -Pbench verify -Dbench=StartupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class StartupBenchmark {
    private static final Path JAR = Path.of("target", "layout-studio.jar");

    private Path work;
    private Path layout;
    private Path archive;
    private Path appArchive;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("Build the jar first: ./mvnw -Pbench verify builds it before the benchmarks");
        }
        work = Files.createTempDirectory("startup");
        layout = work.resolve("ticket.json");
        Files.writeString(layout, PretixDefaults.ticketLayout().toPrettyJson());
        // the documented launcher's archive: classes of a render, dumped when that JVM exits
        archive = work.resolve("layout-studio.jsa");
        run(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", JAR.toString(), "render", layout.toString(), "-o", work.resolve("training.pdf").toString()));
        // an archive of the classes the app loads up to its first usable editor, as an app image could ship it
        appArchive = work.resolve("app.jsa");
        probe(org.layoutstudio.Launcher.class.getName(), true, appClassPath(), List.of("-XX:ArchiveClassesAtExit=" + appArchive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-D" + StartupProbe.EXIT + "=true"));
    }

    @Benchmark
    public long minimalJavaFxFirstWindow() throws Exception {
        return probe(MinimalFxApp.Main.class.getName(), false);
    }

    @Benchmark
    @RatioTo("minimalJavaFxFirstWindow")
    public long appFirstWindow() throws Exception {
        return probe(org.layoutstudio.Launcher.class.getName(), false, appClassPath(), List.of());
    }

    @Benchmark
    @RatioTo("minimalJavaFxFirstWindow")
    public long appFirstUsableEditor() throws Exception {
        return probe(org.layoutstudio.Launcher.class.getName(), true, appClassPath(), List.of());
    }

    /** The same from the jar with the class-data-sharing archive of the app's start (classes mapped, not loaded). */
    @Benchmark
    @RatioTo("minimalJavaFxFirstWindow")
    public long appFirstUsableEditorWithArchive() throws Exception {
        return probe(org.layoutstudio.Launcher.class.getName(), true, appClassPath(),
                List.of("-XX:SharedArchiveFile=" + appArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }

    /**
     * As {@code bin/layout-studio} and the app image start the app: the archive, the quick compiler
     * only, one thread (on two cores the compilers' start-up work delays the editor), and a young
     * generation that takes the start's allocations without collecting.
     */
    @Benchmark
    @RatioTo("minimalJavaFxFirstWindow")
    public long appFirstUsableEditorAsLaunched() throws Exception {
        return probe(org.layoutstudio.Launcher.class.getName(), true, appClassPath(),
                List.of("-XX:SharedArchiveFile=" + appArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1",
                        "-XX:CICompilerCount=1", "-XX:NewSize=160m"));
    }

    @Benchmark
    public int jarVersion() throws Exception {
        return run(List.of(java(), "-jar", JAR.toString(), "--version"));
    }

    @Benchmark
    @RatioTo("jarVersion")
    public int jarRenderOneTicket() throws Exception {
        return run(List.of(java(), "-jar", JAR.toString(), "render", layout.toString(), "-o", work.resolve("one.pdf").toString()));
    }

    /** As {@code bin/layout-studio} runs it: the class-data-sharing archive and the quick compiler only, one thread. */
    @Benchmark
    @RatioTo("jarVersion")
    public int launcherRenderOneTicket() throws Exception {
        return run(List.of(java(), "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-jar", JAR.toString(), "render", layout.toString(), "-o",
                work.resolve("one.pdf").toString()));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private int run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(cmd + " did not end in 2 minutes");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(cmd + " failed: " + Files.readString(work.resolve("out.txt")));
        }
        return p.exitValue();
    }

    /** Whether {@code file} appears (in the watched folder) while {@code process} runs and before {@code deadline}. */
    private static boolean awaitFile(WatchService watch, Path file, Process process, long deadline) throws InterruptedException {
        while (!Files.exists(file) && process.isAlive() && System.currentTimeMillis() < deadline) {
            WatchKey key = watch.poll(1, TimeUnit.SECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        }
        return Files.exists(file);
    }

    /** Starts a JVM that writes the wall clock into a file when it is ready; returns the milliseconds from the start. */
    private long probe(String mainClass, boolean untilEditor) throws Exception {
        return probe(mainClass, untilEditor, System.getProperty("java.class.path"), List.of());
    }

    /** The jar and the headless toolkit (Monocle, a test library): an archive maps classes of jars only. */
    private static String appClassPath() {
        String monocle = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(p -> p.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Monocle is not on the test class path"));
        return JAR + java.io.File.pathSeparator + monocle;
    }

    private long probe(String mainClass, boolean untilEditor, String cp, List<String> jvmOptions) throws Exception {
        Path run = Files.createTempDirectory(work, "run");
        Path probe = run.resolve("shown.txt");
        boolean training = jvmOptions.contains("-D" + StartupProbe.EXIT + "=true");
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", cp,
                "-D" + StartupProbe.PROPERTY + "=" + probe,
                "-Dlayoutstudio.configdir=" + run.resolve("config"),
                "-Dlayoutstudio.logdir=" + run.resolve("logs"),
                "-Dlayoutstudio.credentials=file",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        if (untilEditor) {
            cmd.add("-D" + StartupProbe.UNTIL + "=editor");
        }
        cmd.add(mainClass);
        // ends when the probe's file appears (the process is then killed: a JVM that exits while its
        // compiler is busy waits for it, which JMH, timing this whole method, would count), or after 2 minutes
        boolean ready;
        long started;
        Process p;
        try (WatchService watch = run.getFileSystem().newWatchService()) {
            run.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            started = System.currentTimeMillis();
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(run.resolve("out.txt").toFile()).start();
            try {
                ready = awaitFile(watch, probe, p, started + TimeUnit.MINUTES.toMillis(2));
            } finally {
                if (!training) {
                    p.destroyForcibly();
                }
            }
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) { // a training run writes its archive as it exits
            p.destroyForcibly();
        }
        if (!ready) {
            throw new IllegalStateException(mainClass + " ended before it was ready (or took 2 minutes): "
                    + Files.readString(run.resolve("out.txt")));
        }
        return Long.parseLong(Files.readString(probe).trim()) - started;
    }
}

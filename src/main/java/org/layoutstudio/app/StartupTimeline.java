package org.layoutstudio.app;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the start-up time goes: each step marks when it is done, in milliseconds since the JVM
 * started (debug level, one line each), and once the editor is usable one line at info level lists
 * them all in order. Marks after that are ignored (a step done again later is no start-up).
 */
final class StartupTimeline {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimeline.class);
    private static final Map<String, Long> MARKS = new ConcurrentHashMap<>();
    private static volatile boolean finished;

    private StartupTimeline() {
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** {@code step} is done now (the first mark of a step counts). */
    static void mark(String step) {
        if (finished) {
            return;
        }
        long at = sinceJvmStart();
        if (MARKS.putIfAbsent(step, at) == null) {
            LOG.debug("Start-up: {} at {} ms", step, at);
        }
    }

    /** The editor is usable: the steps in order, at info level, once. */
    static void finish() {
        if (finished) {
            return;
        }
        mark("editor usable");
        finished = true;
        LOG.info("Start-up (ms since the JVM started): {}", MARKS.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }
}

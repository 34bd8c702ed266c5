package org.layoutstudio;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.layoutstudio.pretix.profiles.ConfigDirs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's log file, set up in code (logback finds this class through its service file): in
 * {@link ConfigDirs#logDir()}, three old files of 5 MB kept, PDFBox's and FontBox's chatter only from
 * errors up, never the console (the command line's output is for the user). An XML configuration
 * cost every start 60–150 ms of XML parsing and reflection before the first line was logged, on the
 * thread that makes the application. A {@code logback-test.xml} on the class path (the tests', unless
 * {@value #FORCE} is set) or {@code -Dlogback.configurationFile} still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogFile extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n";
    static final String MAX_FILE_SIZE = "5MB";
    static final int OLD_FILES_KEPT = 3;

    private static volatile Thread starting;

    /**
     * Sets logging up on another thread: the desktop app's start does it beside the toolkit's start
     * instead of before it (logback's set-up is ~70 ms, even without XML). Call {@link #awaitStarted}
     * before the first line is logged.
     */
    public static void startInBackground() {
        Thread t = new Thread(LoggerFactory::getILoggerFactory, "log-start");
        t.setDaemon(true);
        starting = t;
        t.start();
    }

    /**
     * Waits until {@link #startInBackground}'s set-up is done (no-op without it). Lines logged before
     * would be held back by SLF4J and replayed with a note on the console.
     */
    public static void awaitStarted() {
        Thread t = starting;
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code -Dlayoutstudio.logfile=true}: this log file even with the tests' configuration on the class path (forked test runs). */
    public static final String FORCE = "layoutstudio.logfile";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        boolean testConfiguration = LogFile.class.getResource("/logback-test.xml") != null && !Boolean.getBoolean(FORCE);
        if (System.getProperty("logback.configurationFile") != null || testConfiguration) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        writeTo(context, ConfigDirs.logDir());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends {@code context}'s logging into {@code dir}/layout-studio.log. */
    static void writeTo(LoggerContext context, Path dir) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("layout-studio.log").toString());
        file.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("layout-studio.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(OLD_FILES_KEPT);
        rolling.start();
        file.setRollingPolicy(rolling);

        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        size.start();
        file.setTriggeringPolicy(size);
        file.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
    }
}

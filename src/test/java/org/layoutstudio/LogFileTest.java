package org.layoutstudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The user's log file as the app and the command line set it up. */
class LogFileTest {
    @TempDir
    Path dir;

    @Test
    void linesGoToTheLogFileInTheUsersPatternAndPdfBoxOnlyFromErrorsUp() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // SLF4J's provider sets it on the app's context
        LogFile.writeTo(context, dir);
        context.getLogger("org.layoutstudio.app.StudioApplication").info("Layout Studio starting");
        context.getLogger("org.layoutstudio.app.StudioApplication").debug("not at info level");
        context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").warn("Using fallback font");
        context.getLogger("org.apache.fontbox.ttf.CmapSubtable").error("broken cmap");
        context.stop();
        List<String> lines = Files.readAllLines(dir.resolve("layout-studio.log"));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[[^]]+] INFO  "
                + "o\\.layoutstudio\\.app\\.StudioApplication - Layout Studio starting"), lines.get(0));
        assertTrue(lines.get(1).endsWith("ERROR org.apache.fontbox.ttf.CmapSubtable - broken cmap"), lines.get(1));
    }

    @Test
    void theFileRollsOverAtFiveMegabytesKeepingThreeOldOnes() {
        LoggerContext context = new LoggerContext();
        LogFile.writeTo(context, dir);
        var file = (RollingFileAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        var rolling = (FixedWindowRollingPolicy) file.getRollingPolicy();
        assertEquals(3, rolling.getMaxIndex());
        assertEquals(dir.resolve("layout-studio.%i.log").toString(), rolling.getFileNamePattern());
        assertEquals(5L * 1024 * 1024, ((SizeBasedTriggeringPolicy<ILoggingEvent>) file.getTriggeringPolicy()).getMaxFileSize().getSize());
        assertTrue(file.isStarted());
        context.stop();
    }

    @Test
    void logbackFindsItAndTheTestsKeepTheirOwnConfiguration() {
        assertTrue(ServiceLoader.load(Configurator.class).stream().anyMatch(p -> p.type() == LogFile.class),
                "META-INF/services names the configurator");
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, new LogFile().configure(new LoggerContext()),
                "logback-test.xml is on the test class path");
        assertFalse(Files.exists(dir.resolve("layout-studio.log")));
    }
}

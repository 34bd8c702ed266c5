package org.layoutstudio.app;

import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.layoutstudio.Version;
import org.layoutstudio.pretix.profiles.Secrets;

/**
 * The desktop application: reads the settings, applies theme and language, opens the main window and
 * connects — to the saved connection, or to the built-in demo server on the first start.
 */
public final class StudioApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StudioApplication.class);

    private StudioShell shell;

    /** {@code ./mvnw javafx:run} starts this class directly (the jar starts it through {@code Launcher}). */
    public static void main(String[] args) {
        Application.launch(StudioApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        org.layoutstudio.LogFile.awaitStarted();
        LOG.info("Layout Studio {} starting (Java {}, JavaFX {})", Version.get(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version"));
        ShellContext context = ShellContext.create();
        speakEverywhere(context.locale());
        context.setHostServices(getHostServices());
        Connector connector = Connectors.standard(context.locale());
        if (context.profiles().active().isEmpty()) {
            // the first connection will be the demo server: start it now (the window comes ~0.3 s later, the editor ~0.6 s sooner)
            StartupWarmup.demoServer(connector);
        }
        Theme.of(context.settings().theme).apply();
        StartupProbe.install(stage);
        LOG.info("Settings and stores read");
        shell = new StudioShell(stage, context, connector, AreaFactory.standard(),
                uri -> getHostServices().showDocument(uri));
        LOG.info("Main window built");
        // Anything that escapes on the FX thread ends in the one error dialog, never as a bare stack trace.
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            LOG.error("Unexpected error on the UI thread: {}", Secrets.redact(String.valueOf(e)));
            context.errors().show(stage, e);
        });
        shell.show();
        LOG.info("Main window shown");
        StartupWarmup.renderer();
    }

    /**
     * JavaFX's own words (a text field's menu, the colour picker's) and number formats follow the app's
     * language, not the system's: a German window on an English system is German throughout.
     */
    static void speakEverywhere(Locale language) {
        Locale.setDefault(language);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
    }
}

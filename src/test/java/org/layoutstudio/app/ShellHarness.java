package org.layoutstudio.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.layoutstudio.pretix.profiles.CredentialStore;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window over a temporary configuration directory, for TestFX flows. */
final class ShellHarness implements AutoCloseable {
    final ShellContext context;
    final StudioShell shell;
    final Stage stage;
    final BackgroundTasks tasks = new BackgroundTasks(2);

    private ShellHarness(Path configDir, Connector connector, AreaFactory areas) throws Exception {
        // Tests never touch the developer's real keyring.
        System.setProperty(CredentialStore.BACKEND_PROPERTY, "file");
        FxToolkit.registerPrimaryStage();
        AtomicReference<ShellContext> ctx = new AtomicReference<>();
        AtomicReference<StudioShell> sh = new AtomicReference<>();
        AtomicReference<Stage> st = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            ShellContext c = ShellContext.create(configDir, tasks);
            Theme.of(c.settings().theme).apply();
            Stage stage = new Stage();
            StudioShell s = new StudioShell(stage, c, connector, areas, uri -> lastOpenedUri = uri);
            s.show();
            ctx.set(c);
            sh.set(s);
            st.set(stage);
        }).get(20, TimeUnit.SECONDS);
        this.context = ctx.get();
        this.shell = sh.get();
        this.stage = st.get();
    }

    static volatile String lastOpenedUri;

    static ShellHarness open(Path configDir, Connector connector) throws Exception {
        return new ShellHarness(configDir, connector, PlaceholderAreas.FACTORY);
    }

    static ShellHarness open(Path configDir, Connector connector, AreaFactory areas) throws Exception {
        return new ShellHarness(configDir, connector, areas);
    }

    /** Waits until {@code condition} holds (checked on the FX thread). */
    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            } catch (Exception e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            // Close any dialogs left open, then the window itself.
            for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w instanceof Stage s && s != stage && s.getOwner() == stage) {
                    s.close();
                }
            }
            stage.close();
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

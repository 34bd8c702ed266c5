package org.layoutstudio.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.layoutstudio.ui.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ShellSnapshotTest {
    @TempDir
    static Path dir;
    StudioShell shell;

    @Start
    void start(Stage stage) {
        System.setProperty("layoutstudio.credentials", "file");
        ShellContext ctx = ShellContext.create(dir, new BackgroundTasks(2));
        Theme.LIGHT.apply();
        shell = new StudioShell(stage, ctx, new FakeConnector(), AreaFactory.standard(), u -> { });
        shell.show();
    }

    @Test
    void snapshot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.activeConnection() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(shell.stage().getScene(), Path.of("target/shell-light.png"));
        assertTrue(Files.size(Path.of("target/shell-light.png")) > 1000);
    }
}

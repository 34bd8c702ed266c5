package org.layoutstudio.editor.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for conditions on the FX thread, never sleeping. */
public final class FxTesting {
    private FxTesting() {
    }

    /** Waits (up to 10 s) until the condition, evaluated on the FX thread, holds. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static <T> T onFx(Callable<T> c) throws Exception {
        return onFx(c, 10);
    }

    /** {@code c} on the FX thread, waiting up to {@code seconds} for it (benchmarks under load wait longer). */
    public static <T> T onFx(Callable<T> c, long seconds) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return c.call();
        }
        return WaitForAsyncUtils.asyncFx(c).get(seconds, TimeUnit.SECONDS);
    }

    public static void fx(Runnable r) {
        try {
            WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

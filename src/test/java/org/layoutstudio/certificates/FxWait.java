package org.layoutstudio.certificates;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition that is read on the FX thread; fails with a message that says what. */
final class FxWait {
    private FxWait() {
    }

    static void until(String what, long seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
    }

    static void until(String what, long seconds, Callable<Boolean> condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for: " + what + " — " + fx(state::get), e);
        }
    }

    /** Reads a value on the FX thread. */
    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void run(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Hides the view's batch window (so later test classes' robots do not meet it) and disposes the view. */
    static void closeView(CertificatesView view) {
        run(() -> {
            if (view != null && view.lastBatch() != null && view.lastBatch().getScene() != null) {
                view.lastBatch().getScene().getWindow().hide();
            }
            if (view != null) {
                view.dispose();
            }
        });
    }
}

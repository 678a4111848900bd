package studio.backprop.rendering;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs work on the JavaFX thread from another thread and waits for its result (headless export, the bench). */
public final class FxThread {
    private FxThread() { }

    /**
     * The result of {@code work}, run on the JavaFX thread (directly when already on it).
     *
     * @param seconds how long to wait before giving up
     * @param what    what the work is, for the message when it does not finish ("the export")
     * @throws IllegalStateException when it does not finish in time or the wait is interrupted; a
     *         RuntimeException thrown by the work is rethrown as it is
     */
    public static <T> T call(Supplier<T> work, long seconds, String what) {
        if (Platform.isFxApplicationThread()) return work.get();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(seconds, TimeUnit.SECONDS)) throw new IllegalStateException(what + " did not finish within " + seconds + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " was interrupted", e);
        }
        if (failure.get() != null) throw failure.get();
        return result.get();
    }
}

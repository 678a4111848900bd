package studio.backprop.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs test code on the JavaFX thread and waits for background work by its future, never by sleeping. */
public final class Fx {
    private Fx() { }

    /** Runs {@code action} on the JavaFX thread and returns its result (an assertion failing there fails the test). */
    public static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(20, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the JavaFX thread. */
    public static void fx(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Starts background work on the JavaFX thread and waits (at most two minutes) until it has delivered. */
    public static <T> T done(Callable<CompletableFuture<T>> start) throws Exception {
        return fx(start).get(120, TimeUnit.SECONDS);
    }
}

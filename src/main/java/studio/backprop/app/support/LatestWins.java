package studio.backprop.app.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one way the window works off the JavaFX thread: a channel of background requests where the latest
 * request wins. Requests run one after another on one daemon thread (which ends when the channel is idle);
 * a request that was overtaken by a newer one before it started is skipped, and the result of one overtaken
 * while running is dropped. Results and failures reach the JavaFX thread; the returned future completes
 * after that, so tests wait on it instead of sleeping.
 *
 * <p>A trace, a training run, a file read, an export and a digits job each own a channel; a long job polls
 * the {@link BooleanSupplier} it is given and stops early once it is stale.
 *
 * @param <T> what a request computes
 */
public final class LatestWins<T> {
    /** A request's work, told whether it has become stale so that a long job can stop early. */
    @FunctionalInterface
    public interface Work<T> {
        T run(BooleanSupplier stale) throws Exception;
    }

    /** What became of a request. */
    public enum Outcome { DELIVERED, FAILED, STALE }

    private final ThreadPoolExecutor thread;
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final AtomicLong pending = new AtomicLong();

    /** A channel whose thread is named {@code name} (as a thread dump shows it). */
    public LatestWins(String name) {
        thread = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread worker = new Thread(runnable, name);
            worker.setDaemon(true);
            return worker;
        });
    }

    /**
     * Runs {@code work} in the background after every earlier request of this channel; its result goes to
     * {@code deliver} and a failure to {@code failed}, both on the JavaFX thread, unless a newer request
     * was submitted meanwhile (then neither is called).
     *
     * @return completes on the JavaFX thread after delivery, with what became of the request
     */
    public CompletableFuture<Outcome> submit(Work<? extends T> work, Consumer<? super T> deliver, Consumer<? super Throwable> failed) {
        long ticket = latest.incrementAndGet();
        BooleanSupplier stale = () -> latest.get() != ticket;
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        changePending(1);
        thread.execute(() -> {
            if (stale.getAsBoolean()) {
                finish(outcome, Outcome.STALE, null);
                return;
            }
            try {
                T result = work.run(stale);
                finish(outcome, Outcome.DELIVERED, () -> {
                    if (stale.getAsBoolean()) return Outcome.STALE;
                    deliver.accept(result);
                    return Outcome.DELIVERED;
                });
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                finish(outcome, Outcome.FAILED, () -> {
                    if (stale.getAsBoolean()) return Outcome.STALE;
                    failed.accept(e);
                    return Outcome.FAILED;
                });
            }
        });
        return outcome;
    }

    /** Makes every request submitted so far stale: none of them delivers anything any more. */
    public void cancel() {
        latest.incrementAndGet();
    }

    /** Whether a request of this channel is queued or running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void finish(CompletableFuture<Outcome> outcome, Outcome skipped, Supplier<Outcome> onFx) {
        Platform.runLater(() -> {
            changePending(-1);
            try {
                outcome.complete(onFx == null ? skipped : onFx.get());
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
                throw e; // the window's uncaught-exception handler reports it in one line
            }
        });
    }

    private void changePending(long delta) {
        long now = pending.addAndGet(delta);
        Runnable update = () -> busy.set(pending.get() > 0);
        if (Platform.isFxApplicationThread()) update.run();
        else Platform.runLater(update);
        assert now >= 0;
    }
}

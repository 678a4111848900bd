package studio.backprop.app.model;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import studio.backprop.app.support.LatestWins;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;

/**
 * The studio model's tracing off the JavaFX thread: one {@link LatestWins} channel, the newest document asked
 * for whose trace is not back yet, and the rule that says which documents are large enough to go there.
 */
final class BackgroundTracing {
    /** Networks with more weights and biases than this are traced off the JavaFX thread. */
    static final int PARAMETERS = 500;

    private final LatestWins<Trace> channel = new LatestWins<>("trace-computation");
    private Document pending;
    private CompletableFuture<?> settled = CompletableFuture.completedFuture(null);

    /** Whether a document's trace is long enough to be computed off the JavaFX thread. */
    static boolean large(Document document) {
        return document instanceof NetworkDocument network && network.network().parameterCount() > PARAMETERS;
    }

    /** The document the next command builds on: the newest one asked for, else the one {@code shown}. */
    Document newest(Document shown) {
        return pending != null ? pending : shown;
    }

    /** Whether a trace is still being computed. */
    boolean isPending() {
        return pending != null;
    }

    /**
     * Traces {@code next} in the background: {@code deliver} or {@code failed} hear of it on the JavaFX thread,
     * unless a newer request or {@link #drop} came first.
     */
    CompletableFuture<LatestWins.Outcome> submit(Document next, TraceSource source, Consumer<Trace> deliver,
                                                 Consumer<Throwable> failed) {
        pending = next;
        CompletableFuture<LatestWins.Outcome> done = channel.submit(stale -> source.compute(next), computed -> {
            pending = null;
            deliver.accept(computed);
        }, failure -> {
            pending = null;
            failed.accept(failure);
        });
        settled = done;
        return done;
    }

    /** Forgets a trace still being computed: a change made at once has overtaken it. */
    void drop() {
        if (pending == null) return;
        channel.cancel();
        pending = null;
    }

    /** Completes on the JavaFX thread once the latest request has landed (at once when there is none). */
    CompletableFuture<Void> settled() {
        return settled.handle((done, failure) -> null);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return channel.busyProperty();
    }
}

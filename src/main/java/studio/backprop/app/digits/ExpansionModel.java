package studio.backprop.app.digits;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.core.data.Expansion;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.ExpansionComparison;
import studio.backprop.core.train.TrainingOptions;

/**
 * Artificial expansion in the digits workspace (state and commands, no nodes): which copies, how many epochs,
 * and the comparison of the {@code digits} preset trained with and without them for the same seed and
 * epochs, run in the background through {@link LatestWins}; {@link #cancel()} stops it at the next epoch.
 */
public final class ExpansionModel {
    /** Training images shown beside their copies. */
    public static final int PREVIEW_IMAGES = 3;
    private final ReadOnlyObjectWrapper<Expansion.Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Expansion.Kind.BOTH);
    private final ReadOnlyObjectWrapper<List<Sample>> preview = new ReadOnlyObjectWrapper<>(this, "preview", List.of());
    private final ReadOnlyObjectWrapper<ExpansionComparison> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LatestWins<List<Sample>> previewJobs = new LatestWins<>("digits-expansion-preview");
    private final LatestWins<ExpansionComparison> jobs = new LatestWins<>("digits-expansion");
    private CompletableFuture<LatestWins.Outcome> run;
    private int epochs = 5;

    /** Loads a few training images for the preview in the background. */
    public ExpansionModel() {
        previewJobs.submit(stale -> {
            List<Sample> train = ((NetworkDocument) Presets.load(DigitsTraining.PRESET).document()).data().train();
            return List.copyOf(train.subList(0, Math.min(PREVIEW_IMAGES, train.size())));
        }, preview::set, failure -> message.set(Messages.format("digits.failed", reason(failure))));
    }

    public ReadOnlyObjectProperty<Expansion.Kind> kindProperty() { return kind.getReadOnlyProperty(); }

    /** A few training images, originals, whose copies the pane draws beside them. */
    public ReadOnlyObjectProperty<List<Sample>> previewProperty() { return preview.getReadOnlyProperty(); }

    /** The last finished comparison, or null. */
    public ReadOnlyObjectProperty<ExpansionComparison> resultProperty() { return result.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public boolean isRunning() { return running.get(); }

    /** The fraction of the comparison done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public int getEpochs() { return epochs; }

    // Commands

    /** Which copies the next comparison adds. */
    public void setKind(Expansion.Kind next) {
        if (next != null && next != Expansion.Kind.NONE) kind.set(next);
    }

    /** Epochs of each run, 1 to 200. */
    public void setEpochs(int count) {
        epochs = Math.max(1, Math.min(200, count));
    }

    /**
     * Trains the preset with and without the copies in the background; a running comparison is kept.
     *
     * @return completes on the JavaFX thread once the comparison is shown, failed or cancelled
     */
    public CompletableFuture<LatestWins.Outcome> compare() {
        if (running.get()) return run;
        Expansion.Kind chosen = kind.get();
        int length = epochs;
        running.set(true);
        progress.set(0);
        message.set(Messages.format("digits.expansionRunning", length, Messages.name("digits.expansion.", chosen)));
        run = jobs.submit(stale -> {
            Session session = Presets.load(DigitsTraining.PRESET);
            NetworkDocument document = (NetworkDocument) session.document();
            TrainingOptions options = session.training().applyTo(TrainingOptions.iterations(1));
            // the comparison stops at the next epoch once its thread is interrupted: a cancelled run is stale
            return ExpansionComparison.run(document.network(), document.data(), options, length, chosen, fraction -> {
                if (stale.getAsBoolean()) Thread.currentThread().interrupt();
                else Platform.runLater(() -> progress.set(fraction));
            });
        }, this::finished, failure -> {
            running.set(false);
            message.set(Messages.format("digits.failed", reason(failure)));
        });
        return run;
    }

    /** Stops a running comparison; its partial result is not shown. */
    public void cancel() {
        if (!running.get()) return;
        jobs.cancel();
        running.set(false);
        message.set(Messages.get("digits.expansionCancelled"));
    }

    private void finished(ExpansionComparison done) {
        running.set(false);
        result.set(done);
        message.set(Messages.format("digits.expansionResult", done.epochs(), percent(done.plainAccuracy()), done.plainSamples(),
                percent(done.expandedAccuracy()), done.expandedSamples()));
    }

    private static String reason(Throwable failure) {
        return Problems.text(failure);
    }

    /** An accuracy as a percentage with one decimal. */
    static String percent(double accuracy) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * accuracy);
    }
}

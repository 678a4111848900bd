package studio.backprop.app.universal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.app.training.TrainingModel;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Bumps;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.TargetCurve;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingOptions;
import studio.backprop.core.train.TrainingResult;

/**
 * The visual-proof workspace's state and commands (no JavaFX nodes): the 1-2N-1 network of
 * {@link Bumps}, the target over [0, 1] and the error between them. Every edit — dragging a step, a bump's
 * height, the steepness, fitting — writes the network's weights and biases, so the diagram, the chart and
 * the Pass tab read the same exact numbers. "Train it" runs the core {@link Trainer} on samples of the
 * target off the FX thread (a {@link LatestWins} channel), publishing the network as it learns; only the
 * newest run's results count.
 */
public final class UniversalModel {
    /** The preset this workspace opens and whose documents it takes over from the Pass tab. */
    public static final String PRESET = "universal";
    /** Points of [0, 1] the error is averaged over. */
    public static final int ERROR_POINTS = 201;
    /** Samples of the target that "Train it" trains on. */
    public static final int TRAINING_SAMPLES = 101;
    /** Samples of the target in the document the Pass tab shows (x = 0, 0.05, …, 1). */
    public static final int PASS_SAMPLES = 21;
    /** The steepness slider's range. */
    public static final double MIN_STEEPNESS = 2;
    public static final double MAX_STEEPNESS = 1000;
    /** Iterations of one "Train it" and how often it publishes the network. */
    public static final int TRAIN_ITERATIONS = 3000;
    private static final int PUBLISH_EVERY = 50;
    private static final int MAX_BUMPS = 50;

    private final StudioModel studio;
    private final ReadOnlyObjectWrapper<NetworkSpec> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<TargetCurve> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyStringWrapper targetName = new ReadOnlyStringWrapper(this, "targetName");
    private final ReadOnlyDoubleWrapper steepness = new ReadOnlyDoubleWrapper(this, "steepness", Bumps.DEFAULT_STEEPNESS);
    private final ReadOnlyDoubleWrapper error = new ReadOnlyDoubleWrapper(this, "error");
    private final ReadOnlyIntegerWrapper iterations = new ReadOnlyIntegerWrapper(this, "iterations");
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Numbers the runs; a result of an older run (or one overtaken by an edit) is ignored. */
    private int generation;
    private AtomicBoolean stopRequested = new AtomicBoolean();
    /** "Train it" runs: an edit makes a run still going stale, and it stops at its next update. */
    private final LatestWins<TrainingResult> runs = new LatestWins<>("universal-training");

    /** Starts with the {@code universal} preset's construction: five bumps fitted to the sine. */
    public UniversalModel(StudioModel studio) {
        this.studio = studio;
        target.set(TargetCurve.of(TargetCurve.Shape.SIN));
        targetName.set(TargetCurve.Shape.SIN.id());
        setNetwork(Bumps.network(Bumps.DEFAULT_STEEPNESS, Bumps.fit(target.get(), 5), 0));
        if (studio != null) {
            studio.documentProperty().addListener((o, was, is) -> take(is));
            take(studio.getDocument());
        }
    }

    public ReadOnlyObjectProperty<NetworkSpec> networkProperty() { return network.getReadOnlyProperty(); }

    public NetworkSpec getNetwork() { return network.get(); }

    public ReadOnlyObjectProperty<TargetCurve> targetProperty() { return target.getReadOnlyProperty(); }

    public TargetCurve getTarget() { return target.get(); }

    /** The shape's id ({@code sin}, {@code bump}, …) or {@code drawn}. */
    public ReadOnlyStringProperty targetNameProperty() { return targetName.getReadOnlyProperty(); }

    /** The steepness w the slider shows: the first hidden weight (all are equal until training). */
    public ReadOnlyDoubleProperty steepnessProperty() { return steepness.getReadOnlyProperty(); }

    /** Nielsen's average deviation |network − target| over {@link #ERROR_POINTS} points of [0, 1]. */
    public ReadOnlyDoubleProperty errorProperty() { return error.getReadOnlyProperty(); }

    public double getError() { return error.get(); }

    /** Gradient-descent iterations since the last construction (fit or edit resets it). */
    public ReadOnlyIntegerProperty iterationsProperty() { return iterations.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty trainingProperty() { return training.getReadOnlyProperty(); }

    public boolean isTraining() { return training.get(); }

    /** The last outcome or refusal, one line; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public String getMessage() { return message.get(); }

    /** Bumps in the network. */
    public int pairs() {
        return Bumps.pairs(network.get());
    }

    // Commands

    /** Replaces the target with a ready-made one. */
    public void pickTarget(TargetCurve.Shape shape) {
        target.set(TargetCurve.of(shape));
        targetName.set(shape.id());
        updateError();
    }

    /** Draws a stroke of the mouse into the target, from (x0, y0) to (x1, y1) in function coordinates. */
    public void draw(double x0, double y0, double x1, double y1) {
        target.set(target.get().drawn(x0, y0, x1, y1));
        targetName.set("drawn");
        updateError();
    }

    /** Every hidden weight set to w, each step kept where it is. */
    public EditResult setSteepness(double w) {
        if (!(w >= MIN_STEEPNESS && w <= MAX_STEEPNESS)) {
            return reject(Messages.format("universal.steepnessRange", w, MIN_STEEPNESS, MAX_STEEPNESS));
        }
        edit(Bumps.withSteepness(network.get(), w));
        return EditResult.accepted(w);
    }

    /** Nielsen's construction with n bumps of equal width at the current steepness. */
    public EditResult fit(int n) {
        if (n < 1 || n > MAX_BUMPS) return reject(Messages.format("universal.bumpsRange", n, MAX_BUMPS));
        edit(Bumps.network(steepness.get(), Bumps.fit(target.get(), n), 0));
        message.set(Messages.format("universal.fitted", n));
        return EditResult.accepted(n);
    }

    /** Moves hidden neuron j's step to position s in [0, 1] (its bias becomes −w·s). */
    public void moveStep(int j, double s) {
        edit(Bumps.withPosition(network.get(), j, Math.max(0, Math.min(1, s))));
    }

    /** Gives bump i the height h (output weights +h and −h). */
    public void setHeight(int i, double h) {
        edit(Bumps.withHeight(network.get(), i, h));
    }

    /** Loads a network of the proof's shape (from a preset or the Pass tab), with its data as the target when it has one. */
    public EditResult load(NetworkDocument document) {
        if (!Bumps.fits(document.network())) return reject(Messages.get("universal.notProofShape"));
        stop();
        List<Sample> samples = new ArrayList<>(document.data().train());
        if (samples.size() >= 2 && samples.get(0).inputCount() == 1 && samples.get(0).targetCount() == 1) {
            target.set(curveThrough(samples));
            targetName.set(document.data().name());
        }
        iterations.set(0);
        setNetwork(document.network());
        return EditResult.accepted(pairs());
    }

    /**
     * Runs gradient descent from the current network on {@link #TRAINING_SAMPLES} samples of the target, off
     * the FX thread, publishing the network every {@value #PUBLISH_EVERY} iterations.
     */
    public void train() {
        if (training.get()) return;
        int at = ++generation;
        NetworkSpec from = network.get();
        List<Sample> samples = Bumps.samples(target.get(), TRAINING_SAMPLES);
        int offset = iterations.get();
        AtomicBoolean halt = new AtomicBoolean();
        stopRequested = halt;
        training.set(true);
        message.set(Messages.get("universal.training"));
        TrainingOptions options = TrainingOptions.builder().iterations(TRAIN_ITERATIONS).snapshotEvery(PUBLISH_EVERY)
                .lossEvery(PUBLISH_EVERY).maxHistoryPoints(2).build();
        runs.submit(stale -> Trainer.train(from, samples, options, snapshot -> {
            NetworkSpec now = snapshot.network();
            int done = offset + snapshot.iteration();
            Platform.runLater(() -> {
                if (at == generation) showTrained(now, done);
            });
            return !halt.get() && !stale.getAsBoolean();
        }), result -> finished(at, result, offset + result.updates(), null),
                failure -> finished(at, null, 0, Problems.text(failure)));
    }

    /** Asks a run to stop after its current update. */
    public void cancel() {
        stopRequested.set(true);
    }

    /** The network with {@link #PASS_SAMPLES} samples of the target, as the Pass tab shows it. */
    public NetworkDocument document() {
        return new NetworkDocument(PRESET, network.get(), new Dataset(targetName.get(), Bumps.samples(target.get(), PASS_SAMPLES), List.of()), 0);
    }

    /** Opens the network in the stepped pass (one undo step); completes with the model's verdict. */
    public CompletableFuture<EditResult> showInPass() {
        return studio.replaceDocumentInBackground(document(), Messages.get("universal.undoReason"));
    }

    // internals

    /** Takes over a document of the proof's shape opened elsewhere (the {@code universal} preset, a file). */
    private void take(Document document) {
        if (document instanceof NetworkDocument opened && Bumps.fits(opened.network()) && !opened.network().equals(network.get())) {
            load(opened);
        }
    }

    private void edit(NetworkSpec next) {
        stop();
        iterations.set(0);
        message.set("");
        setNetwork(next);
    }

    private void stop() {
        stopRequested.set(true);
        runs.cancel();
        generation++;
        training.set(false);
    }

    private void showTrained(NetworkSpec now, int done) {
        iterations.set(done);
        setNetwork(now);
    }

    private void finished(int at, TrainingResult result, int done, String failure) {
        if (at != generation) return;
        training.set(false);
        if (result == null) {
            message.set(Messages.format("universal.trainFailed", failure));
            return;
        }
        showTrained(result.network(), done);
        message.set(result.diverged() ? result.message()
                : Messages.format("universal.trained", done, TrainingModel.format(error.get())));
    }

    private void setNetwork(NetworkSpec next) {
        network.set(next);
        steepness.set(next.weight(0, 0, 0));
        updateError();
    }

    private void updateError() {
        error.set(Bumps.error(network.get(), target.get(), ERROR_POINTS));
    }

    private EditResult reject(String why) {
        message.set(why);
        return EditResult.rejected(why);
    }

    /** The target through a network document's samples, joined by straight lines (x clamped to [0, 1]). */
    static TargetCurve curveThrough(List<Sample> samples) {
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparingDouble(s -> s.input(0)));
        double[] values = new double[TargetCurve.POINTS];
        int k = 0;
        for (int p = 0; p < values.length; p++) {
            double x = TargetCurve.x(p);
            while (k < sorted.size() - 2 && sorted.get(k + 1).input(0) < x) k++;
            Sample a = sorted.get(k);
            Sample b = sorted.get(k + 1);
            double span = b.input(0) - a.input(0);
            double t = span == 0 ? 0 : Math.max(0, Math.min(1, (x - a.input(0)) / span));
            values[p] = (1 - t) * a.target(0) + t * b.target(0);
        }
        return TargetCurve.of(values);
    }
}

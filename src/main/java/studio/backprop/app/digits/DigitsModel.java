package studio.backprop.app.digits;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
import studio.backprop.core.data.Digits;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.FastNetwork;

/**
 * The digits workspace's state and commands (no nodes): the drawing pad and the trained network's answer for
 * it, layer by layer; training of the {@code digits} preset; one picked training image with what its output
 * layer wants; opening that image's backward pass in the shared model; and the expanded-data comparison. Background work goes through
 * {@link LatestWins} channels; everything else runs on the JavaFX thread.
 */
public final class DigitsModel {
    /** The picked training image: its index in the training set, pixels, true label and the network's answer. */
    public record Example(int index, double[] image, int label, int answer) {
        /** Whether the network answers the true label. */
        public boolean right() {
            return label == answer;
        }
    }

    /** What the output layer of training image {@code index}, whose true label is {@code label}, wants. */
    public record Wanted(int index, int label, OutputNudges nudges) { }

    private final StudioModel studio;
    private final Runnable showPass;
    private final PadDrawing drawing = new PadDrawing();
    private final ExpansionModel expansion = new ExpansionModel();
    private final LatestWins<DigitsTraining.Trained> trainingJobs = new LatestWins<>("digits-training");
    private final LatestWins<OutputNudges> exampleJobs = new LatestWins<>("digits-example");
    private final ReadOnlyObjectWrapper<DigitsTraining.Trained> trained = new ReadOnlyObjectWrapper<>(this, "trained");
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", Messages.get("digits.untrained"));
    private final ReadOnlyObjectWrapper<double[][]> layers = new ReadOnlyObjectWrapper<>(this, "layers");
    private final ReadOnlyIntegerWrapper padRevision = new ReadOnlyIntegerWrapper(this, "padRevision");
    private final ReadOnlyIntegerWrapper sample = new ReadOnlyIntegerWrapper(this, "sample", 1);
    private final ReadOnlyObjectWrapper<Example> example = new ReadOnlyObjectWrapper<>(this, "example");
    private final ReadOnlyObjectWrapper<Wanted> wanted = new ReadOnlyObjectWrapper<>(this, "wanted");
    private CompletableFuture<LatestWins.Outcome> trainingRun;
    private FastNetwork network;

    /**
     * @param studio   the shared model, into which the backward pass of an example is opened
     * @param showPass shows the stepped pass (the main window's first tab) once that pass is open
     */
    public DigitsModel(StudioModel studio, Runnable showPass) {
        this.studio = studio;
        this.showPass = showPass;
    }

    // State

    /** The expanded-data comparison beside the digits. */
    public ExpansionModel expansion() { return expansion; }

    /** The last training's result, or null before the first has finished. */
    public ReadOnlyObjectProperty<DigitsTraining.Trained> trainedProperty() { return trained.getReadOnlyProperty(); }

    /** The result of the last training, or empty before the first has finished. */
    public Optional<DigitsTraining.Trained> trained() { return Optional.ofNullable(trained.get()); }

    public ReadOnlyBooleanProperty trainingProperty() { return training.getReadOnlyProperty(); }

    /** Whether a training run is going on. */
    public boolean isTraining() { return training.get(); }

    /** The fraction of the training run done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** One line about training, its result or the latest failure. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The pad's drawing; call {@link #padChanged()} after changing it. */
    public PadDrawing drawing() { return drawing; }

    /** Counts the changes of the pad, so that a view redraws it. */
    public ReadOnlyIntegerProperty padRevisionProperty() { return padRevision.getReadOnlyProperty(); }

    /** Every layer's outputs for the pad's image, [layer][neuron] from the inputs to the outputs, or null. */
    public ReadOnlyObjectProperty<double[][]> layersProperty() { return layers.getReadOnlyProperty(); }

    /** The network's probabilities for the pad's drawing, or empty before training or with a blank pad. */
    public Optional<double[]> probabilities() {
        double[][] all = layers.get();
        return all == null ? Optional.empty() : Optional.of(all[all.length - 1].clone());
    }

    /** Whether a trained network answers the pad. */
    public boolean hasNetwork() { return network != null; }

    /** The picked training image, 1-based. */
    public ReadOnlyIntegerProperty sampleProperty() { return sample.getReadOnlyProperty(); }

    /** The picked training image with the network's answer, or null before training. */
    public ReadOnlyObjectProperty<Example> exampleProperty() { return example.getReadOnlyProperty(); }

    /** What the picked image's output layer wants, once its pass is computed, or null. */
    public ReadOnlyObjectProperty<Wanted> wantedProperty() { return wanted.getReadOnlyProperty(); }

    // Commands

    /** Trains the network unless it is trained or training already. */
    public void ensureTrained() {
        if (trained.get() == null && !training.get()) train();
    }

    /**
     * Trains the digits preset in the background (the same seeds every time), then answers the pad with it.
     *
     * @return completes on the JavaFX thread once the run's result is shown (the run going on, if one is)
     */
    public CompletableFuture<LatestWins.Outcome> train() {
        if (training.get()) return trainingRun;
        training.set(true);
        progress.set(0);
        status.set(Messages.get("digits.training"));
        trainingRun = trainingJobs.submit(stale -> DigitsTraining.run(fraction -> Platform.runLater(() -> progress.set(fraction))),
                this::trainingDone, failure -> {
                    training.set(false);
                    status.set(Messages.format("digits.failed", reason(failure)));
                });
        return trainingRun;
    }

    /** Wipes the pad. */
    public void clearPad() {
        drawing.clear();
        padChanged();
    }

    /** Answers the pad's drawing again, layer by layer. */
    public void padChanged() {
        layers.set(network != null && !drawing.isEmpty() ? network.activations(drawing.image()) : null);
        padRevision.set(padRevision.get() + 1);
    }

    /** Picks training image {@code oneBased} (clamped to the training set) and computes what its outputs want. */
    public void pickSample(int oneBased) {
        DigitsTraining.Trained done = trained.get();
        int count = done == null ? 1 : done.data().train().size();
        sample.set(Math.max(1, Math.min(count, oneBased)));
        exampleChanged();
    }

    /**
     * Opens the picked training image's pass, with the trained network, in the shared model and shows it; the one
     * way this workspace changes the document.
     *
     * @return completes on the JavaFX thread with the model's answer; empty before training
     */
    public Optional<CompletableFuture<EditResult>> openExample() {
        Optional<NetworkDocument> picked = currentExample();
        picked.ifPresent(document -> status.set(Messages.get("digits.tracing")));
        return picked.map(document -> studio.replaceDocumentInBackground(document, Messages.get("digits.undoReason"))
                .thenApply(result -> {
                    status.set(result.accepted() ? "" : result.message());
                    if (result.accepted()) showPass.run();
                    return result;
                }));
    }

    private void trainingDone(DigitsTraining.Trained result) {
        training.set(false);
        network = new FastNetwork(result.network());
        ConfusionMatrix matrix = result.confusion();
        status.set(Messages.format("digits.accuracy", NumberStyle.digits(4).format(matrix.accuracy()), matrix.correct(),
                matrix.total(), result.millis() / 1000.0, result.result().updates()));
        trained.set(result);
        padChanged();
        pickSample(sample.get());
    }

    /** The document of the picked training image's pass with the trained network, if trained. */
    private Optional<NetworkDocument> currentExample() {
        DigitsTraining.Trained done = trained.get();
        if (done == null) return Optional.empty();
        return Optional.of(new NetworkDocument(DigitsTraining.PRESET, done.network(), done.data(), sample.get() - 1));
    }

    /** Shows the picked image with the network's answer and traces its pass in the background for what it wants. */
    private void exampleChanged() {
        Optional<NetworkDocument> picked = currentExample();
        if (picked.isEmpty()) return;
        NetworkDocument document = picked.get();
        Sample image = document.data().train().get(document.sample());
        int label = Digits.label(image);
        example.set(new Example(document.sample(), image.inputs(), label, ConfusionMatrix.argmax(network.predict(image.inputs()))));
        exampleJobs.submit(stale -> {
            Trace trace = Backprop.evaluate(Lowering.lower(document.network(), image).graph());
            return OutputNudges.of(document.network(), trace);
        }, nudges -> wanted.set(new Wanted(document.sample(), label, nudges)), failure -> status.set(Messages.format("digits.exampleFailed", reason(failure))));
    }

    private static String reason(Throwable failure) {
        return Problems.text(failure);
    }
}

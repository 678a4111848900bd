package studio.backprop.app.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
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
import studio.backprop.app.support.LatestWins.Outcome;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.RisingLoss;
import studio.backprop.core.train.Symmetry;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingResult;

/**
 * The Training tab's state and commands. The settings are one {@link TrainingForm}; what to train (preset,
 * data, network shape) is the {@link TrainingSetup}'s. A run is one request on a {@link LatestWins} channel: a
 * {@link TrainingRun} leaves only its latest snapshot for an {@link AnimationTimer}, which applies it at most
 * once per frame and runs only while a run does. Heatmap planes, gradient checks, generated data and CSV
 * files each have a channel of their own too (in the classes that own them), so nothing long runs on the
 * JavaFX thread and a stale result is never applied. When a run pauses or ends, the trained network goes to
 * the stepped-pass tab as one model change. The plane of a neuron and the gradient check are the {@link NetworkInspection}'s. Read and written
 * on the JavaFX thread.
 */
public final class TrainingModel {
    /**
     * Where a run stands: nothing trained since the reset, training, stopped part-way (Play continues), the
     * length or the target loss reached, or diverged (the last finite network is kept).
     */
    public enum State { READY, RUNNING, PAUSED, FINISHED, DIVERGED }

    private final StudioModel studio;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final TrainingForm form = new TrainingForm(problem::set);
    private final Stopping stopping = new Stopping();
    private final TrainingSetup setup = new TrainingSetup(this, message::set, problem::set);
    private final ReadOnlyObjectWrapper<NetworkSpec> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyDoubleWrapper trainLoss = new ReadOnlyDoubleWrapper(this, "trainLoss", Double.NaN);
    private final ReadOnlyDoubleWrapper testLoss = new ReadOnlyDoubleWrapper(this, "testLoss", Double.NaN);
    private final ReadOnlyObjectWrapper<double[]> gradientSizes = new ReadOnlyObjectWrapper<>(this, "gradientSizes", new double[0]);
    private final ReadOnlyObjectWrapper<LossCurve> lossCurve = new ReadOnlyObjectWrapper<>(this, "lossCurve", LossCurve.EMPTY);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyStringWrapper symmetry = new ReadOnlyStringWrapper(this, "symmetry", "");
    private final NetworkInspection inspection = new NetworkInspection(problem::set);

    private final LatestWins<TrainingRun.Ending> runs = new LatestWins<>("training");
    /** The run going on, null when none is. */
    private TrainingRun running;
    private LossCurve.Recorder recorder = new LossCurve.Recorder();
    /** The loss at iteration 0, for the rising-loss warning. */
    private double startLoss = Double.NaN;
    private CompletableFuture<EditResult> handedOver = CompletableFuture.completedFuture(EditResult.accepted(Double.NaN));
    private final AnimationTimer drainer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };
    private boolean draining;

    /** A model that hands trained networks to {@code studio}, starting on the {@code circle} preset if there is one. */
    public TrainingModel(StudioModel studio) {
        this.studio = studio;
        List<String> presets = TrainingSetup.networkPresets();
        setup.loadPreset(presets.contains("circle") ? "circle" : presets.get(0));
    }

    /** The settings of the next run. */
    public TrainingForm form() { return form; }

    /** The learning-rate schedule and early stopping of the next run. */
    public Stopping stopping() { return stopping; }

    /** The training and test samples. */
    public ReadOnlyObjectProperty<Dataset> dataProperty() { return setup.dataProperty(); }

    public Dataset getData() { return setup.dataProperty().get(); }

    /** The network as trained so far (the latest snapshot while running). */
    public ReadOnlyObjectProperty<NetworkSpec> networkProperty() { return network.getReadOnlyProperty(); }

    public NetworkSpec getNetwork() { return network.get(); }

    /** Updates done since the last reset. */
    public ReadOnlyIntegerProperty iterationProperty() { return iteration.getReadOnlyProperty(); }

    public int getIteration() { return iteration.get(); }

    /** The mean training loss of {@link #getNetwork()}. */
    public ReadOnlyDoubleProperty trainLossProperty() { return trainLoss.getReadOnlyProperty(); }

    public double getTrainLoss() { return trainLoss.get(); }

    /** The mean test loss of {@link #getNetwork()}, NaN without a test set. */
    public ReadOnlyDoubleProperty testLossProperty() { return testLoss.getReadOnlyProperty(); }

    public double getTestLoss() { return testLoss.get(); }

    /** Mean |∂E/∂w| per weight layer in the latest update (a copy). */
    public ReadOnlyObjectProperty<double[]> gradientSizesProperty() { return gradientSizes.getReadOnlyProperty(); }

    public double[] getGradientSizes() { return gradientSizes.get().clone(); }

    /** The loss curve since the last reset. */
    public ReadOnlyObjectProperty<LossCurve> lossCurveProperty() { return lossCurve.getReadOnlyProperty(); }

    public LossCurve getLossCurve() { return lossCurve.get(); }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public State getState() { return state.get(); }

    /** What happened last, for the status line (empty when there is nothing to say). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public String getMessage() { return message.get(); }

    /** A problem to show in red: a divergence, a rising loss, a rejected setting; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    public String getProblem() { return problem.get(); }

    /** Says which hidden layer's neurons are all identical (a symmetric start); empty otherwise. */
    public ReadOnlyStringProperty symmetryProperty() { return symmetry.getReadOnlyProperty(); }

    public String getSymmetry() { return symmetry.get(); }

    /** The run's length in updates over the current training set. */
    public int totalIterations() {
        return form.totalIterations(getData().train().size());
    }

    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    /** The plane of a neuron and the gradient check of the network trained so far. */
    public NetworkInspection inspection() { return inspection; }

    /** What to train: the preset, the data and the network's shape, with their commands. */
    public TrainingSetup setup() { return setup; }

    // --- commands: running

    /** Trains in the background until the length or the target loss is reached, or {@link #pause()}. */
    public CompletableFuture<Outcome> play() {
        if (isRunning()) return CompletableFuture.completedFuture(Outcome.STALE);
        int remaining = totalIterations() - iteration.get();
        if (remaining <= 0) {
            message.set(Messages.format("training.alreadyDone", String.valueOf(iteration.get())));
            return CompletableFuture.completedFuture(Outcome.STALE);
        }
        return launch(remaining);
    }

    /** Asks the run to stop after its current update; the network then goes to the stepped pass. */
    public void pause() {
        if (running != null) running.halt();
    }

    /** Trains exactly one iteration (one mini-batch update). */
    public CompletableFuture<Outcome> stepOnce() {
        return isRunning() ? CompletableFuture.completedFuture(Outcome.STALE) : launch(1);
    }

    /** Stops any run and goes back to the starting network, with an empty loss curve. */
    public void reset() {
        stop();
        NetworkSpec start = setup.start();
        network.set(start);
        iteration.set(0);
        gradientSizes.set(new double[start.layerCount() - 1]);
        recorder = new LossCurve.Recorder();
        List<Sample> test = getData().test();
        startLoss = Trainer.loss(start, getData().train());
        double startTest = test.isEmpty() ? Double.NaN : Trainer.loss(start, test);
        trainLoss.set(startLoss);
        testLoss.set(startTest);
        recorder.add(0, startLoss, startTest);
        lossCurve.set(recorder.copy());
        state.set(State.READY);
        problem.set("");
        message.set("");
        updateSymmetry(start);
        inspection.show(start, getData());
    }

    /** The network trained so far with its data, as the stepped pass shows it. */
    public NetworkDocument document() {
        return new NetworkDocument(setup.nameProperty().get(), network.get(), getData(), 0);
    }

    /** The stepped pass's taking of the last network handed to it; completes when its trace is computed. */
    public CompletableFuture<EditResult> handedOver() {
        return handedOver;
    }

    /** Applies the run's latest snapshot, if any. The animation timer calls it every frame while a run is going. */
    void drain() {
        TrainingRun run = running;
        TrainingRun.Frame frame = run == null ? null : run.take();
        if (frame != null) apply(frame.iteration(), frame.network(), frame.trainLoss(), frame.testLoss(), frame.gradientSizes());
    }

    /** Whether the animation timer that applies snapshots is running (only while a run is). */
    boolean isDraining() {
        return draining;
    }

    // --- the run

    private CompletableFuture<Outcome> launch(int iterations) {
        NetworkSpec from = network.get().withLearningRate(form.learningRateProperty().get());
        Dataset current = getData();
        int perSecond = form.paceProperty().get();
        int every = Math.max(1, Math.min(perSecond > 0 ? perSecond / 30 : 50, form.batchesPerEpoch(current.train().size())));
        TrainingRun.Plan plan;
        try {
            plan = new TrainingRun.Plan(from, current.train(), current.test(),
                    form.options(iterations, current.train().size(), iteration.get(), every), iteration.get(), iterations,
                    form.targetLossProperty().get(), perSecond, stopping.get());
        } catch (IllegalArgumentException e) {
            problem.set(describe(e));
            return CompletableFuture.completedFuture(Outcome.FAILED);
        }
        TrainingRun run = new TrainingRun(plan, recorder);
        running = run;
        problem.set(risingProblem());
        message.set("");
        state.set(State.RUNNING);
        drainer.start();
        draining = true;
        return runs.submit(run::run, this::finished, this::failed);
    }

    private void finished(TrainingRun.Ending ending) {
        drain();
        quiet();
        TrainingResult result = ending.result();
        int done = ending.done();
        double trainEnd = result.finalError();
        if (Double.isFinite(trainEnd)) recorder.add(done, trainEnd, ending.testLoss());
        apply(done, result.network(), trainEnd, ending.testLoss(), result.gradientSizes());
        double target = form.targetLossProperty().get();
        if (result.diverged()) {
            state.set(State.DIVERGED);
            problem.set(Messages.format("training.diverged", result.message()));
        } else if (ending.targetReached() || (target > 0 && trainEnd <= target)) {
            state.set(State.FINISHED);
            message.set(Messages.format("training.targetReached", format(target), String.valueOf(done)));
        } else if (Stopping.stoppedByRule(result)) {
            state.set(State.FINISHED);
            message.set(Messages.format("training.stop.stopped", result.message()));
        } else {
            boolean complete = done >= totalIterations();
            state.set(complete ? State.FINISHED : State.PAUSED);
            message.set(Messages.format(complete ? "training.finished" : "training.paused", String.valueOf(done), format(trainEnd)));
        }
        if (studio != null) handedOver = studio.replaceDocumentInBackground(document(), Messages.format("training.undoReason", totalIterations()));
    }

    private void failed(Throwable e) {
        drain();
        quiet();
        state.set(State.PAUSED);
        problem.set(Messages.format("training.failed", describe(e)));
    }

    private void apply(int done, NetworkSpec spec, double trainNow, double testNow, double[] sizes) {
        iteration.set(done);
        network.set(spec);
        trainLoss.set(trainNow);
        testLoss.set(testNow);
        gradientSizes.set(sizes);
        lossCurve.set(recorder.copy());
        String rising = risingProblem();
        if (!rising.isEmpty() && problem.get().isEmpty()) problem.set(rising);
        updateSymmetry(spec);
        inspection.show(spec, getData());
    }

    /** A warning when the training loss has risen well above where it started (a learning rate too high). */
    private String risingProblem() {
        OptionalDouble peak = RisingLoss.peak(startLoss, recorder.copy().trainLosses());
        if (peak.isEmpty()) return "";
        return Messages.format("training.rising", format(startLoss), format(peak.getAsDouble()), format(form.learningRateProperty().get()));
    }

    private void updateSymmetry(NetworkSpec spec) {
        OptionalInt layer = Symmetry.symmetricLayer(spec);
        symmetry.set(layer.isEmpty() ? "" : Messages.format("training.symmetric", spec.size(layer.getAsInt()), layer.getAsInt()));
    }

    /** Stops any run (its late results are dropped) and any gradient check, without touching the network. */
    void stop() {
        if (running != null) running.halt();
        runs.cancel();
        inspection.cancelCheck();
        quiet();
        if (isRunning()) state.set(State.PAUSED);
    }

    /**
     * Starts over after the setup changed what is trained: no neuron hovered, and for a new preset no
     * gradient check either; then {@link #reset()}.
     */
    void restart(boolean newPreset) {
        stop();
        inspection.forget(newPreset);
        reset();
    }

    /** No run goes on any more: the snapshots stop being applied. */
    private void quiet() {
        running = null;
        drainer.stop();
        draining = false;
    }

    /** An exception's message for a user, or a general one when it has none. */
    static String describe(Throwable e) {
        return Problems.text(e);
    }

    /** A number as the tab prints it: four significant digits, a dash for no number. */
    public static String format(double value) {
        if (Double.isNaN(value)) return "—";
        if (value == 0) return "0";
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", value);
    }
}

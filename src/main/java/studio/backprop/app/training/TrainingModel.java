package studio.backprop.app.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
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
import javafx.beans.property.SimpleObjectProperty;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.NumberInput;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.core.data.CsvImport;
import studio.backprop.core.data.CsvTable;
import studio.backprop.core.data.DataException;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.TrainingSettings;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.GradientCheck;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingListener;
import studio.backprop.core.train.TrainingOptions;
import studio.backprop.core.train.TrainingResult;

/**
 * The training tab's state and commands. Training runs on a daemon worker thread through
 * {@link Trainer#train}; its listener measures the training and test loss, records them in the loss curve
 * and leaves only the latest snapshot in an {@link AtomicReference}, which an {@link AnimationTimer}
 * applies on the JavaFX thread at most once per frame. When a run pauses or ends, the trained network is
 * handed to the stepped-pass tab as one model change ({@link #publish}). All properties are read and
 * written on the JavaFX thread; every setter validates and returns a message naming the field.
 */
public final class TrainingModel {
    /** Where a run stands. */
    public enum State {
        /** Nothing trained since the last reset. */
        READY,
        /** The worker is training. */
        RUNNING,
        /** Stopped part-way: play continues. */
        PAUSED,
        /** The length or the target loss was reached. */
        FINISHED,
        /** The loss or a weight stopped being a finite number; the last finite network is kept. */
        DIVERGED
    }

    /** Whether the length counts updates or passes over the training set. */
    public enum Unit { ITERATIONS, EPOCHS }

    /** The training loss may rise to this many times its starting value before the tab warns. */
    static final double RISING_FACTOR = 1.5;
    /** Samples the gradient check uses at most (it runs on the slow graph path). */
    static final int CHECK_SAMPLES = 8;

    private final StudioModel studio;
    private final ReadOnlyObjectWrapper<String> name = new ReadOnlyObjectWrapper<>(this, "name", "");
    private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<Structure> structure = new ReadOnlyObjectWrapper<>(this, "structure");
    private final ReadOnlyObjectWrapper<NetworkSpec> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration");
    private final ReadOnlyDoubleWrapper trainLoss = new ReadOnlyDoubleWrapper(this, "trainLoss", Double.NaN);
    private final ReadOnlyDoubleWrapper testLoss = new ReadOnlyDoubleWrapper(this, "testLoss", Double.NaN);
    private final ReadOnlyObjectWrapper<double[]> gradientSizes = new ReadOnlyObjectWrapper<>(this, "gradientSizes", new double[0]);
    private final ReadOnlyObjectWrapper<LossCurve> lossCurve = new ReadOnlyObjectWrapper<>(this, "lossCurve", LossCurve.EMPTY);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper symmetry = new ReadOnlyStringWrapper(this, "symmetry", "");
    private final ReadOnlyObjectWrapper<Plane> plane = new ReadOnlyObjectWrapper<>(this, "plane");
    private final ObjectProperty<Neuron> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final ReadOnlyObjectWrapper<GradientCheck.Report> gradientReport = new ReadOnlyObjectWrapper<>(this, "gradientReport");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(this, "learningRate", 0.5);
    private final ReadOnlyIntegerWrapper batchSize = new ReadOnlyIntegerWrapper(this, "batchSize", 0);
    private final ReadOnlyDoubleWrapper momentum = new ReadOnlyDoubleWrapper(this, "momentum");
    private final ReadOnlyDoubleWrapper l2 = new ReadOnlyDoubleWrapper(this, "l2");
    private final ReadOnlyDoubleWrapper l1 = new ReadOnlyDoubleWrapper(this, "l1");
    private final ReadOnlyDoubleWrapper dropout = new ReadOnlyDoubleWrapper(this, "dropout");
    private final ReadOnlyBooleanWrapper shuffle = new ReadOnlyBooleanWrapper(this, "shuffle");
    private final ReadOnlyObjectWrapper<Long> seed = new ReadOnlyObjectWrapper<>(this, "seed", 1L);
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length", 1000);
    private final ReadOnlyObjectWrapper<Unit> unit = new ReadOnlyObjectWrapper<>(this, "unit", Unit.ITERATIONS);
    private final ReadOnlyDoubleWrapper targetLoss = new ReadOnlyDoubleWrapper(this, "targetLoss", 0);
    private final ReadOnlyIntegerWrapper pace = new ReadOnlyIntegerWrapper(this, "pace", 0);
    private final Stopping stopping = new Stopping();

    /** The preset's own network, which the fixed start keeps. */
    private NetworkSpec presetNetwork;
    /** The network training starts from after a reset. */
    private NetworkSpec start;
    /** The loss at iteration 0, for the rising-loss warning. */
    private double startLoss = Double.NaN;

    private final AtomicReference<Frame> latest = new AtomicReference<>();
    /** The running worker's stop flag; each run has its own, so a late worker never resumes. */
    private AtomicBoolean stopRequested = new AtomicBoolean();
    private LossCurve.Recorder recorder = new LossCurve.Recorder();
    /** Counts resets and loads; a worker's results are applied only while its generation is current. */
    private int generation;
    private final AnimationTimer drainer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain();
        }
    };
    /** Computes the heatmap planes, one at a time and in order. */
    private final ExecutorService planes = daemon("training-plane");
    /** Runs gradient checks. */
    private final ExecutorService checks = daemon("gradient-check");
    private final AtomicReference<Runnable> pendingPlane = new AtomicReference<>();

    /** What the worker publishes: the losses and network after {@code iteration} updates since the reset. */
    private record Frame(int generation, int iteration, double trainLoss, double testLoss, NetworkSpec network,
                         double[] gradientSizes) { }

    /** A model that hands trained networks to {@code studio}, starting on the {@code circle} preset if there is one. */
    public TrainingModel(StudioModel studio) {
        this.studio = studio;
        hovered.addListener((o, was, is) -> requestPlane());
        List<String> presets = networkPresets();
        loadPreset(presets.contains("circle") ? "circle" : presets.get(0));
    }

    // --- properties

    /** The loaded preset's or data set's name. */
    public ReadOnlyObjectProperty<String> nameProperty() { return name.getReadOnlyProperty(); }

    /** The training and test samples. */
    public ReadOnlyObjectProperty<Dataset> dataProperty() { return data.getReadOnlyProperty(); }

    public Dataset getData() { return data.get(); }

    /** The network's shape as the user set it. */
    public ReadOnlyObjectProperty<Structure> structureProperty() { return structure.getReadOnlyProperty(); }

    public Structure getStructure() { return structure.get(); }

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

    /** The hovered neuron's (else the output's) value over the input plane; null unless there are two inputs. */
    public ReadOnlyObjectProperty<Plane> planeProperty() { return plane.getReadOnlyProperty(); }

    public Plane getPlane() { return plane.get(); }

    /** The neuron whose output the plane shows; null for the (last) output neuron. */
    public ObjectProperty<Neuron> hoveredProperty() { return hovered; }

    /** The latest gradient check, null before the first. */
    public ReadOnlyObjectProperty<GradientCheck.Report> gradientReportProperty() { return gradientReport.getReadOnlyProperty(); }

    /** Whether a gradient check is running. */
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty learningRateProperty() { return learningRate.getReadOnlyProperty(); }

    /** Samples per update; 0 is the whole training set. */
    public ReadOnlyIntegerProperty batchSizeProperty() { return batchSize.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty momentumProperty() { return momentum.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty l2Property() { return l2.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty l1Property() { return l1.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty dropoutProperty() { return dropout.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty shuffleProperty() { return shuffle.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Long> seedProperty() { return seed.getReadOnlyProperty(); }

    /** How long a run is, in {@link #unitProperty()} units, counted from the reset. */
    public ReadOnlyIntegerProperty lengthProperty() { return length.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Unit> unitProperty() { return unit.getReadOnlyProperty(); }

    /** Training stops when the training loss reaches this; 0 turns it off. */
    public ReadOnlyDoubleProperty targetLossProperty() { return targetLoss.getReadOnlyProperty(); }

    /** At most this many iterations per second, so a run can be watched; 0 is as fast as the machine goes. */
    public ReadOnlyIntegerProperty paceProperty() { return pace.getReadOnlyProperty(); }

    /** The learning-rate schedule and early stopping of the next run. */
    public Stopping stopping() { return stopping; }

    /** The paces offered: as fast as possible, then slower and slower. */
    public static final List<Integer> PACES = List.of(0, 2000, 200, 20);

    /** The presets that hold a network, in menu order. */
    public static List<String> networkPresets() {
        return Presets.names().stream().filter(n -> Presets.load(n).document() instanceof NetworkDocument).toList();
    }

    /** The run's length in updates: the length, or the length times the batches per epoch. */
    public int totalIterations() {
        long total = unit.get() == Unit.EPOCHS ? (long) length.get() * batchesPerEpoch() : length.get();
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** Mini-batches in one pass over the training set. */
    public int batchesPerEpoch() {
        int n = data.get().train().size();
        int batch = batchSize.get() == 0 ? n : Math.min(batchSize.get(), n);
        return (n + batch - 1) / batch;
    }

    public boolean isRunning() {
        return state.get() == State.RUNNING;
    }

    // --- commands: what to train

    /** Loads a preset: its network, data and training defaults; rejected (nothing changes) for an expression preset. */
    public EditResult loadPreset(String presetName) {
        Session session;
        try {
            session = Presets.load(presetName);
        } catch (RuntimeException e) {
            return reject(describe(e));
        }
        if (!(session.document() instanceof NetworkDocument document)) {
            return reject(Messages.format("training.notNetwork", presetName));
        }
        stop();
        TrainingSettings defaults = session.training();
        learningRate.set(document.network().learningRate());
        batchSize.set(defaults.batchSize() == null ? 0 : defaults.batchSize());
        momentum.set(defaults.momentum() == null ? 0 : defaults.momentum());
        l2.set(defaults.l2() == null ? 0 : defaults.l2());
        l1.set(defaults.l1() == null ? 0 : defaults.l1());
        dropout.set(defaults.dropout() == null ? 0 : defaults.dropout());
        shuffle.set(defaults.shuffle() != null && defaults.shuffle());
        seed.set(defaults.seed() == null ? 1L : defaults.seed());
        stopping.load(defaults);
        if (defaults.epochs() != null) {
            unit.set(Unit.EPOCHS);
            length.set(defaults.epochs());
        } else {
            unit.set(Unit.ITERATIONS);
            length.set(defaults.iterations() == null ? 1000 : defaults.iterations());
        }
        targetLoss.set(0);
        name.set(presetName);
        presetNetwork = document.network();
        data.set(document.data());
        structure.set(Structure.of(document.network()));
        hovered.set(null);
        gradientReport.set(null);
        start = document.network();
        reset();
        message.set(Messages.format("training.loaded", presetName, Structure.shape(start.sizes()),
                String.valueOf(data.get().train().size()), String.valueOf(data.get().test().size())));
        return EditResult.accepted(Double.NaN);
    }

    /** Builds a new network of this shape for the current data and resets; rejected with a message if it does not fit. */
    public EditResult applyStructure(Structure next) {
        Dataset current = data.get();
        NetworkSpec built;
        try {
            built = next.build(current.train().get(0).inputCount(), current.train().get(0).targetCount(), learningRate.get(),
                    presetNetwork);
            NetworkSpecs.requireSupported(built);
        } catch (IllegalArgumentException e) {
            return reject(Messages.format("training.structureRefused", describe(e)));
        }
        stop();
        structure.set(next);
        start = built;
        hovered.set(null);
        reset();
        message.set(Messages.format("training.built", Structure.shape(built.sizes()), next.init().name().toLowerCase(Locale.ROOT)));
        return EditResult.accepted(Double.NaN);
    }

    /** As {@link #applyStructure}, with the seed as typed (a whole number ≥ 0). */
    public EditResult buildNetwork(List<Integer> hidden, List<Activation> hiddenActivations, Activation outputActivation,
                                   studio.backprop.core.nn.Loss lossChoice, Structure.Init start, String seedText) {
        long[] parsed = new long[1];
        EditResult seedOk = whole("training.network.initSeed", seedText, 0, Integer.MAX_VALUE, v -> parsed[0] = v);
        if (!seedOk.accepted()) return seedOk;
        return applyStructure(new Structure(hidden, hiddenActivations, outputActivation, lossChoice, start, parsed[0]));
    }

    /** The lecture's single sample (inputs 0.05, 0.10; targets 0.01, 0.99). */
    public EditResult useLectureSample() {
        return useData(Datasets.lecture());
    }

    /** The four XOR points. */
    public EditResult useXor() {
        return useData(Datasets.xor());
    }

    /** Generates one of Playground's 2-D sets; a bad setting is rejected with a message naming it. */
    public EditResult generate(Datasets.Shape shape, String count, String noise, String dataSeed, String testPercent) {
        EditResult n = NumberInput.parse(Messages.get("training.data.count"), count);
        EditResult level = NumberInput.parse(Messages.get("training.data.noise"), noise);
        EditResult s = NumberInput.parse(Messages.get("training.data.seed"), dataSeed);
        EditResult test = NumberInput.parse(Messages.get("training.data.test"), testPercent);
        for (EditResult r : List.of(n, level, s, test)) if (!r.accepted()) return reject(r.message());
        try {
            if (n.value() != Math.rint(n.value()) || n.value() < 2 || n.value() > 5000) {
                throw new IllegalArgumentException(Messages.format("training.data.countRange", count.strip()));
            }
            if (s.value() != Math.rint(s.value())) {
                throw new IllegalArgumentException(Messages.format("training.wholeNumber", Messages.get("training.data.seed"), dataSeed.strip()));
            }
            return useData(Datasets.generate(shape, (int) n.value(), level.value(), (long) s.value(), test.value() / 100));
        } catch (IllegalArgumentException e) {
            return reject(Messages.format("training.dataRefused", describe(e)));
        }
    }

    /**
     * Trains on this data from now on (e.g. an imported CSV file): the network is rebuilt for its inputs and
     * outputs (single 0/1 targets become two for a softmax output) and training resets.
     */
    public EditResult useData(Dataset next) {
        Dataset fitted = next;
        Structure shape = structure.get();
        Sample first = next.train().get(0);
        if (shape.output() == Activation.SOFTMAX && first.targetCount() == 1) {
            try {
                fitted = Datasets.oneHot(next);
            } catch (IllegalArgumentException e) {
                return reject(Messages.format("training.dataRefused", describe(e)));
            }
        }
        int inputs = fitted.train().get(0).inputCount();
        int outputs = fitted.train().get(0).targetCount();
        Structure rebuilt = shape;
        if (shape.init() == Structure.Init.FIXED && !java.util.Arrays.equals(presetNetwork.sizes(), shape.sizes(inputs, outputs))) {
            rebuilt = new Structure(shape.hidden(), shape.hiddenActivations(), shape.output(), shape.loss(), Structure.Init.XAVIER, shape.seed());
        }
        NetworkSpec built;
        try {
            built = rebuilt.build(inputs, outputs, learningRate.get(), presetNetwork);
            NetworkSpecs.requireSupported(built);
        } catch (IllegalArgumentException e) {
            return reject(Messages.format("training.dataRefused", describe(e)));
        }
        stop();
        data.set(fitted);
        name.set(fitted.name());
        structure.set(rebuilt);
        start = built;
        hovered.set(null);
        reset();
        message.set(Messages.format("training.dataLoaded", fitted.name(), String.valueOf(fitted.train().size()), String.valueOf(fitted.test().size()),
                Structure.shape(built.sizes())));
        return EditResult.accepted(Double.NaN);
    }

    /** Reads a CSV file for import; on a problem (naming the file and line) the problem is shown and nothing is returned. */
    public Optional<CsvTable> readCsv(Path file) {
        try {
            return Optional.of(CsvImport.read(file));
        } catch (DataException e) {
            reject(Problems.text(e));
            return Optional.empty();
        }
    }

    /**
     * Trains on the chosen columns of an imported table, holding out {@code testPercent} per cent of the rows;
     * a bad cell is rejected with a message naming its line and column.
     */
    public EditResult importCsv(CsvTable table, String dataName, List<String> inputs, List<String> targets, String testPercent) {
        EditResult test = NumberInput.parse(Messages.get("training.data.test"), testPercent);
        if (!test.accepted()) return reject(test.message());
        Dataset imported;
        try {
            imported = table.toDataset(dataName, inputs, targets, test.value() / 100, seed.get());
        } catch (DataException e) {
            return reject(Problems.text(e));
        }
        return useData(imported);
    }

    // --- commands: settings

    /** The learning rate η, a positive number. */
    public EditResult setLearningRate(String text) {
        return number("training.learningRate", text, 0, false, 1e6, learningRate::set);
    }

    /** Samples per update, 0 for the whole training set. */
    public EditResult setBatchSize(String text) {
        return whole("training.batchSize", text, 0, 1_000_000, batchSize::set);
    }

    /** Momentum μ, 0 ≤ μ < 1. */
    public EditResult setMomentum(String text) {
        return number("training.momentum", text, 0, true, 1, momentum::set);
    }

    /** L2 strength λ ≥ 0. */
    public EditResult setL2(String text) {
        return number("training.l2", text, 0, true, 1e6, l2::set);
    }

    /** L1 strength λ ≥ 0. */
    public EditResult setL1(String text) {
        return number("training.l1", text, 0, true, 1e6, l1::set);
    }

    /** Dropout rate of the hidden layers, 0 ≤ p < 1. */
    public EditResult setDropout(String text) {
        return number("training.dropout", text, 0, true, 1, dropout::set);
    }

    /** The seed of the shuffling and the dropout masks. */
    public EditResult setSeed(String text) {
        return whole("training.seed", text, 0, Integer.MAX_VALUE, v -> seed.set((long) v));
    }

    /** Shuffling every epoch on or off. */
    public void setShuffle(boolean on) {
        shuffle.set(on);
    }

    /** The run's length in the current unit, at least 1. */
    public EditResult setLength(String text) {
        return whole("training.length", text, 1, 100_000_000, length::set);
    }

    /** Whether the length counts iterations or epochs. */
    public void setUnit(Unit newUnit) {
        unit.set(newUnit);
    }

    /** At most {@code iterationsPerSecond} iterations per second from the next run on; 0 for full speed. */
    public void setPace(int iterationsPerSecond) {
        if (iterationsPerSecond < 0) throw new IllegalArgumentException("the pace must be 0 or positive, not " + iterationsPerSecond);
        pace.set(iterationsPerSecond);
    }

    /** The target loss at which training stops; 0 for none. */
    public EditResult setTargetLoss(String text) {
        return number("training.targetLoss", text, 0, true, 1e12, targetLoss::set);
    }

    // --- commands: running

    /** Trains on the worker until the length or the target loss is reached, or {@link #pause()}. */
    public void play() {
        if (isRunning()) return;
        int remaining = totalIterations() - iteration.get();
        if (remaining <= 0) {
            message.set(Messages.format("training.alreadyDone", String.valueOf(iteration.get())));
            return;
        }
        launch(remaining);
    }

    /** Asks the worker to stop after its current update; the network then goes to the stepped pass. */
    public void pause() {
        if (isRunning()) stopRequested.set(true);
    }

    /** Trains exactly one iteration (one mini-batch update). */
    public void stepOnce() {
        if (!isRunning()) launch(1);
    }

    /** Stops any run and goes back to the starting network, with an empty loss curve. */
    public void reset() {
        stop();
        network.set(start);
        iteration.set(0);
        gradientSizes.set(new double[start.layerCount() - 1]);
        recorder = new LossCurve.Recorder();
        List<Sample> train = data.get().train();
        List<Sample> test = data.get().test();
        startLoss = Trainer.loss(start, train);
        double startTest = test.isEmpty() ? Double.NaN : Trainer.loss(start, test);
        trainLoss.set(startLoss);
        testLoss.set(startTest);
        recorder.add(0, startLoss, startTest);
        lossCurve.set(recorder.copy());
        state.set(State.READY);
        problem.set("");
        message.set("");
        updateSymmetry(start);
        requestPlane();
    }

    /** Compares back-propagation with finite differences for the current network, on a background thread. */
    public void checkGradients() {
        if (checking.get()) return;
        NetworkSpec spec = network.get();
        List<Sample> train = data.get().train();
        List<Sample> samples = train.subList(0, Math.min(CHECK_SAMPLES, train.size()));
        checking.set(true);
        int at = generation;
        checks.execute(() -> {
            GradientCheck.Report report = null;
            String failure = null;
            try {
                report = GradientCheck.check(spec, samples);
            } catch (RuntimeException e) {
                failure = describe(e);
            }
            GradientCheck.Report done = report;
            String why = failure;
            Platform.runLater(() -> {
                checking.set(false);
                if (at != generation && done != null) return;
                if (why != null) problem.set(Messages.format("training.checkFailed", why));
                else gradientReport.set(done);
            });
        });
    }

    /** The network trained so far with its data, as the stepped pass shows it. */
    public NetworkDocument document() {
        return new NetworkDocument(name.get(), network.get(), data.get(), 0);
    }

    /**
     * Applies the latest snapshot, if any, to the properties. The animation timer calls it every frame while a
     * run is going; tests may call it directly.
     */
    public void drain() {
        Frame frame = latest.getAndSet(null);
        if (frame == null || frame.generation() != generation) return;
        apply(frame.iteration(), frame.network(), frame.trainLoss(), frame.testLoss(), frame.gradientSizes());
    }

    // --- the worker

    private void launch(int iterations) {
        NetworkSpec from = network.get().withLearningRate(learningRate.get());
        Dataset current = data.get();
        List<Sample> train = current.train();
        List<Sample> test = current.test();
        int perSecond = pace.get();
        int every = Math.max(1, Math.min(perSecond > 0 ? perSecond / 30 : 50, batchesPerEpoch()));
        TrainingOptions options;
        try {
            options = new TrainingOptions(iterations, batchSize.get(), every, 2, momentum.get(), l2.get(), l1.get(),
                    dropout.get(), shuffle.get(), seed.get() + iteration.get(), every);
        } catch (IllegalArgumentException e) {
            reject(describe(e));
            return;
        }
        int at = generation;
        int offset = iteration.get();
        double target = targetLoss.get();
        LossCurve.Recorder curve = recorder;
        Stopping.Settings rules = stopping.get();
        AtomicBoolean halt = new AtomicBoolean();
        AtomicBoolean targetReached = new AtomicBoolean();
        stopRequested = halt;
        problem.set(risingProblem());
        message.set("");
        state.set(State.RUNNING);
        Thread worker = new Thread(() -> {
            long began = System.nanoTime();
            TrainingResult result;
            try {
                TrainingListener listener = snapshot -> {
                    if (halt.get()) return false;
                    int done = offset + snapshot.iteration();
                    double trainNow = Trainer.loss(snapshot.network(), train);
                    double testNow = test.isEmpty() ? Double.NaN : Trainer.loss(snapshot.network(), test);
                    if (Double.isFinite(trainNow)) curve.add(done, trainNow, testNow);
                    latest.set(new Frame(at, done, trainNow, testNow, snapshot.network(), snapshot.gradientSizes()));
                    if (target > 0 && trainNow <= target) {
                        targetReached.set(true);
                        return false;
                    }
                    if (perSecond > 0) Pace.waitFor(began, snapshot.iteration(), perSecond, halt);
                    return !halt.get();
                };
                result = rules.isOff() ? Trainer.train(from, train, options, listener)
                        : Stopping.train(rules, from, train, options, iterations, offset, curve, listener);
            } catch (RuntimeException e) {
                String why = describe(e);
                Platform.runLater(() -> failed(at, why));
                return;
            }
            double testEnd = test.isEmpty() ? Double.NaN : Trainer.loss(result.network(), test);
            Platform.runLater(() -> finished(at, offset, result, testEnd, targetReached.get()));
        }, "training");
        worker.setDaemon(true);
        worker.start();
        drainer.start();
    }

    private void finished(int at, int offset, TrainingResult result, double testEnd, boolean targetReached) {
        if (at != generation) return;
        drainer.stop();
        drain();
        int done = offset + result.updates();
        double trainEnd = result.finalError();
        if (Double.isFinite(trainEnd)) recorder.add(done, trainEnd, testEnd);
        apply(done, result.network(), trainEnd, testEnd, result.gradientSizes());
        if (result.diverged()) {
            state.set(State.DIVERGED);
            problem.set(Messages.format("training.diverged", result.message()));
        } else if (targetReached || (targetLoss.get() > 0 && trainEnd <= targetLoss.get())) {
            state.set(State.FINISHED);
            message.set(Messages.format("training.targetReached", format(targetLoss.get()), String.valueOf(done)));
        } else if (Stopping.stoppedByRule(result)) {
            state.set(State.FINISHED);
            message.set(Messages.format("training.stop.stopped", result.message()));
        } else if (done >= totalIterations()) {
            state.set(State.FINISHED);
            message.set(Messages.format("training.finished", String.valueOf(done), format(trainEnd)));
        } else {
            state.set(State.PAUSED);
            message.set(Messages.format("training.paused", String.valueOf(done), format(trainEnd)));
        }
        publish(document());
    }

    private void failed(int at, String why) {
        if (at != generation) return;
        drainer.stop();
        drain();
        state.set(State.PAUSED);
        problem.set(Messages.format("training.failed", why));
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
        requestPlane();
    }

    /** A warning when the training loss has risen well above where it started (a learning rate too high). */
    private String risingProblem() {
        LossCurve curve = recorder.copy();
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curve.size(); i++) highest = Math.max(highest, curve.train(i));
        if (!(startLoss > 0) || !(highest > RISING_FACTOR * startLoss)) return "";
        return Messages.format("training.rising", format(startLoss), format(highest), format(learningRate.get()));
    }

    private void updateSymmetry(NetworkSpec spec) {
        symmetry.set(Symmetry.describe(spec));
    }

    /** Computes the plane of the hovered (else output) neuron on a background thread, keeping only the latest request. */
    private void requestPlane() {
        NetworkSpec spec = network.get();
        Dataset current = data.get();
        if (spec == null || current == null || spec.size(0) != 2) {
            plane.set(null);
            return;
        }
        Neuron chosen = hovered.get();
        int top = spec.layerCount() - 1;
        if (chosen == null || chosen.layer() > top || chosen.index() >= spec.size(chosen.layer())) {
            chosen = new Neuron(top, spec.size(top) - 1);
        }
        Neuron neuron = chosen;
        double[] bounds = Planes.bounds(current);
        int at = generation;
        Runnable task = () -> {
            Plane computed = Planes.compute(spec, neuron, bounds[0], bounds[1], Planes.RESOLUTION);
            Platform.runLater(() -> {
                if (at == generation) plane.set(computed);
            });
        };
        if (pendingPlane.getAndSet(task) == null) {
            planes.execute(() -> {
                Runnable next = pendingPlane.getAndSet(null);
                if (next != null) next.run();
            });
        }
    }

    /** Stops the worker (its late results are ignored) without touching the network. */
    private void stop() {
        stopRequested.set(true);
        drainer.stop();
        latest.set(null);
        generation++;
        if (isRunning()) state.set(State.PAUSED);
    }

    /**
     * Hands the trained network to the stepped-pass tab as one model change. The only place this tab writes
     * to the shared model.
     */
    private void publish(Document trained) {
        if (studio != null) studio.replaceDocumentInBackground(trained, Messages.format("training.undoReason", totalIterations()));
    }

    private EditResult number(String key, String text, double min, boolean minIncluded, double below, DoubleConsumer set) {
        String what = Messages.get(key);
        EditResult parsed = NumberInput.parse(what, text);
        if (!parsed.accepted()) return reject(parsed.message());
        double v = parsed.value();
        boolean low = minIncluded ? v < min : v <= min;
        if (low || v >= below) {
            return reject(Messages.format(minIncluded ? "training.range" : "training.rangeAbove", what, text.strip(), format(min), format(below)));
        }
        set.accept(v);
        problem.set("");
        return parsed;
    }

    private EditResult whole(String key, String text, int min, int max, java.util.function.IntConsumer set) {
        String what = Messages.get(key);
        EditResult parsed = NumberInput.parse(what, text);
        if (!parsed.accepted()) return reject(parsed.message());
        double v = parsed.value();
        if (v != Math.rint(v)) return reject(Messages.format("training.wholeNumber", what, text.strip()));
        if (v < min || v > max) return reject(Messages.format("training.wholeRange", what, text.strip(), String.valueOf(min), String.valueOf(max)));
        set.accept((int) v);
        problem.set("");
        return parsed;
    }

    private static ExecutorService daemon(String threadName) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    private EditResult reject(String why) {
        problem.set(why);
        return EditResult.rejected(why);
    }

    private static String describe(RuntimeException e) {
        return Problems.text(e);
    }

    /** A number as the tab prints it: four significant digits, a dash for no number. */
    public static String format(double value) {
        if (Double.isNaN(value)) return "—";
        if (value == 0) return "0";
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", value);
    }
}

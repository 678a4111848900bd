package studio.backprop.app.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.NumberInput;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.LatestWins.Outcome;
import studio.backprop.app.support.Messages;
import studio.backprop.core.data.CsvImport;
import studio.backprop.core.data.CsvTable;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;

/**
 * What the Training tab trains: a preset's network and data, generated or imported data, and the network's
 * shape. Each command checks its input and returns one message naming what is wrong (nothing changes then);
 * otherwise it hands the model a new start and the model resets. Generating data and reading or converting a
 * CSV file run in the background on a {@link LatestWins} channel; their futures complete on the JavaFX thread
 * once the data is in use or refused.
 */
public final class TrainingSetup {
    private final TrainingModel model;
    private final Consumer<String> message;
    private final Consumer<String> problem;
    private final ReadOnlyObjectWrapper<String> name = new ReadOnlyObjectWrapper<>(this, "name", "");
    private final ReadOnlyObjectWrapper<Dataset> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<Structure> structure = new ReadOnlyObjectWrapper<>(this, "structure");
    private final LatestWins<Dataset> datasets = new LatestWins<>("training-data");
    private final LatestWins<CsvTable> files = new LatestWins<>("training-csv");
    /** The preset's own network, which the fixed start keeps. */
    private NetworkSpec presetNetwork;
    /** The network training starts from after a reset. */
    private NetworkSpec start;

    TrainingSetup(TrainingModel model, Consumer<String> message, Consumer<String> problem) {
        this.model = model;
        this.message = message;
        this.problem = problem;
    }

    /** The presets that hold a network, in menu order. */
    public static List<String> networkPresets() {
        return Presets.names().stream().filter(n -> Presets.load(n).document() instanceof NetworkDocument).toList();
    }

    /** The loaded preset's or data set's name. */
    public ReadOnlyObjectProperty<String> nameProperty() { return name.getReadOnlyProperty(); }

    /** The training and test samples. */
    public ReadOnlyObjectProperty<Dataset> dataProperty() { return data.getReadOnlyProperty(); }

    /** The network's shape as the user set it. */
    public ReadOnlyObjectProperty<Structure> structureProperty() { return structure.getReadOnlyProperty(); }

    /** The network a reset goes back to. */
    NetworkSpec start() { return start; }

    /** Loads a preset: its network, data and training defaults; rejected (nothing changes) for an expression preset. */
    public EditResult loadPreset(String presetName) {
        Session session;
        try {
            session = Presets.load(presetName);
        } catch (RuntimeException e) {
            return refuse(TrainingModel.describe(e));
        }
        if (!(session.document() instanceof NetworkDocument document)) return refuse(Messages.format("training.notNetwork", presetName));
        model.stop();
        model.form().load(session.training(), document.network().learningRate());
        model.stopping().load(session.training());
        name.set(presetName);
        presetNetwork = document.network();
        data.set(document.data());
        structure.set(Structure.of(document.network()));
        start = document.network();
        model.restart(true);
        message.accept(Messages.format("training.loaded", presetName, Structure.shape(start.sizes()),
                String.valueOf(document.data().train().size()), String.valueOf(document.data().test().size())));
        return EditResult.accepted(Double.NaN);
    }

    /** Builds a new network of this shape for the current data and resets; rejected with a message if it does not fit. */
    public EditResult applyStructure(Structure next) {
        Sample first = data.get().train().get(0);
        NetworkSpec built;
        try {
            built = next.build(first.inputCount(), first.targetCount(), model.form().learningRateProperty().get(), presetNetwork);
            NetworkSpecs.requireSupported(built);
        } catch (IllegalArgumentException e) {
            return refuse(Messages.format("training.structureRefused", TrainingModel.describe(e)));
        }
        model.stop();
        structure.set(next);
        start = built;
        model.restart(false);
        message.accept(Messages.format("training.built", Structure.shape(built.sizes()), next.init().name().toLowerCase(Locale.ROOT)));
        return EditResult.accepted(Double.NaN);
    }

    /** As {@link #applyStructure}, with the seed as typed (a whole number ≥ 0). */
    public EditResult buildNetwork(List<Integer> hidden, List<Activation> hiddenActivations, Activation outputActivation,
                                   Loss lossChoice, Structure.Init init, String seedText) {
        long[] seed = new long[1];
        EditResult seedOk = model.form().whole("training.network.initSeed", seedText, 0, Integer.MAX_VALUE, v -> seed[0] = v);
        if (!seedOk.accepted()) return seedOk;
        return applyStructure(new Structure(hidden, hiddenActivations, outputActivation, lossChoice, init, seed[0]));
    }

    /** The lecture's single sample (inputs 0.05, 0.10; targets 0.01, 0.99). */
    public EditResult useLectureSample() {
        return useData(Datasets.lecture());
    }

    /** The four XOR points. */
    public EditResult useXor() {
        return useData(Datasets.xor());
    }

    /**
     * Trains on this data from now on: the network is rebuilt for its inputs and outputs (single 0/1 targets
     * become two for a softmax output) and training resets.
     */
    public EditResult useData(Dataset next) {
        Dataset fitted = next;
        Structure shape = structure.get();
        try {
            if (shape.output() == Activation.SOFTMAX && next.train().get(0).targetCount() == 1) fitted = Datasets.oneHot(next);
            Sample first = fitted.train().get(0);
            Structure rebuilt = shape.fittedTo(first.inputCount(), first.targetCount(), presetNetwork);
            NetworkSpec built = rebuilt.build(first.inputCount(), first.targetCount(), model.form().learningRateProperty().get(), presetNetwork);
            NetworkSpecs.requireSupported(built);
            model.stop();
            data.set(fitted);
            name.set(fitted.name());
            structure.set(rebuilt);
            start = built;
        } catch (IllegalArgumentException e) {
            return refuse(Messages.format("training.dataRefused", TrainingModel.describe(e)));
        }
        model.restart(false);
        message.accept(Messages.format("training.dataLoaded", fitted.name(), String.valueOf(fitted.train().size()),
                String.valueOf(fitted.test().size()), Structure.shape(start.sizes())));
        return EditResult.accepted(Double.NaN);
    }

    /** Generates one of Playground's 2-D sets in the background; a bad setting is refused at once with a message naming it. */
    public CompletableFuture<EditResult> generate(Datasets.Shape shape, String count, String noise, String dataSeed, String testPercent) {
        EditResult n = NumberInput.parse(Messages.get("training.data.count"), count);
        EditResult level = NumberInput.parse(Messages.get("training.data.noise"), noise);
        EditResult s = NumberInput.parse(Messages.get("training.data.seed"), dataSeed);
        EditResult test = NumberInput.parse(Messages.get("training.data.test"), testPercent);
        for (EditResult r : List.of(n, level, s, test)) if (!r.accepted()) return refused(r.message());
        if (n.value() != Math.rint(n.value()) || n.value() < 2 || n.value() > 5000) {
            return refused(Messages.format("training.dataRefused", Messages.format("training.data.countRange", count.strip())));
        }
        if (s.value() != Math.rint(s.value())) {
            return refused(Messages.format("training.dataRefused",
                    Messages.format("training.wholeNumber", Messages.get("training.data.seed"), dataSeed.strip())));
        }
        return inBackground(stale -> Datasets.generate(shape, (int) n.value(), level.value(), (long) s.value(), test.value() / 100),
                e -> Messages.format("training.dataRefused", TrainingModel.describe(e)));
    }

    /** Reads a CSV file in the background; on a problem (naming the file and line) the problem is shown and nothing is returned. */
    public CompletableFuture<Optional<CsvTable>> readCsv(Path file) {
        CompletableFuture<Optional<CsvTable>> table = new CompletableFuture<>();
        files.submit(stale -> CsvImport.read(file), read -> table.complete(Optional.of(read)), e -> problem.accept(TrainingModel.describe(e)))
                .thenAccept(outcome -> table.complete(Optional.empty()));
        return table;
    }

    /**
     * Trains on the chosen columns of an imported table, holding out {@code testPercent} per cent of the rows
     * (split with the form's seed); a bad cell is refused with a message naming its line and column.
     */
    public CompletableFuture<EditResult> importCsv(CsvTable table, String dataName, List<String> inputs, List<String> targets,
                                                   String testPercent) {
        EditResult test = NumberInput.parse(Messages.get("training.data.test"), testPercent);
        if (!test.accepted()) return refused(test.message());
        long seed = model.form().seedProperty().get();
        return inBackground(stale -> table.toDataset(dataName, inputs, targets, test.value() / 100, seed), TrainingModel::describe);
    }

    /** Makes the data in the background and then uses it; a failure is refused with {@code why}'s message. */
    private CompletableFuture<EditResult> inBackground(LatestWins.Work<Dataset> work, Function<Throwable, String> why) {
        CompletableFuture<EditResult> result = new CompletableFuture<>();
        datasets.submit(work, made -> result.complete(useData(made)), e -> result.complete(refuse(why.apply(e))))
                .thenAccept(outcome -> {
                    if (outcome == Outcome.STALE) result.complete(EditResult.rejected(Messages.get("training.dataSuperseded")));
                });
        return result;
    }

    private EditResult refuse(String why) {
        problem.accept(why);
        return EditResult.rejected(why);
    }

    private CompletableFuture<EditResult> refused(String why) {
        return CompletableFuture.completedFuture(refuse(why));
    }
}

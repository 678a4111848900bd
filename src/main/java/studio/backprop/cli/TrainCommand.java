package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Limits;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionFiles;
import studio.backprop.core.io.TrainingSettings;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingOptions;
import studio.backprop.core.train.TrainingResult;

/** {@code train}: N updates of SGD; the error after the first and the last, the loss every so often, final weights. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network: error after the first update and after the last, loss every so often, "
                + "final weights and outputs. A run too long to finish in about 30 s is refused up front; "
                + "a run that diverges stops with exit code 1.")
final class TrainCommand extends SourceCommand {
    @Mixin
    DigitsOption digits;

    @ArgGroup(exclusive = true, heading = "%nHow long (one of them; default: the session's):%n") Length length;
    @ArgGroup(validate = false, heading = "%nEach update:%n") Update update = new Update();
    @ArgGroup(validate = false, heading = "%nRegularisation:%n") Regularisation regularisation = new Regularisation();
    @ArgGroup(validate = false, heading = "%nThe reading list (Nielsen, ch. 3): expanded data, stopping, schedules:%n") ReadingOptions reading = new ReadingOptions();
    @Option(names = "--every", paramLabel = "K") Integer every;

    /** The run's length: a number of updates or of passes over the training set. */
    static final class Length {
        @Option(names = "--iterations", paramLabel = "N") Integer iterations;
        @Option(names = "--epochs", paramLabel = "N") Integer epochs;
    }

    /** How each update is made. */
    static final class Update {
        @Option(names = "--batch-size", paramLabel = "N") Integer batchSize;
        @Option(names = "--momentum", paramLabel = "MU") Double momentum;
        @Option(names = "--shuffle", negatable = true) Boolean shuffle;
        @Option(names = "--seed", paramLabel = "N") Long seed;
        @Option(names = "--update-order", paramLabel = "ORDER") String updateOrder;
    }

    /** What the loss adds to keep the weights small, and dropout. */
    static final class Regularisation {
        @Option(names = "--l2", paramLabel = "LAMBDA") Double l2;
        @Option(names = "--l1", paramLabel = "LAMBDA") Double l1;
        @Option(names = "--dropout", paramLabel = "P") Double dropout;
    }

    @Override
    public Integer call() {
        Session session = source.session();
        if (!(session.document() instanceof NetworkDocument document)) {
            throw new IllegalArgumentException("train needs a network (--preset mazur, xor, … or a network session); "
                    + "an expression has nothing to train");
        }
        NetworkSpec network = document.network();
        if (update.updateOrder != null) network = network.withUpdateOrder(parseOrder(update.updateOrder));
        List<Sample> train = document.data().train();
        TrainingSettings defaults = session.training();
        TrainingSettings settings = defaults.overriddenBy(commandLine());
        TrainingOptions chosen = settings.toOptions();
        int perEpoch = chosen.batchesPerEpoch(train.size());
        int batch = chosen.batchSize() == 0 ? train.size() : Math.min(chosen.batchSize(), train.size());
        if (length != null && length.iterations != null) inRange("--iterations", length.iterations, 1, Limits.MAX_ITERATIONS);
        if (length != null && length.epochs != null) inRange("--epochs", length.epochs, 1, Limits.MAX_EPOCHS);
        long iterationCount = settings.updates(train.size()).orElseThrow(() -> new IllegalArgumentException(
                "train needs --iterations N or --epochs N (" + source.title() + " sets no default length)"));
        if (iterationCount > Limits.MAX_ITERATIONS) {
            throw new IllegalArgumentException(Limits.count(iterationCount / perEpoch) + " epochs of " + perEpoch
                    + " iterations each are " + Limits.count(iterationCount) + " iterations, more than the limit of "
                    + Limits.count(Limits.MAX_ITERATIONS));
        }
        int iterations = (int) iterationCount;
        TrainingOptions options = settings.toOptions(iterations, train.size());
        Limits.requireWork(Trainer.work(network, train.size(), options), "this run of " + Limits.count(iterations) + " iteration"
                + (iterations == 1 ? "" : "s") + " on " + Limits.count(network.parameterCount()) + " weights and biases",
                "use fewer iterations, a smaller batch or a smaller network");
        reading.check(defaults, document);
        NumberStyle style = digits.style();
        PrintWriter out = out();
        out.printf("%s: %s network, %s loss, learning rate %s, %d training sample%s, batch %d, %s order%n",
                source.title(), shape(network), network.loss().id(), style.format(network.learningRate()), train.size(),
                train.size() == 1 ? "" : "s", Math.min(batch, train.size()),
                network.updateOrder() == UpdateOrder.EXACT ? "exact" : "layer-by-layer");
        String techniques = techniques(options, style);
        if (!techniques.isEmpty()) out.println("techniques: " + techniques);

        if (reading.isSet(defaults)) return reading.run(out, document, network, options, iterations, defaults, style);
        TrainingResult result = Trainer.train(network, train, options);

        out.println("error before training: " + style.format(Trainer.loss(network, train)));
        if (result.updates() >= 1 && Double.isFinite(result.firstUpdateError())
                && !(result.diverged() && result.updates() == 1)) {
            out.println("error after the first update: " + style.format(result.firstUpdateError()));
        }
        printHistory(out, result, iterations, style);
        if (result.diverged()) {
            // the history up to the divergence stays on stdout; no result of a diverged run is printed as one
            out.flush();
            spec.commandLine().getErr().println("train: " + result.message());
            return Cli.CHECK_FAILED;
        }
        out.println("error after " + result.updates() + " update" + (result.updates() == 1 ? "" : "s") + ": "
                + style.format(result.finalError()));
        printWeights(out, result.network(), style);
        printOutputs(out, result, style);
        if (!document.data().test().isEmpty()) {
            out.println("test accuracy: " + NumberStyle.digits(4).format(
                    Accuracy.of(result.network(), document.data().test())));
        }
        printErrata(out, document, network, iterations);
        return 0;
    }

    /** The command-line options as settings that override the session's; a bad value names its option. */
    private TrainingSettings commandLine() {
        Update u = update;
        Regularisation r = regularisation;
        if (u.batchSize != null) inRange("--batch-size", u.batchSize, 0, SessionFiles.MAX_SAMPLES);
        if (every != null) inRange("--every", every, 1, Limits.MAX_ITERATIONS);
        if (u.momentum != null) checked("--momentum", b -> b.momentum(u.momentum));
        if (r.l2 != null) checked("--l2", b -> b.l2(r.l2));
        if (r.l1 != null) checked("--l1", b -> b.l1(r.l1));
        if (r.dropout != null) checked("--dropout", b -> b.dropout(r.dropout));
        return new TrainingSettings(length == null ? null : length.epochs, length == null ? null : length.iterations,
                u.batchSize, u.momentum, r.l2, r.l1, r.dropout, u.shuffle, u.seed);
    }

    /** The value when it is within [min, max]; else one line naming the option and the range. */
    static int inRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " " + value + ": must be from " + Limits.count(min) + " to "
                    + Limits.count(max));
        }
        return value;
    }

    /** Refuses one option's value in one line naming the option, as the options' own checks word it. */
    private static void checked(String option, UnaryOperator<TrainingOptions.Builder> value) {
        try {
            value.apply(TrainingOptions.builder()).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }

    /** The techniques in use, e.g. "momentum 0.9, L2 0.001, shuffled (seed 1)"; empty for plain SGD. */
    private static String techniques(TrainingOptions options, NumberStyle style) {
        List<String> parts = new ArrayList<>();
        if (options.momentum() > 0) parts.add("momentum " + style.format(options.momentum()));
        if (options.l2() > 0) parts.add("L2 " + style.format(options.l2()));
        if (options.l1() > 0) parts.add("L1 " + style.format(options.l1()));
        if (options.dropout() > 0) parts.add("dropout " + style.format(options.dropout()));
        if (options.shuffle()) parts.add("shuffled every epoch");
        if (options.shuffle() || options.dropout() > 0) parts.add("seed " + options.seed());
        return String.join(", ", parts);
    }

    private void printHistory(PrintWriter out, TrainingResult result, int iterations, NumberStyle style) {
        int step = every != null ? every : Math.max(1, iterations / 10);
        out.println("iteration  loss (before that iteration's update)");
        var history = result.history();
        int next = 1;
        for (int i = 0; i < history.size(); i++) {
            int iteration = history.iteration(i);
            if (iteration >= next) {
                out.printf("%9d  %s%n", iteration, style.format(history.loss(i)));
                next = (iteration / step + 1) * step;
            }
        }
    }

    private static void printWeights(PrintWriter out, NetworkSpec network, NumberStyle style) {
        out.println("final parameters:");
        StringBuilder line = new StringBuilder();
        int shown = 0;
        for (Element parameter : NetworkSpecs.parameters(network)) {
            if (shown == 200) {
                out.println("  … (" + (NetworkSpecs.parameters(network).size() - shown) + " more)");
                return;
            }
            line.setLength(0);
            line.append("  ").append(NetworkSpecs.name(network, parameter)).append(" = ")
                    .append(style.format(NetworkSpecs.value(network, parameter)));
            out.println(line);
            shown++;
        }
    }

    private static void printOutputs(PrintWriter out, TrainingResult result, NumberStyle style) {
        double[][] outputs = result.outputs();
        int samples = Math.min(outputs.length, 8);
        for (int s = 0; s < samples; s++) {
            StringBuilder line = new StringBuilder("outputs, sample " + (s + 1) + ":");
            for (int k = 0; k < outputs[s].length; k++) {
                line.append(k == 0 ? " " : ", ").append(NetworkNames.out(result.network(), result.network().layerCount() - 1, k))
                        .append(" = ").append(style.format(outputs[s][k]));
            }
            out.println(line);
        }
        if (outputs.length > samples) out.println("outputs of " + (outputs.length - samples) + " more samples not shown");
    }

    /** Where the lecture's printed summary figures differ, say so beside the exact ones. */
    private static void printErrata(PrintWriter out, NetworkDocument document, NetworkSpec trained, int iterations) {
        boolean lecture = trained.equals(LectureNetwork.spec()) && document.data().train().size() == 1
                && document.data().train().get(0).equals(LectureNetwork.sample());
        if (!lecture) return;
        out.println("note: " + erratum(LectureNumbers.FIRST_ROUND_ERROR));
        if (iterations == 10_000) {
            out.println("note: " + erratum(LectureNumbers.TEN_THOUSAND_ROUNDS_ERROR));
            out.println("note: " + erratum(LectureNumbers.TEN_THOUSAND_ROUNDS_OUT_O1));
            out.println("note: " + erratum(LectureNumbers.TEN_THOUSAND_ROUNDS_OUT_O2));
        }
    }

    private static String erratum(LectureNumbers.Erratum e) {
        return "the lecture prints " + e.printed() + " for " + e.quantity() + "; the exact value is "
                + NumberStyle.LECTURE.format(e.exact()) + ". " + e.explanation();
    }

    static String shape(NetworkSpec network) {
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < network.layerCount(); l++) out.append(l == 0 ? "" : "-").append(network.size(l));
        out.append(' ');
        List<String> ids = network.activations().stream().map(a -> a.id()).distinct().toList();
        out.append(String.join("/", ids));
        return out.toString();
    }

    static UpdateOrder parseOrder(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "exact" -> UpdateOrder.EXACT;
            case "layer-by-layer" -> UpdateOrder.LAYER_BY_LAYER;
            default -> throw new IllegalArgumentException("--update-order: unknown order '" + text + "' (one of exact, layer-by-layer)");
        };
    }
}

package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;
import studio.backprop.core.data.Digits;
import studio.backprop.core.data.Expansion;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.TrainingSettings;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.Classification;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.ExpansionComparison;
import studio.backprop.core.train.Schedule;
import studio.backprop.core.train.ScheduledTraining;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingOptions;

/**
 * The reading list's training options (Nielsen, ch. 3): {@code --expand} compares the test accuracy with and
 * without expanded training images; {@code --early-stop N}, {@code --schedule} and {@code --validation F} train
 * epoch by epoch with a validation split, printing every change of η and the epoch and reason of the stop.
 * Each falls back to the session's {@code training} block.
 */
final class ReadingOptions {
    @Option(names = "--expand", paramLabel = "KIND") String expand;
    @Option(names = "--early-stop", paramLabel = "N") Integer earlyStop;
    @Option(names = "--schedule", paramLabel = "KIND") String schedule;
    @Option(names = "--stop-on", paramLabel = "MEASURE") String stopOn;
    @Option(names = "--validation", paramLabel = "F") Double validation;

    /** Whether any of these options, on the command line or in the session, asks for more than plain training. */
    boolean isSet(TrainingSettings defaults) {
        return expandKind(defaults) != Expansion.Kind.NONE || patience(defaults) > 0
                || scheduleKind(defaults) != Schedule.Kind.CONSTANT;
    }

    /** Refuses a bad or incomplete choice in one line before anything is printed. */
    void check(TrainingSettings defaults, NetworkDocument document) {
        Expansion.Kind kind = expandKind(defaults);
        int patience = patience(defaults);
        Schedule.Kind schedule = scheduleKind(defaults);
        measure(defaults);
        double share = share(defaults);
        if (kind != Expansion.Kind.NONE && (patience > 0 || schedule != Schedule.Kind.CONSTANT)) {
            throw new IllegalArgumentException("--expand compares two plain runs: use it without --early-stop and --schedule");
        }
        if (kind != Expansion.Kind.NONE && document.network().size(0) != Digits.PIXELS) {
            throw new IllegalArgumentException("--expand works on 8×8 images (64 inputs), and this network has " + document.network().size(0));
        }
        if (kind != Expansion.Kind.NONE && document.data().test().isEmpty()) {
            throw new IllegalArgumentException("--expand needs test images to measure on; this data has none");
        }
        if ((patience > 0 || schedule == Schedule.Kind.PLATEAU) && Math.round(document.data().train().size() * share) == 0) {
            throw new IllegalArgumentException((patience > 0 ? "--early-stop" : "--schedule plateau")
                    + " needs a validation split: add --validation F (e.g. 0.1 holds out the last tenth of the training samples)");
        }
    }

    /** Runs what was asked and prints it; returns the exit code. */
    int run(PrintWriter out, NetworkDocument document, NetworkSpec network, TrainingOptions options, int iterations,
            TrainingSettings defaults, NumberStyle style) {
        Expansion.Kind kind = expandKind(defaults);
        if (kind != Expansion.Kind.NONE) {
            if (patience(defaults) > 0 || scheduleKind(defaults) != Schedule.Kind.CONSTANT) {
                throw new IllegalArgumentException("--expand compares two plain runs: use it without --early-stop and --schedule");
            }
            return expand(out, document, network, options, iterations, kind);
        }
        return schedule(out, document, network, options, iterations, defaults, style);
    }

    private int expand(PrintWriter out, NetworkDocument document, NetworkSpec network, TrainingOptions options, int iterations,
                       Expansion.Kind kind) {
        if (network.size(0) != Digits.PIXELS) {
            throw new IllegalArgumentException("--expand works on 8×8 images (64 inputs), and this network has " + network.size(0));
        }
        if (document.data().test().isEmpty()) throw new IllegalArgumentException("--expand needs test images to measure on; this data has none");
        int epochs = epochs(document.data().train(), options, iterations);
        ExpansionComparison comparison = ExpansionComparison.run(network, document.data(), options, epochs, kind, fraction -> { });
        out.printf("expansion: %s, %d cop%s of each training image (%d → %d training samples), %d epochs each, same seed%n",
                kind.id(), kind.copies(), kind.copies() == 1 ? "y" : "ies", comparison.plainSamples(), comparison.expandedSamples(), epochs);
        NumberStyle four = NumberStyle.digits(4);
        out.println("test accuracy without expansion: " + four.format(comparison.plainAccuracy()));
        out.println("test accuracy with expansion:    " + four.format(comparison.expandedAccuracy()));
        return 0;
    }

    private int schedule(PrintWriter out, NetworkDocument document, NetworkSpec network, TrainingOptions options, int iterations,
                         TrainingSettings defaults, NumberStyle style) {
        List<Sample> all = document.data().train();
        double share = share(defaults);
        int held = (int) Math.round(all.size() * share);
        if (held >= all.size()) held = all.size() - 1;
        List<Sample> train = all.subList(0, all.size() - held);
        List<Sample> validate = all.subList(all.size() - held, all.size());
        int patience = patience(defaults);
        Schedule.Kind kind = scheduleKind(defaults);
        EarlyStopping.Measure measure = measure(defaults);
        ScheduledTraining.Plan plan = new ScheduledTraining.Plan(Schedule.named(kind.id(), patience > 0 ? patience : 10), patience,
                measure, epochs(train, options, iterations));
        if (plan.needsValidation() && validate.isEmpty()) {
            throw new IllegalArgumentException((patience > 0 ? "--early-stop" : "--schedule plateau")
                    + " needs a validation split: add --validation F (e.g. 0.1 holds out the last tenth of the training samples)");
        }
        out.printf("schedule: %s; early stopping: %s; validation: %d of %d training samples held out%n", plan.schedule().describe(),
                patience > 0 ? "after " + patience + " epochs without improvement in validation " + measure.id() : "off",
                validate.size(), all.size());
        ScheduledTraining.Result result = ScheduledTraining.run(network, train, validate, options, plan);
        out.println("error before training: " + style.format(Trainer.loss(network, train)));
        for (ScheduledTraining.Event event : result.events()) {
            if (event.kind() == ScheduledTraining.Event.Kind.RATE_CHANGED) {
                out.println("epoch " + event.epoch() + " (iteration " + event.iteration() + "): " + event.reason());
            }
        }
        out.println((result.ending() == ScheduledTraining.Ending.COMPLETED ? "" : "stopped at ") + result.reason());
        out.println("error after " + result.updates() + " update" + (result.updates() == 1 ? "" : "s") + ": "
                + style.format(Trainer.loss(result.network(), train)));
        if (!validate.isEmpty()) {
            out.println("validation accuracy: " + NumberStyle.digits(4).format(Classification.accuracy(result.network(), validate)));
        }
        if (!document.data().test().isEmpty()) {
            out.println("test accuracy: " + NumberStyle.digits(4).format(Classification.accuracy(result.network(), document.data().test())));
        }
        return result.ending() == ScheduledTraining.Ending.DIVERGED ? Cli.BAD_INPUT : 0;
    }

    /** These options on top of the session's, through the same mapping as {@code train}'s other options. */
    private TrainingSettings merged(TrainingSettings defaults) {
        return defaults.overriddenBy(new TrainingSettings(null, null, null, null, null, null, null, null, null, expand, earlyStop,
                schedule, stopOn, validation));
    }

    private double share(TrainingSettings defaults) {
        double share = merged(defaults).validationShare();
        if (!(share >= 0 && share < 1)) throw new IllegalArgumentException("--validation must be at least 0 and below 1, not " + share);
        return share;
    }

    private EarlyStopping.Measure measure(TrainingSettings defaults) {
        return merged(defaults).measure();
    }

    private Expansion.Kind expandKind(TrainingSettings defaults) {
        String id = merged(defaults).expand();
        return id == null ? Expansion.Kind.NONE : Expansion.Kind.parse(id);
    }

    private Schedule.Kind scheduleKind(TrainingSettings defaults) {
        return merged(defaults).scheduleKind();
    }

    private int patience(TrainingSettings defaults) {
        int n = merged(defaults).patience();
        if (n < 0) throw new IllegalArgumentException("--early-stop must be 0 (off) or a positive number of epochs, not " + n);
        return n;
    }

    /** Whole epochs covering the iterations. */
    private static int epochs(List<Sample> train, TrainingOptions options, int iterations) {
        int perEpoch = options.batchesPerEpoch(train.size());
        return Math.max(1, (iterations + perEpoch - 1) / perEpoch);
    }
}

package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.io.Limits;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.train.LossCurves;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingOptions;

/**
 * {@code curves}: loss curves side by side, full batch. SGD, momentum and BFGS on the same network (Welch Labs,
 * part 6), or with {@code --test} the training and test cost of one SGD run (part 7; Nielsen, chapter 3).
 */
@Command(name = "curves", mixinStandardHelpOptions = true,
        description = "Print loss curves: SGD, momentum and BFGS side by side, or training against test cost (--test).")
final class CurvesCommand extends SourceCommand {
    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100") int iterations;
    @Option(names = "--every", paramLabel = "K", defaultValue = "10") int every;

    @Option(names = "--l2", paramLabel = "LAMBDA", defaultValue = "0") double l2;

    @Option(names = "--test") boolean test;

    @Override
    public Integer call() {
        if (!(source.session().document() instanceof NetworkDocument network)) {
            throw new IllegalArgumentException("curves: loss curves need a network, not an expression");
        }
        TrainCommand.inRange("--iterations", iterations, 1, Limits.MAX_CURVE_ITERATIONS);
        TrainCommand.inRange("--every", every, 1, Limits.MAX_CURVE_ITERATIONS);
        if (!(l2 >= 0) || !(l2 <= 1e12)) throw new IllegalArgumentException("--l2 " + l2 + ": λ must be 0 or a positive number up to 1e12");
        List<Sample> train = network.data().train();
        NetworkSpec shape = network.network();
        double parameters = shape.parameterCount();
        double sgd = Trainer.work(shape, train.size(), TrainingOptions.iterations(iterations)) * (l2 > 0 ? 2 : 1);
        String run = Limits.count(iterations) + " iteration" + (iterations == 1 ? "" : "s") + " on "
                + Limits.count(shape.parameterCount()) + " weights and biases";
        if (test) {
            Limits.requireWork(sgd + (double) iterations * (train.size() + network.data().test().size()) * parameters,
                    "curves --test with " + run, "use fewer iterations or a smaller network");
        } else {
            if (shape.parameterCount() > Limits.MAX_BFGS_PARAMETERS) {
                throw new IllegalArgumentException("BFGS keeps two n × n matrices, so curves compares it on networks of at most "
                        + Limits.count(Limits.MAX_BFGS_PARAMETERS) + " weights and biases; this one has " + Limits.count(shape.parameterCount()));
            }
            double bfgs = (double) iterations * (4 * parameters * parameters + 10.0 * train.size() * parameters);
            Limits.requireWork(2 * sgd + bfgs, "curves with " + run, "use fewer iterations or a smaller network");
        }
        PrintWriter out = out();
        NumberStyle style = NumberStyle.digits(6);
        if (test) {
            if (network.data().test().isEmpty()) {
                throw new IllegalArgumentException("--test: " + source.title() + " has no test samples to measure overfitting on");
            }
            LossCurves.TrainTest curves = LossCurves.trainAndTest(network.network(), train, network.data().test(),
                    TrainingOptions.builder().iterations(iterations).l2(l2).build());
            out.printf(Locale.ROOT, "%9s  %-14s  %-14s%n", "iteration", "train", "test");
            double[] a = curves.train();
            double[] b = curves.test();
            for (int i = 0; i < a.length; i++) {
                if ((i + 1) % every == 0 || i == 0 || i == a.length - 1) {
                    out.printf(Locale.ROOT, "%9d  %-14s  %-14s%n", i + 1, style.format(a[i]), style.format(b[i]));
                }
            }
            out.println("mean loss per sample after each update, full batch, η = " + style.format(network.network().learningRate())
                    + (l2 > 0 ? ", λ = " + style.format(l2) + " (not included in either column)" : ""));
            return 0;
        }
        LossCurves.Method[] methods = LossCurves.Method.values();
        double[][] losses = new double[methods.length][];
        for (int m = 0; m < methods.length; m++) {
            losses[m] = LossCurves.run(methods[m], network.network(), train, iterations, l2).losses();
        }
        out.printf(Locale.ROOT, "%9s  %-14s  %-14s  %-14s%n", "iteration", "sgd", "momentum", "bfgs");
        for (int i = 0; i < iterations; i++) {
            if ((i + 1) % every != 0 && i != 0 && i != iterations - 1) continue;
            out.printf(Locale.ROOT, "%9d", i + 1);
            for (double[] curve : losses) out.printf(Locale.ROOT, "  %-14s", i < curve.length ? style.format(curve[i]) : "(converged)");
            out.println();
        }
        out.println("objective before each iteration: mean loss" + (l2 > 0 ? " + (λ/2)·Σw²" : "") + ", full batch; SGD with η = "
                + style.format(network.network().learningRate()) + ", momentum μ = " + LossCurves.MOMENTUM + ", BFGS with a line search");
        return 0;
    }
}

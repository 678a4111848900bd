package studio.backprop.core.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;

/**
 * Loss curves that can be laid side by side: the same network trained by SGD, by SGD with momentum and by
 * {@link Bfgs} (Welch Labs, part 6), one full-batch iteration at a time, and the training and test cost of
 * one run (Welch Labs, part 7; Nielsen, chapter 3) to show overfitting and what L2 regularisation does to it.
 * Every loss is the mean per-sample loss over the training samples (plus λ/2·Σw² where λ &gt; 0), measured
 * before each iteration, as the {@link Trainer} records it.
 */
public final class LossCurves {
    private LossCurves() { }

    /** How to minimise. */
    public enum Method {
        /** Full-batch gradient descent with the network's learning rate. */
        SGD,
        /** The same with classical momentum 0.9. */
        MOMENTUM,
        /** The quasi-Newton method BFGS with a line search (no learning rate). */
        BFGS
    }

    /** The momentum of {@link Method#MOMENTUM}. */
    public static final double MOMENTUM = 0.9;

    /**
     * One run's curve.
     *
     * @param method  how it was minimised
     * @param losses  the objective before each iteration (losses[0] is the starting loss)
     * @param network the network after the last iteration
     */
    public record Curve(Method method, double[] losses, NetworkSpec network) {
        public Curve {
            losses = losses.clone();
        }

        @Override
        public double[] losses() { return losses.clone(); }

        /** The objective after the last iteration. */
        public double last(List<Sample> samples, double lambda) {
            return new NetworkObjective(network, samples, lambda).value(NetworkObjective.parameters(network));
        }
    }

    /**
     * The training and test cost of one run, after each iteration.
     *
     * @param train   the mean training loss after iteration i + 1 (without the L2 term, so it compares with test)
     * @param test    the mean test loss after iteration i + 1
     * @param network the trained network
     */
    public record TrainTest(double[] train, double[] test, NetworkSpec network) {
        public TrainTest {
            train = train.clone();
            test = test.clone();
        }

        @Override
        public double[] train() { return train.clone(); }

        @Override
        public double[] test() { return test.clone(); }
    }

    /** The curve of {@code iterations} full-batch iterations of {@code method} with L2 strength λ. */
    public static Curve run(Method method, NetworkSpec spec, List<Sample> samples, int iterations, double lambda) {
        if (samples.isEmpty()) throw new IllegalArgumentException("a loss curve needs at least one training sample");
        if (method == Method.BFGS) {
            NetworkObjective objective = new NetworkObjective(spec, samples, lambda);
            Bfgs.Result result = Bfgs.minimise(objective, NetworkObjective.parameters(spec), iterations, 0);
            return new Curve(method, result.losses(), objective.spec(result.minimiser()));
        }
        TrainingOptions options = TrainingOptions.builder().iterations(iterations).maxHistoryPoints(iterations + 1).l2(lambda)
                .momentum(method == Method.MOMENTUM ? MOMENTUM : 0).build();
        TrainingResult result = Trainer.train(spec, samples, options);
        // the trainer records the plain mean loss; with L2 the curve is of the objective being minimised
        double[] losses = lambda > 0 ? objectiveCurve(spec, samples, options) : result.history().losses();
        return new Curve(method, losses, result.network());
    }

    /** The training and test cost after each iteration of a run of the {@link Trainer} with {@code options}. */
    public static TrainTest trainAndTest(NetworkSpec spec, List<Sample> train, List<Sample> test, TrainingOptions options) {
        if (test.isEmpty()) throw new IllegalArgumentException("the test curve needs at least one test sample");
        List<Double> trainLosses = new ArrayList<>();
        List<Double> testLosses = new ArrayList<>();
        TrainingResult result = Trainer.train(spec, train, options.toBuilder().snapshotEvery(1).build(), snapshot -> {
            trainLosses.add(Trainer.loss(snapshot.network(), train));
            testLosses.add(Trainer.loss(snapshot.network(), test));
            return true;
        });
        return new TrainTest(toArray(trainLosses), toArray(testLosses), result.network());
    }

    /** The objective (mean loss + λ/2·Σw²) before each of the run's iterations, replaying the run. */
    private static double[] objectiveCurve(NetworkSpec spec, List<Sample> samples, TrainingOptions options) {
        List<Double> out = new ArrayList<>();
        FastNetwork start = new FastNetwork(spec, options);
        out.add(start.objective(samples));
        Trainer.train(spec, samples, options.toBuilder().snapshotEvery(1).build(), snapshot -> {
            if (out.size() < options.iterations()) out.add(new FastNetwork(snapshot.network(), options).objective(samples));
            return true;
        });
        return toArray(out);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A network's objective as a function of its trainable parameters: the weights, and the biases when the
     * spec updates them, in {@link NetworkSpecs#parameters} order (a shared bias once).
     */
    static final class NetworkObjective implements Bfgs.Objective {
        private final NetworkSpec spec;
        private final List<Sample> samples;
        private final double lambda;
        private final List<Element> parameters;
        private final boolean[] trainable;

        NetworkObjective(NetworkSpec spec, List<Sample> samples, double lambda) {
            this.spec = spec;
            this.samples = List.copyOf(samples);
            this.lambda = lambda;
            this.parameters = NetworkSpecs.parameters(spec);
            this.trainable = new boolean[parameters.size()];
            for (int i = 0; i < trainable.length; i++) {
                trainable[i] = parameters.get(i) instanceof Element.Weight || spec.updateBiases();
            }
        }

        /** Every parameter's value in {@link NetworkSpecs#parameters} order. */
        static double[] parameters(NetworkSpec spec) {
            List<Element> all = NetworkSpecs.parameters(spec);
            double[] out = new double[all.size()];
            for (int i = 0; i < out.length; i++) out[i] = NetworkSpecs.value(spec, all.get(i));
            return out;
        }

        /** The spec with these parameter values; biases that the spec does not update keep their values. */
        NetworkSpec spec(double[] x) {
            double[][][] w = spec.weights();
            double[][] b = spec.biases();
            for (int i = 0; i < x.length; i++) {
                if (!trainable[i]) continue;
                Element p = parameters.get(i);
                if (p instanceof Element.Weight weight) {
                    w[weight.layer()][weight.to()][weight.from()] = x[i];
                } else if (p instanceof Element.Bias bias) {
                    if (spec.biasMode() == BiasMode.PER_LAYER) Arrays.fill(b[bias.layer()], x[i]);
                    else b[bias.layer()][bias.to()] = x[i];
                }
            }
            return spec.withParameters(w, b);
        }

        private FastNetwork network(double[] x) {
            return new FastNetwork(spec(x), TrainingOptions.builder().iterations(1).l2(lambda).build());
        }

        @Override
        public double value(double[] x) {
            return network(x).objective(samples);
        }

        @Override
        public double[] gradient(double[] x) {
            NetworkSpec at = spec(x);
            double[] g = network(x).gradients(samples).vector(at);
            for (int i = 0; i < g.length; i++) if (!trainable[i]) g[i] = 0;
            return g;
        }
    }
}

package studio.backprop.core.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.problem.ProblemException;

/**
 * How a network's weights and biases are set before training. {@link #apply} returns a new spec with
 * new parameters and everything else unchanged; the same seed gives the same numbers.
 *
 * <p>Random numbers are drawn from {@code new SplittableRandom(seed)}, weights first in
 * (layer, to, from) order, then biases in (layer, to) order. Biases follow the spec's
 * {@link BiasMode}: with {@code PER_LAYER} one value is drawn per layer and shared, with {@code NONE}
 * they are all 0.
 */
public sealed interface Initializer {

    /** A new spec with this initialiser's weights and biases, drawn from {@code seed} where random. */
    NetworkSpec apply(NetworkSpec spec, long seed);

    /**
     * Name for files and the command line, from the record's name as a choice's id
     * comes from its enum name: {@code fixed}, {@code uniform}, {@code xavier}, {@code he}, {@code all-equal}.
     */
    default String id() {
        return getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase(Locale.ROOT);
    }

    /** Keeps the spec's current weights and biases (the lecture's numbers); the seed is ignored. */
    static Initializer fixed() {
        return new Fixed();
    }

    /** Weights and biases uniform in [−range, range). */
    static Initializer uniform(double range) {
        return new Uniform(range);
    }

    /** Glorot/Xavier uniform: weights U(−a, a) with a = √(6 / (fan_in + fan_out)); biases 0. */
    static Initializer xavier() {
        return new Xavier();
    }

    /** He/Kaiming normal: weights N(0, σ²) with σ = √(2 / fan_in); biases 0. */
    static Initializer he() {
        return new He();
    }

    /** Every weight and every bias the same value: shows why symmetric starts cannot learn. */
    static Initializer allEqual(double value) {
        return new AllEqual(value);
    }

    /** Keeps the current parameters (the lecture's start). */
    record Fixed() implements Initializer {
        @Override
        public NetworkSpec apply(NetworkSpec spec, long seed) {
            return spec;
        }
    }

    /** Weights and biases uniform in [−range, range). */
    record Uniform(double range) implements Initializer {
        public Uniform {
            if (!(range > 0) || !Double.isFinite(range)) {
                throw new ProblemException("dataset.uniformRange", range);
            }
        }

        @Override
        public NetworkSpec apply(NetworkSpec spec, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            double[][][] weights = weights(spec, l -> () -> Randoms.uniform(random, -range, range));
            double[][] biases = spec.biases();
            for (double[] layer : biases) {
                if (spec.biasMode() == BiasMode.PER_LAYER) {
                    Arrays.fill(layer, Randoms.uniform(random, -range, range));
                } else {
                    for (int j = 0; j < layer.length; j++) {
                        layer[j] = spec.biasMode() == BiasMode.NONE ? 0 : Randoms.uniform(random, -range, range);
                    }
                }
            }
            return spec.withParameters(weights, biases);
        }
    }

    /** Glorot/Xavier uniform, biases 0. */
    record Xavier() implements Initializer {
        @Override
        public NetworkSpec apply(NetworkSpec spec, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            return spec.withParameters(weights(spec, l -> {
                double limit = Math.sqrt(6.0 / (spec.size(l) + spec.size(l + 1)));
                return () -> Randoms.uniform(random, -limit, limit);
            }), zeroBiases(spec));
        }
    }

    /** He/Kaiming normal, biases 0. */
    record He() implements Initializer {
        @Override
        public NetworkSpec apply(NetworkSpec spec, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            return spec.withParameters(weights(spec, l -> {
                double deviation = Math.sqrt(2.0 / spec.size(l));
                return () -> deviation * Randoms.gaussian(random);
            }), zeroBiases(spec));
        }
    }

    /** Every weight and bias equal to {@code value} (biases 0 with {@link BiasMode#NONE}). */
    record AllEqual(double value) implements Initializer {
        public AllEqual {
            if (!Double.isFinite(value)) throw new ProblemException("dataset.initNotFinite", value);
        }

        @Override
        public NetworkSpec apply(NetworkSpec spec, long seed) {
            double[][][] weights = weights(spec, l -> () -> value);
            double[][] biases = spec.biases();
            for (double[] layer : biases) Arrays.fill(layer, spec.biasMode() == BiasMode.NONE ? 0 : value);
            return spec.withParameters(weights, biases);
        }
    }

    /** The spec's weights drawn anew in (layer, to, from) order, each layer's from {@code drawOfLayer.apply(layer)}. */
    private static double[][][] weights(NetworkSpec spec, IntFunction<DoubleSupplier> drawOfLayer) {
        double[][][] weights = spec.weights();
        for (int l = 0; l < weights.length; l++) {
            DoubleSupplier draw = drawOfLayer.apply(l);
            for (double[] row : weights[l]) {
                for (int k = 0; k < row.length; k++) row[k] = draw.getAsDouble();
            }
        }
        return weights;
    }

    private static double[][] zeroBiases(NetworkSpec spec) {
        double[][] biases = spec.biases();
        for (double[] layer : biases) Arrays.fill(layer, 0);
        return biases;
    }
}

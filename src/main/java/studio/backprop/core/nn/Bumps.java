package studio.backprop.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import studio.backprop.core.graph.Op;

/**
 * Nielsen's "visual proof that neural nets can compute any function" (ch. 4) as arithmetic on a 1-2N-1
 * network: one input x, N pairs of sigmoid neurons, one linear output. Hidden neuron j computes
 * σ(w_j·x + b_j); with a large weight w_j it is nearly a step from 0 to 1 at the position
 * <b>s_j = −b_j / w_j</b>, so b_j = −w_j·s_j. Its output weight v_j is the step's height. A pair i (neurons
 * 2i and 2i + 1) with steps at s_{2i} &lt; s_{2i+1} and output weights +h and −h is a <b>bump</b> of height h on
 * [s_{2i}, s_{2i+1}]; the output adds the bumps and the output bias. The network is the only state: every
 * position and height here is read from or written into its weights and biases, so they stay exact.
 */
public final class Bumps {
    /** The steepness "Fit with N bumps" and a new network start with: nearly a step at the scale of [0, 1]. */
    public static final double DEFAULT_STEEPNESS = 400;
    /** The learning rate of the network made here (for "Train it"). */
    public static final double LEARNING_RATE = 0.05;

    private Bumps() { }

    /** One bump: from {@code start} to {@code end} (the positions of its two steps), {@code height} high. */
    public record Bump(double start, double end, double height) {
        public Bump {
            if (!Double.isFinite(start) || !Double.isFinite(end) || !Double.isFinite(height)) {
                throw new IllegalArgumentException("a bump needs finite positions and height");
            }
        }
    }

    /** One hidden neuron read as a step: its weight w, position s = −b/w and height v (its output weight). */
    public record Step(double steepness, double position, double height) { }

    /** The bias that puts a step of steepness w at position s: b = −w·s. */
    public static double bias(double steepness, double position) {
        return 0 - steepness * position; // 0 − … so that a step at 0 gets the bias 0, not −0
    }

    /** The position of the step of a neuron with weight w and bias b: s = −b/w (NaN for w = 0). */
    public static double position(double weight, double bias) {
        return weight == 0 ? Double.NaN : -bias / weight;
    }

    /**
     * The 1-2N-1 network of these bumps: every hidden weight is {@code steepness}, neuron 2i steps up at bump i's
     * start and neuron 2i + 1 at its end, with output weights +height and −height; the output bias is
     * {@code outputBias}. Loss: half the squared error; η = {@link #LEARNING_RATE}.
     */
    public static NetworkSpec network(double steepness, List<Bump> bumps, double outputBias) {
        if (bumps.isEmpty()) throw new IllegalArgumentException("the network needs at least one bump");
        if (!(steepness > 0) || !Double.isFinite(steepness)) throw new IllegalArgumentException("the steepness must be a positive number, not " + steepness);
        int hidden = 2 * bumps.size();
        double[][] input = new double[hidden][1];
        double[] hiddenBiases = new double[hidden];
        double[][] output = new double[1][hidden];
        for (int i = 0; i < bumps.size(); i++) {
            Bump bump = bumps.get(i);
            input[2 * i][0] = steepness;
            input[2 * i + 1][0] = steepness;
            hiddenBiases[2 * i] = bias(steepness, bump.start());
            hiddenBiases[2 * i + 1] = bias(steepness, bump.end());
            output[0][2 * i] = bump.height();
            output[0][2 * i + 1] = -bump.height();
        }
        return new NetworkSpec(new int[] {1, hidden, 1}, List.of(Activation.SIGMOID, Activation.LINEAR), Loss.HALF_SSE,
                BiasMode.PER_NEURON, true, LEARNING_RATE, UpdateOrder.EXACT,
                new double[][][] {input, output}, new double[][] {hiddenBiases, {outputBias}});
    }

    /** Whether the spec has the shape of the proof: 1 input, an even number of sigmoid neurons, 1 linear output. */
    public static boolean fits(NetworkSpec spec) {
        return spec.layerCount() == 3 && spec.size(0) == 1 && spec.size(1) % 2 == 0 && spec.size(2) == 1
                && spec.activation(1) == Activation.SIGMOID && spec.activation(2) == Activation.LINEAR
                && spec.biasMode() == BiasMode.PER_NEURON;
    }

    /** The number of pairs (bumps). */
    public static int pairs(NetworkSpec spec) {
        return spec.size(1) / 2;
    }

    /** Hidden neuron j read as a step. */
    public static Step step(NetworkSpec spec, int j) {
        double w = spec.weight(0, j, 0);
        return new Step(w, position(w, spec.bias(0, j)), spec.weight(1, 0, j));
    }

    /** Every hidden neuron as a step. */
    public static List<Step> steps(NetworkSpec spec) {
        List<Step> steps = new ArrayList<>();
        for (int j = 0; j < spec.size(1); j++) steps.add(step(spec, j));
        return steps;
    }

    /** Neuron j's contribution to the output at x: v_j·σ(w_j·x + b_j). */
    public static double stepValue(NetworkSpec spec, int j, double x) {
        return spec.weight(1, 0, j) * Op.sigmoid(spec.weight(0, j, 0) * x + spec.bias(0, j));
    }

    /** Pair i's contribution at x: the bump, v_{2i}·σ(…) + v_{2i+1}·σ(…). */
    public static double bumpValue(NetworkSpec spec, int i, double x) {
        return stepValue(spec, 2 * i, x) + stepValue(spec, 2 * i + 1, x);
    }

    /** The network's output at x: the sum of the bumps plus the output bias. */
    public static double value(NetworkSpec spec, double x) {
        double sum = spec.bias(1, 0);
        for (int j = 0; j < spec.size(1); j++) sum += stepValue(spec, j, x);
        return sum;
    }

    /** Neuron j's step moved to position s, its steepness kept: b_j = −w_j·s. */
    public static NetworkSpec withPosition(NetworkSpec spec, int j, double s) {
        return spec.withBias(0, j, bias(spec.weight(0, j, 0), s));
    }

    /** Pair i given height h: output weights +h and −h. */
    public static NetworkSpec withHeight(NetworkSpec spec, int i, double h) {
        return spec.withWeight(1, 0, 2 * i, h).withWeight(1, 0, 2 * i + 1, -h);
    }

    /** Every hidden weight set to w with every step kept where it is (each bias becomes −w·s_j). */
    public static NetworkSpec withSteepness(NetworkSpec spec, double w) {
        if (!(w > 0) || !Double.isFinite(w)) throw new IllegalArgumentException("the steepness must be a positive number, not " + w);
        NetworkSpec next = spec;
        for (int j = 0; j < spec.size(1); j++) {
            double s = position(spec.weight(0, j, 0), spec.bias(0, j));
            next = next.withWeight(0, j, 0, w).withBias(0, j, bias(w, Double.isNaN(s) ? 0.5 : s));
        }
        return next;
    }

    /**
     * Nielsen's construction: N bumps of equal width tiling [0, 1], bump i on [i/N, (i+1)/N] with the height
     * of the target at its middle, (i + ½)/N.
     */
    public static List<Bump> fit(DoubleUnaryOperator target, int n) {
        if (n < 1) throw new IllegalArgumentException("fitting needs at least 1 bump, not " + n);
        List<Bump> bumps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bumps.add(new Bump(i / (double) n, (i + 1) / (double) n, target.applyAsDouble((i + 0.5) / n)));
        }
        return bumps;
    }

    /** Nielsen's "average deviation": the mean |network(x) − target(x)| over {@code points} points evenly on [0, 1]. */
    public static double error(NetworkSpec spec, DoubleUnaryOperator target, int points) {
        if (points < 2) throw new IllegalArgumentException("the error needs at least 2 points, not " + points);
        double sum = 0;
        for (int p = 0; p < points; p++) {
            double x = p / (double) (points - 1);
            sum += Math.abs(value(spec, x) - target.applyAsDouble(x));
        }
        return sum / points;
    }

    /** {@code count} samples of the target, x evenly on [0, 1], for training the network on it. */
    public static List<Sample> samples(DoubleUnaryOperator target, int count) {
        if (count < 2) throw new IllegalArgumentException("training needs at least 2 samples of the target, not " + count);
        List<Sample> samples = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            double x = p / (double) (count - 1);
            samples.add(new Sample(new double[] {x}, new double[] {target.applyAsDouble(x)}));
        }
        return samples;
    }
}

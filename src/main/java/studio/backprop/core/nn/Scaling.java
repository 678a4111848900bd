package studio.backprop.core.nn;

import java.util.Arrays;
import java.util.List;

/**
 * How a data set's numbers were scaled before the network saw them (Welch Labs, "Neural Networks
 * Demystified", part 1): each input column and each target was divided by a number — hours of sleep by 10
 * and of study by 5 (the columns' maxima), the test score by 100 — so that every value lies in [0, 1]. The
 * network's inputs, targets and outputs are the scaled values; multiplying back gives the raw ones, so an
 * output of 0.82 reads as a predicted score of 82.
 */
public final class Scaling {
    private final double[] inputDivisors;
    private final double[] targetDivisors;
    private final List<String> inputNames;
    private final List<String> targetNames;

    /**
     * @param inputDivisors  each input column's divisor, finite and not 0
     * @param targetDivisors each target's divisor (the outputs are scaled back by these too)
     * @param inputNames     what each input is ("hours of sleep"), one per input
     * @param targetNames    what each target is ("test score"), one per target
     */
    public Scaling(double[] inputDivisors, double[] targetDivisors, List<String> inputNames, List<String> targetNames) {
        for (double[] divisors : new double[][] {inputDivisors, targetDivisors}) {
            for (double d : divisors) {
                if (!Double.isFinite(d) || d == 0) throw new IllegalArgumentException("a scaling divisor must be a finite number other than 0, not " + d);
            }
        }
        if (inputNames.size() != inputDivisors.length || targetNames.size() != targetDivisors.length) {
            throw new IllegalArgumentException("a scaling needs one name per input and per target");
        }
        this.inputDivisors = inputDivisors.clone();
        this.targetDivisors = targetDivisors.clone();
        this.inputNames = List.copyOf(inputNames);
        this.targetNames = List.copyOf(targetNames);
    }

    /** Welch's scaling: each input column divided by its largest absolute value, each target by the given divisor. */
    public static Scaling byColumnMaximum(List<double[]> rawInputs, double[] targetDivisors, List<String> inputNames,
                                          List<String> targetNames) {
        if (rawInputs.isEmpty()) throw new IllegalArgumentException("scaling by the column maxima needs at least one sample");
        double[] maxima = new double[rawInputs.get(0).length];
        for (double[] row : rawInputs) for (int k = 0; k < maxima.length; k++) maxima[k] = Math.max(maxima[k], Math.abs(row[k]));
        return new Scaling(maxima, targetDivisors, inputNames, targetNames);
    }

    public int inputCount() { return inputDivisors.length; }

    public int targetCount() { return targetDivisors.length; }

    public double inputDivisor(int k) { return inputDivisors[k]; }

    public double targetDivisor(int k) { return targetDivisors[k]; }

    public List<String> inputNames() { return inputNames; }

    public List<String> targetNames() { return targetNames; }

    /** Whether it scales samples of this shape. */
    public boolean fits(int inputs, int targets) {
        return inputs == inputDivisors.length && targets == targetDivisors.length;
    }

    /** Raw inputs divided column by column: what the network is given. */
    public double[] scaleInputs(double[] raw) {
        return divide(raw, inputDivisors);
    }

    /** Scaled inputs back to raw ones. */
    public double[] rawInputs(double[] scaled) {
        return multiply(scaled, inputDivisors);
    }

    /** Raw targets divided: what the network learns. */
    public double[] scaleTargets(double[] raw) {
        return divide(raw, targetDivisors);
    }

    /** Scaled targets, or the network's outputs, back in the raw units (an output of 0.82 → a score of 82). */
    public double[] rawTargets(double[] scaled) {
        return multiply(scaled, targetDivisors);
    }

    /** A raw sample scaled. */
    public Sample scale(double[] rawInputs, double[] rawTargets) {
        return new Sample(scaleInputs(rawInputs), scaleTargets(rawTargets));
    }

    private static double[] divide(double[] values, double[] divisors) {
        requireLength(values, divisors);
        double[] out = new double[values.length];
        for (int k = 0; k < out.length; k++) out[k] = values[k] / divisors[k];
        return out;
    }

    private static double[] multiply(double[] values, double[] divisors) {
        requireLength(values, divisors);
        double[] out = new double[values.length];
        for (int k = 0; k < out.length; k++) out[k] = values[k] * divisors[k];
        return out;
    }

    private static void requireLength(double[] values, double[] divisors) {
        if (values.length != divisors.length) {
            throw new IllegalArgumentException("the scaling has " + divisors.length + " columns, the values " + values.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scaling s && Arrays.equals(inputDivisors, s.inputDivisors) && Arrays.equals(targetDivisors, s.targetDivisors)
                && inputNames.equals(s.inputNames) && targetNames.equals(s.targetNames);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inputDivisors) * 31 + Arrays.hashCode(targetDivisors);
    }

    @Override
    public String toString() {
        return "Scaling" + inputNames + "÷" + Arrays.toString(inputDivisors) + " → " + targetNames + "÷" + Arrays.toString(targetDivisors);
    }
}

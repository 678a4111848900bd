package studio.backprop.core.nn;

import java.util.Arrays;

/** One example: input values and target values. Arrays are copied in and out. */
public final class Sample {
    private final double[] inputs;
    private final double[] targets;

    public Sample(double[] inputs, double[] targets) {
        this.inputs = inputs.clone();
        this.targets = targets.clone();
    }

    public double[] inputs() { return inputs.clone(); }

    public double[] targets() { return targets.clone(); }

    public double input(int k) { return inputs[k]; }

    public double target(int k) { return targets[k]; }

    public int inputCount() { return inputs.length; }

    public int targetCount() { return targets.length; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s && Arrays.equals(inputs, s.inputs) && Arrays.equals(targets, s.targets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(inputs) + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return "Sample" + Arrays.toString(inputs) + "→" + Arrays.toString(targets);
    }
}

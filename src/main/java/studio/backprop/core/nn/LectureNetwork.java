package studio.backprop.core.nn;

import java.util.List;

/**
 * Mazur's lecture network as a plain Java factory: 2-2-2, sigmoid/sigmoid, ½-squared error, one bias per
 * layer (not updated), learning rate 0.5, inputs 0.05/0.10, targets 0.01/0.99. Tests use it and the app
 * falls back to it when no preset file can be read.
 */
public final class LectureNetwork {
    private LectureNetwork() { }

    /** The network with the lecture's starting weights w1…w8 and biases b1 = 0.35, b2 = 0.60. */
    public static NetworkSpec spec() {
        double[][][] weights = {
                {{0.15, 0.20}, {0.25, 0.30}},
                {{0.40, 0.45}, {0.50, 0.55}}};
        double[][] biases = {{0.35, 0.35}, {0.60, 0.60}};
        return new NetworkSpec(new int[] {2, 2, 2}, List.of(Activation.SIGMOID, Activation.SIGMOID), Loss.HALF_SSE,
                BiasMode.PER_LAYER, false, 0.5, UpdateOrder.EXACT, weights, biases);
    }

    /** The single training sample: inputs (0.05, 0.10), targets (0.01, 0.99). */
    public static Sample sample() {
        return new Sample(new double[] {0.05, 0.10}, new double[] {0.01, 0.99});
    }

    /** The lecture's data set: that one sample, no test set. */
    public static Dataset dataset() {
        return Dataset.single("lecture", sample());
    }
}

package studio.backprop.core.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Random networks and samples for sweeps in tests. */
public final class RandomNetworks {
    /** Layer shapes the sweeps cover: the lecture's, wider, deeper, a single layer. */
    public static final List<int[]> SHAPES = List.of(new int[] {2, 2, 2}, new int[] {3, 4, 2}, new int[] {2, 3, 3, 1},
            new int[] {1, 2}, new int[] {4, 5, 3, 2, 3});

    private RandomNetworks() { }

    /** Whether the loss can be used with that output activation. */
    public static boolean supported(Loss loss, Activation output) {
        return loss != Loss.CROSS_ENTROPY || output == Activation.SIGMOID || output == Activation.SOFTMAX;
    }

    /** A network of the given shape: hidden activations drawn at random (no softmax), weights in (−1, 1). */
    public static NetworkSpec spec(Random random, int[] sizes, Activation output, Loss loss, BiasMode biasMode,
                                   boolean updateBiases) {
        Activation[] hidden = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LINEAR};
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l < sizes.length - 1; l++) activations.add(hidden[random.nextInt(hidden.length)]);
        activations.add(output);
        double[][][] weights = new double[sizes.length - 1][][];
        double[][] biases = new double[sizes.length - 1][];
        for (int l = 0; l < weights.length; l++) {
            weights[l] = new double[sizes[l + 1]][sizes[l]];
            for (double[] row : weights[l]) for (int k = 0; k < row.length; k++) row[k] = uniform(random, -1, 1);
            biases[l] = new double[sizes[l + 1]];
            double shared = uniform(random, -1, 1);
            for (int j = 0; j < biases[l].length; j++) {
                biases[l][j] = switch (biasMode) {
                    case PER_LAYER -> shared;
                    case PER_NEURON -> uniform(random, -1, 1);
                    case NONE -> 0;
                };
            }
        }
        return new NetworkSpec(sizes, activations, loss, biasMode, updateBiases, uniform(random, 0.1, 1), UpdateOrder.EXACT,
                weights, biases);
    }

    /** A sample with inputs in (−1, 1) and targets in (0, 1). */
    public static Sample sample(Random random, NetworkSpec spec) {
        double[] inputs = new double[spec.size(0)];
        double[] targets = new double[spec.size(spec.layerCount() - 1)];
        for (int k = 0; k < inputs.length; k++) inputs[k] = uniform(random, -1, 1);
        for (int k = 0; k < targets.length; k++) targets[k] = uniform(random, 0, 1);
        return new Sample(inputs, targets);
    }

    /** A readable description for assertion messages. */
    public static String describe(NetworkSpec spec) {
        return Arrays.toString(spec.sizes()) + " " + spec.activations() + " " + spec.loss() + " " + spec.biasMode()
                + (spec.updateBiases() ? " updating biases" : "");
    }

    private static double uniform(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }
}

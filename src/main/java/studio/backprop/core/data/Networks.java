package studio.backprop.core.data;

import java.util.List;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.UpdateOrder;
import studio.backprop.core.problem.ProblemException;

/** Builds fresh networks for "new network" and presets: shapes and conventions, then an initialiser. */
public final class Networks {
    /** The learning rate a new network starts with (the lecture's 0.5). */
    public static final double DEFAULT_LEARNING_RATE = 0.5;

    private Networks() { }

    /**
     * A new network with a bias per neuron that is trained, learning rate {@link #DEFAULT_LEARNING_RATE},
     * exact updates, and parameters from {@code init} and {@code seed}.
     */
    public static NetworkSpec create(int[] sizes, List<Activation> activations, Loss loss, Initializer init, long seed) {
        return create(sizes, activations, loss, BiasMode.PER_NEURON, DEFAULT_LEARNING_RATE, init, seed);
    }

    /**
     * A new network with the given conventions (biases trained unless {@code biasMode} is NONE, exact
     * updates) and parameters from {@code init} and {@code seed}. It starts from all-zero weights and
     * biases, so {@link Initializer#fixed()} leaves them zero.
     *
     * @throws IllegalArgumentException if the shape does not make a network (as {@link NetworkSpec} checks)
     */
    public static NetworkSpec create(int[] sizes, List<Activation> activations, Loss loss, BiasMode biasMode,
                                     double learningRate, Initializer init, long seed) {
        for (int size : sizes) {
            if (size < 1) throw new ProblemException("dataset.emptyLayer", size);
        }
        int layers = Math.max(sizes.length - 1, 0);
        double[][][] weights = new double[layers][][];
        double[][] biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[sizes[l + 1]][sizes[l]];
            biases[l] = new double[sizes[l + 1]];
        }
        NetworkSpec zero = new NetworkSpec(sizes, activations, loss, biasMode, biasMode != BiasMode.NONE, learningRate,
                UpdateOrder.EXACT, weights, biases);
        return init.apply(zero, seed);
    }
}

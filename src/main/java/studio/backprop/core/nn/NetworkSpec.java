package studio.backprop.core.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import studio.backprop.core.graph.Op;

/**
 * A fully connected network and its conventions: what a user builds, edits and saves. Immutable; the
 * {@code with…} methods return changed copies.
 *
 * <p>Indexing: {@code weight(l, j, k)} is the weight from neuron k of layer l to neuron j of layer l + 1
 * (layer 0 is the input layer). {@code bias(l, j)} is the bias of neuron j of layer l + 1; with
 * {@link BiasMode#PER_LAYER} all biases of a layer are the same value.
 */
public final class NetworkSpec {
    /** Most layers, the input layer included. */
    public static final int MAX_LAYERS = 64;
    /** Most neurons in one layer. */
    public static final int MAX_NEURONS = 4096;
    /**
     * Most weights and biases: what the command line can trace (summarised), train, check, draw and save
     * within 30 s and a 512 MB heap (see {@code core.io.Limits}).
     */
    public static final int MAX_PARAMETERS = 200_000;

    private final int[] sizes;
    private final List<Activation> activations;
    private final Loss loss;
    private final BiasMode biasMode;
    private final boolean updateBiases;
    private final double learningRate;
    private final UpdateOrder updateOrder;
    private final double[][][] weights;
    private final double[][] biases;

    /**
     * @param sizes        neurons per layer, inputs first (the lecture: 2, 2, 2)
     * @param activations  one per layer after the input layer
     * @param weights      [layer][to][from], shapes matching {@code sizes}
     * @param biases       [layer][to]
     */
    public NetworkSpec(int[] sizes, List<Activation> activations, Loss loss, BiasMode biasMode, boolean updateBiases,
                       double learningRate, UpdateOrder updateOrder, double[][][] weights, double[][] biases) {
        if (sizes.length < 2) throw new IllegalArgumentException("a network needs an input and an output layer");
        for (int size : sizes) if (size < 1) throw new IllegalArgumentException("every layer needs at least one neuron");
        requireSize(sizes);
        if (activations.size() != sizes.length - 1) {
            throw new IllegalArgumentException("need " + (sizes.length - 1) + " activations, got " + activations.size());
        }
        for (int l = 0; l < activations.size() - 1; l++) {
            if (activations.get(l) == Activation.SOFTMAX) throw new IllegalArgumentException("softmax is for the output layer only");
        }
        if (weights.length != sizes.length - 1 || biases.length != sizes.length - 1) {
            throw new IllegalArgumentException("need weights and biases for " + (sizes.length - 1) + " layers");
        }
        for (int l = 0; l < weights.length; l++) {
            if (weights[l].length != sizes[l + 1] || biases[l].length != sizes[l + 1]) {
                throw new IllegalArgumentException("layer " + (l + 1) + " has " + sizes[l + 1] + " neurons: weights/biases do not match");
            }
            for (double[] row : weights[l]) {
                if (row.length != sizes[l]) throw new IllegalArgumentException("layer " + (l + 1) + ": each neuron needs " + sizes[l] + " weights");
            }
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, not " + learningRate);
        }
        this.sizes = sizes.clone();
        this.activations = List.copyOf(activations);
        this.loss = loss;
        this.biasMode = biasMode;
        this.updateBiases = updateBiases;
        this.learningRate = learningRate;
        this.updateOrder = updateOrder;
        this.weights = DeepCopy.of(weights);
        this.biases = DeepCopy.of(biases);
    }

    public int layerCount() { return sizes.length; }

    public int size(int layer) { return sizes[layer]; }

    public int[] sizes() { return sizes.clone(); }

    /** Activation of layer {@code layer} (1 … layerCount − 1). */
    public Activation activation(int layer) { return activations.get(layer - 1); }

    public List<Activation> activations() { return activations; }

    public Loss loss() { return loss; }

    /** The op of one output's error term: the loss's own, or for cross-entropy the one the output activation needs. */
    public Op termOp() {
        if (loss != Loss.CROSS_ENTROPY) return loss.termOp();
        return activation(layerCount() - 1) == Activation.SOFTMAX ? Op.CROSS_ENTROPY : Op.BINARY_CROSS_ENTROPY;
    }

    public BiasMode biasMode() { return biasMode; }

    public boolean updateBiases() { return updateBiases; }

    public double learningRate() { return learningRate; }

    public UpdateOrder updateOrder() { return updateOrder; }

    public double weight(int layer, int to, int from) { return weights[layer][to][from]; }

    public double bias(int layer, int to) { return biases[layer][to]; }

    /** A copy of all weights, [layer][to][from]. */
    public double[][][] weights() { return DeepCopy.of(weights); }

    /** A copy of all biases, [layer][to]. */
    public double[][] biases() { return DeepCopy.of(biases); }

    /** The weights (edges) between the layers, biases not counted. */
    public int weightCount() {
        int count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) count += sizes[l] * sizes[l + 1];
        return count;
    }

    public int parameterCount() {
        return (int) parameterCount(sizes);
    }

    /** The weights and biases (one per neuron) of a network of these layer sizes, without building it. */
    public static long parameterCount(int[] sizes) {
        long count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) count += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
        return count;
    }

    /**
     * Refuses layer sizes beyond {@link #MAX_LAYERS}, {@link #MAX_NEURONS} or {@link #MAX_PARAMETERS}, with a
     * message naming the limit; call it before allocating the weights.
     */
    public static void requireSize(int[] sizes) {
        if (sizes.length > MAX_LAYERS) {
            throw new IllegalArgumentException("a network has at most " + MAX_LAYERS + " layers, not " + sizes.length);
        }
        for (int size : sizes) {
            if (size > MAX_NEURONS) throw new IllegalArgumentException("a layer has at most " + MAX_NEURONS + " neurons, not " + size);
        }
        long count = parameterCount(sizes);
        if (count > MAX_PARAMETERS) {
            StringBuilder shape = new StringBuilder();
            for (int l = 0; l < sizes.length; l++) shape.append(l == 0 ? "" : "-").append(sizes[l]);
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a %s network has %,d weights and biases, more than the limit of %,d", shape, count, MAX_PARAMETERS));
        }
    }

    public NetworkSpec withWeight(int layer, int to, int from, double value) {
        double[][][] w = DeepCopy.of(weights);
        w[layer][to][from] = value;
        return new NetworkSpec(sizes, activations, loss, biasMode, updateBiases, learningRate, updateOrder, w, biases);
    }

    /** A new bias; with {@link BiasMode#PER_LAYER} the whole layer's shared bias changes. */
    public NetworkSpec withBias(int layer, int to, double value) {
        double[][] b = DeepCopy.of(biases);
        if (biasMode == BiasMode.PER_LAYER) Arrays.fill(b[layer], value);
        else b[layer][to] = value;
        return new NetworkSpec(sizes, activations, loss, biasMode, updateBiases, learningRate, updateOrder, weights, b);
    }

    public NetworkSpec withParameters(double[][][] newWeights, double[][] newBiases) {
        return new NetworkSpec(sizes, activations, loss, biasMode, updateBiases, learningRate, updateOrder, newWeights, newBiases);
    }

    public NetworkSpec withLearningRate(double rate) {
        return new NetworkSpec(sizes, activations, loss, biasMode, updateBiases, rate, updateOrder, weights, biases);
    }

    public NetworkSpec withUpdateOrder(UpdateOrder order) {
        return new NetworkSpec(sizes, activations, loss, biasMode, updateBiases, learningRate, order, weights, biases);
    }

    public NetworkSpec withLoss(Loss newLoss) {
        return new NetworkSpec(sizes, activations, newLoss, biasMode, updateBiases, learningRate, updateOrder, weights, biases);
    }

    public NetworkSpec withUpdateBiases(boolean update) {
        return new NetworkSpec(sizes, activations, loss, biasMode, update, learningRate, updateOrder, weights, biases);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec s && Arrays.equals(sizes, s.sizes) && activations.equals(s.activations)
                && loss == s.loss && biasMode == s.biasMode && updateBiases == s.updateBiases
                && Double.compare(learningRate, s.learningRate) == 0 && updateOrder == s.updateOrder
                && Arrays.deepEquals(weights, s.weights) && Arrays.deepEquals(biases, s.biases);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sizes) * 31 + Arrays.deepHashCode(weights);
    }
}

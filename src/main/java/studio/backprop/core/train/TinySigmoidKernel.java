package studio.backprop.core.train;

import java.util.Arrays;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/**
 * One plain SGD step of a 2-2-2 sigmoid network with ½-squared error (the lecture's shape), unrolled: the
 * parameters' rows are held directly, the sigmoid is inlined, nothing is allocated and nothing dispatches.
 * It gives exactly the numbers of {@link SgdOptimiser}'s general one-sample step, in the same order of
 * operations, and leaves the same gradients in the network's buffers.
 */
final class TinySigmoidKernel {
    private final double rate;
    private final boolean exact;
    private final boolean updateBiases;
    private final boolean withBias;
    private final BiasMode biasMode;
    /** Weight rows into hidden neurons 0 and 1, into outputs 0 and 1: the network's own arrays. */
    private final double[] hidden0;
    private final double[] hidden1;
    private final double[] output0;
    private final double[] output1;
    private final double[] hiddenBias;
    private final double[] outputBias;
    private final double[] hidden0Gradient;
    private final double[] hidden1Gradient;
    private final double[] output0Gradient;
    private final double[] output1Gradient;
    private final double[] hiddenBiasGradient;
    private final double[] outputBiasGradient;

    /** Whether the network has the kernel's shape: 2-2-2, sigmoid in both layers, ½-squared error. */
    static boolean fits(ReferenceNetwork network) {
        return Arrays.equals(network.sizes, new int[] {2, 2, 2})
                && network.activations[1] == Activation.SIGMOID && network.activations[2] == Activation.SIGMOID
                && network.loss == Loss.HALF_SSE;
    }

    TinySigmoidKernel(ReferenceNetwork network, double rate, UpdateOrder order, boolean updateBiases) {
        if (!fits(network)) throw new IllegalArgumentException("the kernel is for 2-2-2 sigmoid networks with ½-squared error");
        this.rate = rate;
        this.exact = order == UpdateOrder.EXACT;
        this.updateBiases = updateBiases;
        this.biasMode = network.biasMode;
        this.withBias = biasMode != BiasMode.NONE;
        this.hidden0 = network.weights[0][0];
        this.hidden1 = network.weights[0][1];
        this.output0 = network.weights[1][0];
        this.output1 = network.weights[1][1];
        this.hiddenBias = network.biases[0];
        this.outputBias = network.biases[1];
        this.hidden0Gradient = network.weightGradients[0][0];
        this.hidden1Gradient = network.weightGradients[0][1];
        this.output0Gradient = network.weightGradients[1][0];
        this.output1Gradient = network.weightGradients[1][1];
        this.hiddenBiasGradient = network.biasGradients[0];
        this.outputBiasGradient = network.biasGradients[1];
    }

    void step(Sample sample) {
        if (sample.inputCount() != 2) {
            throw new IllegalArgumentException("the network takes 2 inputs, not " + sample.inputCount());
        }
        double i0 = sample.input(0);
        double i1 = sample.input(1);
        double[] w0 = hidden0;
        double[] w1 = hidden1;
        double[] v0 = output0;
        double[] v1 = output1;
        double h0 = fire(w0, i0, i1, hiddenBias, 0);
        double h1 = fire(w1, i0, i1, hiddenBias, 1);
        double o0 = fire(v0, h0, h1, outputBias, 0);
        double o1 = fire(v1, h0, h1, outputBias, 1);
        double d0 = -(sample.target(0) - o0) * (o0 * (1 - o0));
        double d1 = -(sample.target(1) - o1) * (o1 * (1 - o1));
        // δ of the hidden layer through the output weights before (exact) or after (layer by layer) their update
        double e0 = 0;
        double e1 = 0;
        if (exact) {
            e0 = hiddenDelta(v0[0], v1[0], d0, d1, h0);
            e1 = hiddenDelta(v0[1], v1[1], d0, d1, h1);
        }
        update(v0, output0Gradient, d0, h0, h1);
        update(v1, output1Gradient, d1, h0, h1);
        biases(outputBias, outputBiasGradient, d0, d1);
        if (!exact) {
            e0 = hiddenDelta(v0[0], v1[0], d0, d1, h0);
            e1 = hiddenDelta(v0[1], v1[1], d0, d1, h1);
        }
        update(w0, hidden0Gradient, e0, i0, i1);
        update(w1, hidden1Gradient, e1, i0, i1);
        biases(hiddenBias, hiddenBiasGradient, e0, e1);
    }

    /** Neuron {@code j}'s output σ(row · in + b_j), the bias added only when the network has biases. */
    private double fire(double[] row, double in0, double in1, double[] bias, int j) {
        double net = row[0] * in0 + row[1] * in1;
        if (withBias) net += bias[j];
        return LayerFunctions.sigmoid(net);
    }

    /** A hidden neuron's δ from the two output δ through its two outgoing weights, times σ′ = h(1 − h). */
    private static double hiddenDelta(double toOutput0, double toOutput1, double d0, double d1, double h) {
        return (0.0 + toOutput0 * d0 + toOutput1 * d1) * (h * (1 - h));
    }

    /** One row: g = δ·in, w ← w − η·g. */
    private void update(double[] row, double[] gradient, double delta, double in0, double in1) {
        double g0 = delta * in0;
        double g1 = delta * in1;
        gradient[0] = g0;
        gradient[1] = g1;
        row[0] -= rate * g0;
        row[1] -= rate * g1;
    }

    /** A layer's bias gradients from its two δ, and their update when biases learn. */
    private void biases(double[] b, double[] gradient, double delta0, double delta1) {
        switch (biasMode) {
            case NONE -> {
                gradient[0] = 0;
                gradient[1] = 0;
            }
            case PER_NEURON -> {
                gradient[0] = delta0;
                gradient[1] = delta1;
                if (updateBiases) {
                    b[0] -= rate * delta0;
                    b[1] -= rate * delta1;
                }
            }
            case PER_LAYER -> {
                double sum = 0.0 + delta0 + delta1;
                gradient[0] = sum;
                gradient[1] = sum;
                if (updateBiases) {
                    b[0] -= rate * sum;
                    b[1] -= rate * sum;
                }
            }
        }
    }
}

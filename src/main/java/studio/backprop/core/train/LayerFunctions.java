package studio.backprop.core.train;

import java.util.Arrays;
import studio.backprop.core.graph.Op;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.Sample;

/**
 * The element-wise arithmetic of {@link ReferenceNetwork}: each activation over a layer, its slope, each loss
 * and its output deltas. Numerically stable: sigmoid as {@link Op#sigmoid}, softmax with the maximum
 * subtracted, cross-entropy computed from the logits.
 */
final class LayerFunctions {
    private LayerFunctions() { }

    /**
     * out = f(net) for a layer, and the slope dout/dnet of a one-to-one activation (softmax leaves {@code slope}
     * alone: its Jacobian is not diagonal and the output deltas handle it).
     */
    static void activate(Activation activation, double[] net, double[] out, double[] slope) {
        switch (activation) {
            case SIGMOID -> sigmoidLayer(net, out, slope);
            case TANH -> tanhLayer(net, out, slope);
            case RELU -> reluLayer(net, out, slope);
            case LINEAR -> {
                System.arraycopy(net, 0, out, 0, net.length);
                Arrays.fill(slope, 1);
            }
            case SOFTMAX -> softmaxLayer(net, out);
        }
    }

    // One small method per activation, so that the JIT inlines each into the forward pass.

    private static void sigmoidLayer(double[] net, double[] out, double[] slope) {
        for (int j = 0; j < net.length; j++) {
            double o = sigmoid(net[j]);
            out[j] = o;
            slope[j] = o * (1 - o);
        }
    }

    /** The same numbers as {@link Op#sigmoid}, small enough to inline into every kernel. */
    static double sigmoid(double z) {
        if (z >= 0) return 1 / (1 + Math.exp(-z));
        double e = Math.exp(z);
        return e / (1 + e);
    }

    private static void tanhLayer(double[] net, double[] out, double[] slope) {
        for (int j = 0; j < net.length; j++) {
            double o = tanh(net[j]);
            out[j] = o;
            slope[j] = 1 - o * o;
        }
    }

    private static void reluLayer(double[] net, double[] out, double[] slope) {
        for (int j = 0; j < net.length; j++) {
            boolean on = net[j] > 0;
            out[j] = on ? net[j] : 0;
            slope[j] = on ? 1 : 0;
        }
    }

    private static void softmaxLayer(double[] net, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : net) max = Math.max(max, z);
        double sum = 0;
        for (double z : net) sum += Math.exp(z - max);
        for (int j = 0; j < net.length; j++) out[j] = Math.exp(net[j] - max) / sum;
    }

    /**
     * tanh(x) within a few units in the last place of {@link Math#tanh} (relative error below 1e-14), about five
     * times faster: on JDK 17 {@code Math.tanh} is a native call, while {@link Math#exp} is an intrinsic. Taylor
     * series to x⁹ for |x| &lt; 0.05 (where 1 − 2/(e^2x + 1) would cancel), that formula elsewhere.
     */
    static double tanh(double x) {
        double a = Math.abs(x);
        if (a < 0.05) {
            double x2 = x * x;
            return x * (1 + x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315 + x2 * (62.0 / 2835)))));
        }
        double t = 1 - 2 / (Math.exp(2 * a) + 1);
        return x < 0 ? -t : t;
    }

    /** dout/dnet of a one-to-one activation, from the net and the out. */
    static double derivative(Activation activation, double net, double out) {
        return switch (activation) {
            case SIGMOID -> out * (1 - out);
            case TANH -> 1 - out * out;
            case RELU -> net > 0 ? 1 : 0;
            case LINEAR -> 1;
            case SOFTMAX -> throw new IllegalStateException("softmax has no one-to-one derivative");
        };
    }

    /** One sample's loss from the output layer's nets and outs. */
    static double loss(Loss loss, Activation output, double[] net, double[] out, Sample sample) {
        double sum = 0;
        switch (loss) {
            case HALF_SSE -> {
                for (int k = 0; k < out.length; k++) { double d = sample.target(k) - out[k]; sum += 0.5 * d * d; }
            }
            case MSE -> {
                for (int k = 0; k < out.length; k++) { double d = sample.target(k) - out[k]; sum += d * d; }
                sum /= out.length;
            }
            case CROSS_ENTROPY -> {
                if (output == Activation.SOFTMAX) {
                    double logSumExp = logSumExp(net);
                    for (int k = 0; k < out.length; k++) {
                        double t = sample.target(k);
                        if (t != 0) sum -= t * (net[k] - logSumExp);
                    }
                } else {
                    for (int k = 0; k < out.length; k++) sum += softplus(net[k]) - sample.target(k) * net[k];
                }
            }
        }
        return sum;
    }

    /** δ of the output layer, ∂E/∂net_k for one sample, from its outs and the slopes of its activation. */
    static void outputDeltas(Loss loss, Activation output, double[] out, double[] slope, double[] delta, Sample sample) {
        boolean softmax = output == Activation.SOFTMAX;
        if (loss == Loss.CROSS_ENTROPY) {
            crossEntropyDeltas(sample, out, delta, softmax);
        } else {
            squaredErrorDeltas(sample, out, delta, loss == Loss.HALF_SSE);
            if (softmax) {
                softmaxDeltas(out, delta);
            } else {
                for (int k = 0; k < delta.length; k++) delta[k] *= slope[k];
            }
        }
    }

    /** ∂E/∂net of cross-entropy on the logits: out − t, or out·Σt − t after a softmax. */
    private static void crossEntropyDeltas(Sample sample, double[] out, double[] delta, boolean softmax) {
        int n = out.length;
        if (softmax) {
            double targetSum = 0;
            for (int k = 0; k < n; k++) targetSum += sample.target(k);
            for (int k = 0; k < n; k++) delta[k] = out[k] * targetSum - sample.target(k);
        } else {
            for (int k = 0; k < n; k++) delta[k] = out[k] - sample.target(k);
        }
    }

    /** ∂E/∂out of ½·Σ(t − out)² (half) or of the mean of (t − out)². */
    private static void squaredErrorDeltas(Sample sample, double[] out, double[] delta, boolean half) {
        int n = out.length;
        if (half) {
            for (int k = 0; k < n; k++) delta[k] = -(sample.target(k) - out[k]);
        } else {
            for (int k = 0; k < n; k++) delta[k] = (1.0 / n) * (-2 * (sample.target(k) - out[k]));
        }
    }

    /** ∂E/∂net from ∂E/∂out through the softmax's Jacobian: out_k·(∂E/∂out_k − Σ_j ∂E/∂out_j·out_j). */
    private static void softmaxDeltas(double[] out, double[] delta) {
        double weighted = 0;
        for (int j = 0; j < out.length; j++) weighted += delta[j] * out[j];
        for (int k = 0; k < out.length; k++) delta[k] = out[k] * (delta[k] - weighted);
    }

    /** Mean |g| over a layer's weight gradients. */
    static double meanAbsolute(double[][] gradient) {
        double size = 0;
        int count = 0;
        for (double[] row : gradient) {
            for (double g : row) size += Math.abs(g);
            count += row.length;
        }
        return size / count;
    }

    private static double logSumExp(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (double v : z) sum += Math.exp(v - max);
        return max + Math.log(sum);
    }

    /** ln(1 + e^z), finite for every finite z. */
    private static double softplus(double z) {
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }
}

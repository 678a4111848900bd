package studio.backprop.core.train;

import java.util.SplittableRandom;
import studio.backprop.core.nn.Activation;

/**
 * Inverted dropout: every hidden unit's output is multiplied by a mask drawn per sample from the seed, 0 with
 * probability p and 1/(1 − p) otherwise, so evaluation needs no rescaling.
 */
final class Dropout implements ReferenceNetwork.UnitMask {
    private final double p;
    private final SplittableRandom random;
    /** Per sample of the current batch: the mask, [sample][layer][neuron]. */
    private double[][][] masks = new double[0][][];
    /** Per sample of the current batch: hidden outputs before the mask, [sample][layer][neuron]. */
    private double[][][] unmasked = new double[0][][];

    Dropout(double p, long seed) {
        this.p = p;
        this.random = new SplittableRandom(seed);
    }

    /** The mask of sample {@code s} of the latest batch for hidden layer {@code layer}: 0 or 1/(1 − p) per unit. */
    double[] mask(int s, int layer) {
        return masks[s][layer].clone();
    }

    @Override
    public void ensureCapacity(int samples, int[] sizes) {
        if (masks.length >= samples) return;
        masks = new double[samples][sizes.length][];
        unmasked = new double[samples][sizes.length][];
        for (int s = 0; s < samples; s++) {
            for (int l = 0; l < sizes.length; l++) {
                masks[s][l] = new double[sizes[l]];
                unmasked[s][l] = new double[sizes[l]];
            }
        }
    }

    /** Draws a mask, 0 with probability p and 1/(1 − p) otherwise, and applies it to the outputs. */
    @Override
    public void forward(int s, int layer, double[] out) {
        double keep = 1 / (1 - p);
        double[] mask = masks[s][layer];
        System.arraycopy(out, 0, unmasked[s][layer], 0, out.length);
        for (int j = 0; j < out.length; j++) {
            mask[j] = random.nextDouble() < p ? 0 : keep;
            out[j] *= mask[j];
        }
    }

    /** out = m·f(net): ∂out/∂net = m·f'(net), and f(net) is the output before the mask. */
    @Override
    public void backward(int s, int layer, double[] delta, Activation activation, double[] net) {
        double[] mask = masks[s][layer];
        double[] before = unmasked[s][layer];
        for (int k = 0; k < delta.length; k++) {
            delta[k] = mask[k] == 0 ? 0 : delta[k] * mask[k] * LayerFunctions.derivative(activation, net[k], before[k]);
        }
    }
}

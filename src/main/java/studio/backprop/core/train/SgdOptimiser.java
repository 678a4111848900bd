package studio.backprop.core.train;

import java.util.Arrays;
import java.util.List;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.DeepCopy;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/**
 * Stochastic gradient descent on a {@link ReferenceNetwork}, with the techniques of {@link TrainingOptions}.
 * L2 and L1 regularisation add λ·w and λ·sign(w) to the gradient of every weight (never a bias), matching
 * {@link #penalty}; classical momentum keeps one velocity per parameter; {@link Dropout} masks the hidden units
 * of a step's backward pass. Plain SGD of one sample takes a tight path, and the lecture's shape a kernel of its
 * own ({@link TinySigmoidKernel}); both give the same numbers as the general path.
 */
final class SgdOptimiser {
    private final ReferenceNetwork network;
    private final double rate;
    private final UpdateOrder order;
    private final boolean updateBiases;
    private final double momentum;
    private final double l2;
    private final double l1;
    private final Dropout dropout;
    private final boolean dropping;
    /** Per parameter: the velocity of classical momentum. */
    private final double[][][] weightVelocities;
    private final double[][] biasVelocities;
    /** Mean |∂E/∂w| over the weights into each layer, from the latest backward pass (before regularisation). */
    private final double[] gradientSizes;
    /** Whether {@link #gradientSizes} must be recomputed from the weight gradients (they hold no regularisation then). */
    private boolean gradientSizesStale;
    /** Plain SGD: no momentum, regularisation or dropout, so a one-sample step can take {@link #stepOne}. */
    private final boolean plain;
    /** The specialised step of a tiny plain network, or null. */
    private final TinySigmoidKernel kernel;

    SgdOptimiser(ReferenceNetwork network, NetworkSpec spec, TrainingOptions options) {
        this.network = network;
        this.rate = spec.learningRate();
        this.order = spec.updateOrder();
        this.updateBiases = spec.updateBiases() && network.biasMode != BiasMode.NONE;
        this.momentum = options.momentum();
        this.l2 = options.l2();
        this.l1 = options.l1();
        this.dropout = new Dropout(options.dropout(), options.seed());
        this.dropping = options.dropout() > 0;
        this.weightVelocities = DeepCopy.of(network.weights);
        this.biasVelocities = DeepCopy.of(network.biases);
        for (double[][] layer : weightVelocities) for (double[] row : layer) Arrays.fill(row, 0);
        for (double[] layer : biasVelocities) Arrays.fill(layer, 0);
        this.gradientSizes = new double[network.top];
        this.plain = momentum == 0 && l2 == 0 && l1 == 0 && options.dropout() == 0;
        this.kernel = plain && TinySigmoidKernel.fits(network) ? new TinySigmoidKernel(network, rate, order, updateBiases) : null;
    }

    /** λ₂/2·Σw² + λ₁·Σ|w| over every weight, biases excluded. */
    double penalty() {
        double penalty = 0;
        for (double[][] layer : network.weights) {
            for (double[] row : layer) {
                for (double w : row) penalty += 0.5 * l2 * w * w + l1 * Math.abs(w);
            }
        }
        return penalty;
    }

    /** The gradient of the loss plus {@link #penalty} into the network's gradient buffers; nothing changes. */
    void gradients(List<Sample> batch, boolean drop) {
        network.backward(batch, drop ? dropout : null, this::regularise);
    }

    /** The dropout mask of sample {@code s} of the latest batch for hidden layer {@code layer}. */
    double[] mask(int s, int layer) {
        return dropout.mask(s, layer);
    }

    /**
     * One update from the batch's mean gradient: p ← p − η·∂E/∂p for every weight (and bias when biases are
     * updated), or with momentum v ← μ·v − η·∂E/∂p, p ← p + v. With {@link UpdateOrder#LAYER_BY_LAYER} each
     * layer is updated before the error is propagated below it.
     */
    void step(List<Sample> batch) {
        if (plain && batch.size() == 1) {
            if (kernel != null) {
                kernel.step(batch.get(0));
                gradientSizesStale = true;
            } else {
                stepOne(batch.get(0));
            }
            return;
        }
        if (order == UpdateOrder.LAYER_BY_LAYER) {
            network.backward(batch, dropping ? dropout : null, l -> {
                regularise(l);
                apply(l);
            });
        } else {
            network.backward(batch, dropping ? dropout : null, this::regularise);
            for (int l = 0; l < network.top; l++) apply(l);
        }
    }

    /** Mean |∂E/∂w| over the weights into each layer from the latest step or gradient, before regularisation. */
    double[] gradientSizes() {
        if (gradientSizesStale) {
            for (int l = 0; l < network.top; l++) gradientSizes[l] = LayerFunctions.meanAbsolute(network.weightGradients[l]);
            gradientSizesStale = false;
        }
        return gradientSizes.clone();
    }

    /** Adds the penalty's gradient to the weights' gradients into layer l + 1, keeping their size before it. */
    private void regularise(int l) {
        if (l2 == 0 && l1 == 0) {
            gradientSizesStale = true;
            return;
        }
        double[][] gradient = network.weightGradients[l];
        gradientSizes[l] = LayerFunctions.meanAbsolute(gradient);
        for (int j = 0; j < gradient.length; j++) {
            double[] row = network.weights[l][j];
            double[] rowGradient = gradient[j];
            for (int k = 0; k < row.length; k++) rowGradient[k] += l2 * row[k] + l1 * Math.signum(row[k]);
        }
    }

    private void apply(int l) {
        double[][] w = network.weights[l];
        double[][] gradient = network.weightGradients[l];
        double[] b = network.biases[l];
        double[] biasGradient = network.biasGradients[l];
        int inputs = network.sizes[l];
        int neurons = network.sizes[l + 1];
        if (momentum == 0) {
            for (int j = 0; j < neurons; j++) {
                double[] row = w[j];
                double[] rowGradient = gradient[j];
                for (int k = 0; k < inputs; k++) row[k] -= rate * rowGradient[k];
                if (updateBiases) b[j] -= rate * biasGradient[j];
            }
            return;
        }
        for (int j = 0; j < neurons; j++) {
            double[] row = w[j];
            double[] rowGradient = gradient[j];
            double[] velocity = weightVelocities[l][j];
            for (int k = 0; k < inputs; k++) {
                velocity[k] = momentum * velocity[k] - rate * rowGradient[k];
                row[k] += velocity[k];
            }
            if (updateBiases) {
                biasVelocities[l][j] = momentum * biasVelocities[l][j] - rate * biasGradient[j];
                b[j] += biasVelocities[l][j];
            }
        }
    }

    /**
     * The tight path of {@link #step} for one sample of plain SGD: the same numbers as the general path, with
     * each layer's gradient applied as soon as the error below it no longer needs that layer's old weights, and
     * no clearing or dividing of gradient buffers.
     */
    private void stepOne(Sample sample) {
        ReferenceNetwork net = network;
        net.ensureCapacity(1);
        net.forward(0, sample, null);
        net.outputDeltas(0, sample);
        boolean exact = order == UpdateOrder.EXACT;
        double[][] deltaOf = net.deltas[0];
        double[][] outOf = net.outs[0];
        for (int layer = net.top; layer >= 1; layer--) {
            int l = layer - 1;
            if (exact && layer > 1) net.hiddenDeltas(0, l, null);
            double[] delta = deltaOf[layer];
            double[] in = outOf[l];
            double[][] w = net.weights[l];
            double[][] gradient = net.weightGradients[l];
            int inputs = in.length;
            double biasSum = 0;
            for (int j = 0; j < delta.length; j++) {
                double d = delta[j];
                double[] row = w[j];
                double[] rowGradient = gradient[j];
                for (int k = 0; k < inputs; k++) {
                    double g = d * in[k];
                    rowGradient[k] = g;
                    row[k] -= rate * g;
                }
                biasSum += d;
            }
            updateBiasesOne(l, delta, biasSum);
            if (!exact && layer > 1) net.hiddenDeltas(0, l, null);
        }
        gradientSizesStale = true;
    }

    /** Bias gradients of one sample's δ into layer {@code l + 1}, and their update when biases learn. */
    private void updateBiasesOne(int l, double[] delta, double biasSum) {
        double[] gradient = network.biasGradients[l];
        double[] b = network.biases[l];
        switch (network.biasMode) {
            case NONE -> Arrays.fill(gradient, 0);
            case PER_NEURON -> {
                System.arraycopy(delta, 0, gradient, 0, delta.length);
                if (updateBiases) {
                    for (int j = 0; j < delta.length; j++) b[j] -= rate * delta[j];
                }
            }
            case PER_LAYER -> {
                Arrays.fill(gradient, biasSum);
                if (updateBiases) {
                    for (int j = 0; j < b.length; j++) b[j] -= rate * biasSum;
                }
            }
        }
    }
}

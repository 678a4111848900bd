package studio.backprop.core.train;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import studio.backprop.core.graph.Op;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/**
 * The training path: the same network as the lowered graph, on plain double arrays. Forward pass,
 * backward pass (mean gradient over a mini-batch) and one SGD update, in the spec's
 * {@link UpdateOrder}. Numerically stable: sigmoid via {@link Op#sigmoid}, softmax with the maximum
 * subtracted, cross-entropy computed from the logits. Mutable and owned by one thread; {@link #toSpec()}
 * makes the immutable snapshot that crosses threads.
 *
 * <p>The techniques of {@link TrainingOptions} act in {@link #step}: L2 and L1 regularisation add λ·w and
 * λ·sign(w) to the gradient of every weight (never a bias), matching the penalty {@link #objective} adds
 * to the loss; classical momentum keeps one velocity per parameter; dropout multiplies every hidden unit's
 * output by a mask drawn per sample from the seed, 0 with probability p and 1/(1 − p) otherwise (inverted
 * dropout, so evaluation needs no rescaling). {@link #predict}, {@link #loss} and {@link #gradients} never
 * drop units. Buffers grow with the largest batch and are reused: a step allocates nothing per sample.
 */
public final class FastNetwork {
    private final NetworkSpec conventions;
    private final int[] sizes;
    private final int top;
    private final Activation[] activations;
    private final Loss loss;
    private final BiasMode biasMode;
    private final boolean updateBiases;
    private final double rate;
    private final UpdateOrder order;
    private final double[][][] weights;
    private final double[][] biases;
    private final double[][][] weightGradients;
    private final double[][] biasGradients;
    private final double momentum;
    private final double l2;
    private final double l1;
    private final double dropout;
    private final SplittableRandom dropoutRandom;
    /** Per parameter: the velocity of classical momentum. */
    private final double[][][] weightVelocities;
    private final double[][] biasVelocities;
    /** Mean |∂E/∂w| over the weights into each layer, from the latest backward pass (before regularisation). */
    private final double[] gradientSizes;
    /** Whether the current backward pass drops units. */
    private boolean dropping;
    /** Per sample of the current batch: the dropout mask, [sample][layer][neuron]. */
    private double[][][] masks = new double[0][][];
    /** Per sample of the current batch: hidden outputs before the dropout mask, [sample][layer][neuron]. */
    private double[][][] unmasked = new double[0][][];
    /** Per sample of the current batch: [sample][layer][neuron]. */
    private double[][][] nets = new double[0][][];
    private double[][][] outs = new double[0][][];
    private double[][][] deltas = new double[0][][];

    /** A network with the spec's parameters and conventions; an unsupported spec is an {@link IllegalArgumentException}. */
    public FastNetwork(NetworkSpec spec) {
        this(spec, TrainingOptions.iterations(1));
    }

    /** As {@link #FastNetwork(NetworkSpec)}, with the momentum, regularisation and dropout of {@code options}. */
    public FastNetwork(NetworkSpec spec, TrainingOptions options) {
        NetworkSpecs.requireSupported(spec);
        this.conventions = spec;
        this.sizes = spec.sizes();
        this.top = sizes.length - 1;
        this.activations = new Activation[sizes.length];
        for (int l = 1; l <= top; l++) activations[l] = spec.activation(l);
        this.loss = spec.loss();
        this.biasMode = spec.biasMode();
        this.updateBiases = spec.updateBiases() && biasMode != BiasMode.NONE;
        this.rate = spec.learningRate();
        this.order = spec.updateOrder();
        this.weights = spec.weights();
        this.biases = spec.biases();
        this.weightGradients = NetworkGradients.copy(weights);
        this.biasGradients = NetworkGradients.copy(biases);
        this.momentum = options.momentum();
        this.l2 = options.l2();
        this.l1 = options.l1();
        this.dropout = options.dropout();
        this.dropoutRandom = new SplittableRandom(options.seed());
        this.weightVelocities = NetworkGradients.copy(weights);
        this.biasVelocities = NetworkGradients.copy(biases);
        for (double[][] layer : weightVelocities) for (double[] row : layer) Arrays.fill(row, 0);
        for (double[] layer : biasVelocities) Arrays.fill(layer, 0);
        this.gradientSizes = new double[top];
    }

    /** The current parameters with the original conventions, as an immutable spec. */
    public NetworkSpec toSpec() {
        return conventions.withParameters(weights, biases);
    }

    /** The outputs for one input vector. */
    public double[] predict(double[] inputs) {
        ensureCapacity(1);
        forward(0, inputs);
        return outs[0][top].clone();
    }

    /** The per-sample loss (the lecture's E_total for one sample). */
    public double loss(Sample sample) {
        ensureCapacity(1);
        forward(0, sample);
        return sampleLoss(0, sample);
    }

    /** The mean per-sample loss over the samples. */
    public double meanLoss(List<Sample> samples) {
        if (samples.isEmpty()) throw new IllegalArgumentException("the loss needs at least one sample");
        double sum = 0;
        for (Sample sample : samples) sum += loss(sample);
        return sum / samples.size();
    }

    /**
     * The mean loss over the samples plus the regularisation penalty: λ₂/2·Σw² + λ₁·Σ|w| over every weight,
     * biases excluded. This is the function whose gradient {@link #gradients} returns.
     */
    public double objective(List<Sample> samples) {
        double penalty = 0;
        for (double[][] layer : weights) {
            for (double[] row : layer) {
                for (double w : row) penalty += 0.5 * l2 * w * w + l1 * Math.abs(w);
            }
        }
        return meanLoss(samples) + penalty;
    }

    /** The gradient of {@link #objective} over the batch at the current parameters, no units dropped; nothing changes. */
    public NetworkGradients gradients(List<Sample> batch) {
        backward(batch, false, false);
        return new NetworkGradients(weightGradients, biasGradients);
    }

    /** As {@link #gradients}, with the next dropout masks drawn (as a step would); the parameters do not change. */
    NetworkGradients droppedGradients(List<Sample> batch) {
        backward(batch, false, true);
        return new NetworkGradients(weightGradients, biasGradients);
    }

    /** The dropout mask of sample {@code s} of the latest batch for hidden layer {@code layer}: 0 or 1/(1 − p) per unit. */
    double[] mask(int s, int layer) {
        return masks[s][layer].clone();
    }

    /**
     * Mean |∂E/∂w| over the weights into each layer (index l for the weights from layer l to l + 1), from the
     * latest step or gradient, before regularisation: the sizes that shrink layer by layer when gradients vanish.
     */
    public double[] gradientSizes() {
        return gradientSizes.clone();
    }

    /**
     * One SGD update from the batch's mean gradient: p ← p − η·∂E/∂p for every weight (and bias when
     * biases are updated), or with momentum v ← μ·v − η·∂E/∂p, p ← p + v. With
     * {@link UpdateOrder#LAYER_BY_LAYER} each layer is updated before the error is propagated below it.
     */
    public void step(List<Sample> batch) {
        backward(batch, true, dropout > 0);
    }

    /** Whether every weight and bias is a finite number. */
    public boolean isFinite() {
        for (int l = 0; l < top; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                if (!Double.isFinite(biases[l][j])) return false;
                for (double w : weights[l][j]) if (!Double.isFinite(w)) return false;
            }
        }
        return true;
    }

    /** Number of weights and biases as stored (a shared bias counts once per neuron here). */
    int storedParameterCount() {
        int count = 0;
        for (int l = 0; l < top; l++) count += sizes[l + 1] * (sizes[l] + 1);
        return count;
    }

    /** Copies every stored parameter into {@code into}. */
    void saveParameters(double[] into) {
        int i = 0;
        for (int l = 0; l < top; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                System.arraycopy(weights[l][j], 0, into, i, sizes[l]);
                i += sizes[l];
                into[i++] = biases[l][j];
            }
        }
    }

    /** Restores parameters saved by {@link #saveParameters}. */
    void restoreParameters(double[] from) {
        int i = 0;
        for (int l = 0; l < top; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                System.arraycopy(from, i, weights[l][j], 0, sizes[l]);
                i += sizes[l];
                biases[l][j] = from[i++];
            }
        }
    }

    private void backward(List<Sample> batch, boolean update, boolean drop) {
        if (batch.isEmpty()) throw new IllegalArgumentException("a mini-batch needs at least one sample");
        int n = batch.size();
        ensureCapacity(n);
        dropping = drop;
        for (int s = 0; s < n; s++) {
            forward(s, batch.get(s));
            outputDeltas(s, batch.get(s));
        }
        boolean layerByLayer = update && order == UpdateOrder.LAYER_BY_LAYER;
        for (int layer = top; layer >= 1; layer--) {
            layerGradients(layer, n);
            if (layerByLayer) apply(layer - 1);
            if (layer > 1) {
                for (int s = 0; s < n; s++) hiddenDeltas(s, layer - 1);
            }
        }
        if (update && !layerByLayer) {
            for (int l = 0; l < top; l++) apply(l);
        }
        dropping = false;
    }

    private void forward(int s, double[] inputs) {
        if (inputs.length != sizes[0]) {
            throw new IllegalArgumentException("the network takes " + sizes[0] + " inputs, not " + inputs.length);
        }
        System.arraycopy(inputs, 0, outs[s][0], 0, inputs.length);
        forwardLayers(s);
    }

    /** As {@link #forward(int, double[])} without copying the sample's inputs out of it. */
    private void forward(int s, Sample sample) {
        if (sample.inputCount() != sizes[0]) {
            throw new IllegalArgumentException("the network takes " + sizes[0] + " inputs, not " + sample.inputCount());
        }
        for (int k = 0; k < sizes[0]; k++) outs[s][0][k] = sample.input(k);
        forwardLayers(s);
    }

    private void forwardLayers(int s) {
        for (int layer = 1; layer <= top; layer++) {
            double[] in = outs[s][layer - 1];
            double[] net = nets[s][layer];
            double[] out = outs[s][layer];
            double[][] w = weights[layer - 1];
            for (int j = 0; j < net.length; j++) {
                double sum = 0;
                for (int k = 0; k < in.length; k++) sum += w[j][k] * in[k];
                if (biasMode != BiasMode.NONE) sum += biases[layer - 1][j];
                net[j] = sum;
            }
            activate(activations[layer], net, out);
            if (dropping && layer < top) drop(out, masks[s][layer], unmasked[s][layer]);
        }
    }

    /** Draws a mask, 0 with probability p and 1/(1 − p) otherwise, and applies it to the outputs. */
    private void drop(double[] out, double[] mask, double[] before) {
        double keep = 1 / (1 - dropout);
        System.arraycopy(out, 0, before, 0, out.length);
        for (int j = 0; j < out.length; j++) {
            mask[j] = dropoutRandom.nextDouble() < dropout ? 0 : keep;
            out[j] *= mask[j];
        }
    }

    private static void activate(Activation activation, double[] net, double[] out) {
        switch (activation) {
            case SIGMOID -> { for (int j = 0; j < net.length; j++) out[j] = Op.sigmoid(net[j]); }
            case TANH -> { for (int j = 0; j < net.length; j++) out[j] = Math.tanh(net[j]); }
            case RELU -> { for (int j = 0; j < net.length; j++) out[j] = net[j] > 0 ? net[j] : 0; }
            case LINEAR -> System.arraycopy(net, 0, out, 0, net.length);
            case SOFTMAX -> {
                double max = Double.NEGATIVE_INFINITY;
                for (double z : net) max = Math.max(max, z);
                double sum = 0;
                for (double z : net) sum += Math.exp(z - max);
                for (int j = 0; j < net.length; j++) out[j] = Math.exp(net[j] - max) / sum;
            }
        }
    }

    /** dout/dnet of a one-to-one activation, from the net and the out. */
    private static double derivative(Activation activation, double net, double out) {
        return switch (activation) {
            case SIGMOID -> out * (1 - out);
            case TANH -> 1 - out * out;
            case RELU -> net > 0 ? 1 : 0;
            case LINEAR -> 1;
            case SOFTMAX -> throw new IllegalStateException("softmax has no one-to-one derivative");
        };
    }

    private double sampleLoss(int s, Sample sample) {
        double[] out = outs[s][top];
        double[] net = nets[s][top];
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
                if (activations[top] == Activation.SOFTMAX) {
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

    /** δ of the output layer: ∂E/∂net_k for one sample. */
    private void outputDeltas(int s, Sample sample) {
        double[] out = outs[s][top];
        double[] net = nets[s][top];
        double[] delta = deltas[s][top];
        int n = out.length;
        if (loss == Loss.CROSS_ENTROPY) {
            if (activations[top] == Activation.SOFTMAX) {
                double targetSum = 0;
                for (int k = 0; k < n; k++) targetSum += sample.target(k);
                for (int k = 0; k < n; k++) delta[k] = out[k] * targetSum - sample.target(k);
            } else {
                for (int k = 0; k < n; k++) delta[k] = out[k] - sample.target(k);
            }
            return;
        }
        for (int k = 0; k < n; k++) {
            double difference = sample.target(k) - out[k];
            delta[k] = loss == Loss.HALF_SSE ? -difference : (1.0 / n) * (-2 * difference); // ∂E/∂out_k for now
        }
        if (activations[top] == Activation.SOFTMAX) {
            double weighted = 0;
            for (int j = 0; j < n; j++) weighted += delta[j] * out[j];
            for (int k = 0; k < n; k++) delta[k] = out[k] * (delta[k] - weighted);
        } else {
            for (int k = 0; k < n; k++) delta[k] *= derivative(activations[top], net[k], out[k]);
        }
    }

    /** δ of layer {@code layer} from δ of the layer above, through the weights as they are now. */
    private void hiddenDeltas(int s, int layer) {
        double[][] w = weights[layer];
        double[] above = deltas[s][layer + 1];
        double[] delta = deltas[s][layer];
        for (int k = 0; k < delta.length; k++) {
            double sum = 0;
            for (int j = 0; j < above.length; j++) sum += w[j][k] * above[j];
            if (dropping) {
                // out = m·f(net): ∂out/∂net = m·f'(net), and f(net) is the output before the mask
                double mask = masks[s][layer][k];
                delta[k] = mask == 0 ? 0 : sum * mask * derivative(activations[layer], nets[s][layer][k], unmasked[s][layer][k]);
            } else {
                delta[k] = sum * derivative(activations[layer], nets[s][layer][k], outs[s][layer][k]);
            }
        }
    }

    /** Mean over the batch of ∂E/∂w and ∂E/∂b for the weights into {@code layer}. */
    private void layerGradients(int layer, int n) {
        int l = layer - 1;
        for (int j = 0; j < sizes[layer]; j++) {
            java.util.Arrays.fill(weightGradients[l][j], 0);
            double biasSum = 0;
            for (int s = 0; s < n; s++) {
                double delta = deltas[s][layer][j];
                double[] in = outs[s][l];
                for (int k = 0; k < in.length; k++) weightGradients[l][j][k] += delta * in[k];
                biasSum += delta;
            }
            for (int k = 0; k < sizes[l]; k++) weightGradients[l][j][k] /= n;
            biasGradients[l][j] = biasMode == BiasMode.NONE ? 0 : biasSum / n;
        }
        if (biasMode == BiasMode.PER_LAYER) {
            double shared = 0;
            for (int j = 0; j < sizes[layer]; j++) shared += biasGradients[l][j];
            java.util.Arrays.fill(biasGradients[l], shared);
        }
        double size = 0;
        for (int j = 0; j < sizes[layer]; j++) {
            for (int k = 0; k < sizes[l]; k++) size += Math.abs(weightGradients[l][j][k]);
        }
        gradientSizes[l] = size / (sizes[layer] * sizes[l]);
        if (l2 != 0 || l1 != 0) {
            for (int j = 0; j < sizes[layer]; j++) {
                for (int k = 0; k < sizes[l]; k++) {
                    double w = weights[l][j][k];
                    weightGradients[l][j][k] += l2 * w + l1 * Math.signum(w);
                }
            }
        }
    }

    private void apply(int l) {
        if (momentum == 0) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                for (int k = 0; k < sizes[l]; k++) weights[l][j][k] -= rate * weightGradients[l][j][k];
                if (updateBiases) biases[l][j] -= rate * biasGradients[l][j];
            }
            return;
        }
        for (int j = 0; j < sizes[l + 1]; j++) {
            for (int k = 0; k < sizes[l]; k++) {
                weightVelocities[l][j][k] = momentum * weightVelocities[l][j][k] - rate * weightGradients[l][j][k];
                weights[l][j][k] += weightVelocities[l][j][k];
            }
            if (updateBiases) {
                biasVelocities[l][j] = momentum * biasVelocities[l][j] - rate * biasGradients[l][j];
                biases[l][j] += biasVelocities[l][j];
            }
        }
    }

    private void ensureCapacity(int n) {
        if (nets.length >= n) return;
        nets = new double[n][][];
        outs = new double[n][][];
        deltas = new double[n][][];
        masks = new double[n][][];
        unmasked = new double[n][][];
        for (int s = 0; s < n; s++) {
            masks[s] = new double[sizes.length][];
            unmasked[s] = new double[sizes.length][];
            nets[s] = new double[sizes.length][];
            outs[s] = new double[sizes.length][];
            deltas[s] = new double[sizes.length][];
            for (int l = 0; l < sizes.length; l++) {
                nets[s][l] = new double[sizes[l]];
                outs[s][l] = new double[sizes[l]];
                deltas[s][l] = new double[sizes[l]];
                masks[s][l] = new double[sizes[l]];
                unmasked[s][l] = new double[sizes[l]];
            }
        }
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

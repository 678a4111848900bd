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
    /** Whether {@link #gradientSizes} must be recomputed from the weight gradients (they hold no regularisation then). */
    private boolean gradientSizesStale;
    /** Plain SGD: no momentum, regularisation or dropout, so a one-sample step can take {@link #stepOne}. */
    private final boolean plain;
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
    /** Per sample of the current batch: dout/dnet of each one-to-one activation, from the forward pass. */
    private double[][][] slopes = new double[0][][];

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
        this.plain = momentum == 0 && l2 == 0 && l1 == 0 && dropout == 0;
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
        if (gradientSizesStale) {
            for (int l = 0; l < top; l++) gradientSizes[l] = meanAbsolute(weightGradients[l]);
            gradientSizesStale = false;
        }
        return gradientSizes.clone();
    }

    /**
     * One SGD update from the batch's mean gradient: p ← p − η·∂E/∂p for every weight (and bias when
     * biases are updated), or with momentum v ← μ·v − η·∂E/∂p, p ← p + v. With
     * {@link UpdateOrder#LAYER_BY_LAYER} each layer is updated before the error is propagated below it.
     */
    public void step(List<Sample> batch) {
        if (plain && batch.size() == 1) {
            stepOne(batch.get(0));
        } else {
            backward(batch, true, dropout > 0);
        }
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

    /** Whether every weight and bias is a number no larger in magnitude than {@code limit} (NaN is not). */
    public boolean isWithin(double limit) {
        for (int l = 0; l < top; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                if (!(Math.abs(biases[l][j]) <= limit)) return false;
                for (double w : weights[l][j]) if (!(Math.abs(w) <= limit)) return false;
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
            Sample sample = batch.get(s);
            forward(s, sample);
            outputDeltas(s, sample);
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

    /**
     * The tight path of {@link #step} for one sample of plain SGD (no momentum, regularisation or dropout): the
     * same numbers as {@link #backward}, with each layer's gradient applied as soon as the error below it no
     * longer needs that layer's old weights, and no clearing or dividing of gradient buffers.
     */
    private void stepOne(Sample sample) {
        ensureCapacity(1);
        forward(0, sample);
        outputDeltas(0, sample);
        boolean exact = order == UpdateOrder.EXACT;
        double[][] deltaOf = deltas[0];
        double[][] outOf = outs[0];
        for (int layer = top; layer >= 1; layer--) {
            int l = layer - 1;
            if (exact && layer > 1) hiddenDeltas(0, l);
            double[] delta = deltaOf[layer];
            double[] in = outOf[l];
            double[][] w = weights[l];
            double[][] gradient = weightGradients[l];
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
            if (!exact && layer > 1) hiddenDeltas(0, l);
        }
        gradientSizesStale = true;
    }

    /** Bias gradients of one sample's δ into layer {@code l + 1}, and their update when biases learn. */
    private void updateBiasesOne(int l, double[] delta, double biasSum) {
        double[] gradient = biasGradients[l];
        switch (biasMode) {
            case NONE -> Arrays.fill(gradient, 0);
            case PER_NEURON -> {
                System.arraycopy(delta, 0, gradient, 0, delta.length);
                if (updateBiases) {
                    double[] b = biases[l];
                    for (int j = 0; j < delta.length; j++) b[j] -= rate * delta[j];
                }
            }
            case PER_LAYER -> {
                Arrays.fill(gradient, biasSum);
                if (updateBiases) {
                    double[] b = biases[l];
                    for (int j = 0; j < b.length; j++) b[j] -= rate * biasSum;
                }
            }
        }
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
        int inputs = sizes[0];
        if (sample.inputCount() != inputs) {
            throw new IllegalArgumentException("the network takes " + inputs + " inputs, not " + sample.inputCount());
        }
        double[] in = outs[s][0];
        for (int k = 0; k < inputs; k++) in[k] = sample.input(k);
        forwardLayers(s);
    }

    private void forwardLayers(int s) {
        double[][] netOf = nets[s];
        double[][] outOf = outs[s];
        double[][] slopeOf = slopes[s];
        boolean withBias = biasMode != BiasMode.NONE;
        for (int layer = 1; layer <= top; layer++) {
            double[] in = outOf[layer - 1];
            double[] net = netOf[layer];
            double[] out = outOf[layer];
            double[][] w = weights[layer - 1];
            double[] b = biases[layer - 1];
            int inputs = in.length;
            for (int j = 0; j < net.length; j++) {
                double[] row = w[j];
                double sum = 0;
                for (int k = 0; k < inputs; k++) sum += row[k] * in[k];
                if (withBias) sum += b[j];
                net[j] = sum;
            }
            activate(activations[layer], net, out, slopeOf[layer]);
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

    /**
     * out = f(net) for a layer, and the slope dout/dnet of a one-to-one activation (softmax leaves {@code slope}
     * alone: its Jacobian is not diagonal and the output deltas handle it).
     */
    private static void activate(Activation activation, double[] net, double[] out, double[] slope) {
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
            double z = net[j];
            double o;
            if (z >= 0) {
                o = 1 / (1 + Math.exp(-z));
            } else {
                double e = Math.exp(z);
                o = e / (1 + e);
            }
            out[j] = o;
            slope[j] = o * (1 - o);
        }
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
        double[] delta = deltas[s][top];
        boolean softmax = activations[top] == Activation.SOFTMAX;
        if (loss == Loss.CROSS_ENTROPY) {
            crossEntropyDeltas(sample, out, delta, softmax);
        } else {
            squaredErrorDeltas(sample, out, delta, loss == Loss.HALF_SSE);
            if (softmax) {
                softmaxDeltas(out, delta);
            } else {
                double[] slope = slopes[s][top];
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

    /** δ of layer {@code layer} from δ of the layer above, through the weights as they are now. */
    private void hiddenDeltas(int s, int layer) {
        double[][] w = weights[layer];
        double[] above = deltas[s][layer + 1];
        double[] delta = deltas[s][layer];
        int n = delta.length;
        // Σ_j w[j][k]·δ_j row by row (the same order of additions as a column sum, without striding)
        Arrays.fill(delta, 0);
        for (int j = 0; j < above.length; j++) {
            double[] row = w[j];
            double d = above[j];
            for (int k = 0; k < n; k++) delta[k] += row[k] * d;
        }
        if (dropping) {
            // out = m·f(net): ∂out/∂net = m·f'(net), and f(net) is the output before the mask
            double[] mask = masks[s][layer];
            for (int k = 0; k < n; k++) {
                delta[k] = mask[k] == 0 ? 0
                        : delta[k] * mask[k] * derivative(activations[layer], nets[s][layer][k], unmasked[s][layer][k]);
            }
        } else {
            double[] slope = slopes[s][layer];
            for (int k = 0; k < n; k++) delta[k] *= slope[k];
        }
    }

    /** Mean over the batch of ∂E/∂w and ∂E/∂b for the weights into {@code layer}. */
    private void layerGradients(int layer, int n) {
        int l = layer - 1;
        double[][] gradient = weightGradients[l];
        double[] biasGradient = biasGradients[l];
        int inputs = sizes[l];
        int neurons = sizes[layer];
        // sample by sample, so each row sums its samples in order
        for (int s = 0; s < n; s++) {
            double[] delta = deltas[s][layer];
            double[] in = outs[s][l];
            for (int j = 0; j < neurons; j++) {
                double[] rowGradient = gradient[j];
                double d = delta[j];
                if (s == 0) {
                    for (int k = 0; k < inputs; k++) rowGradient[k] = d * in[k];
                    biasGradient[j] = d;
                } else {
                    for (int k = 0; k < inputs; k++) rowGradient[k] += d * in[k];
                    biasGradient[j] += d;
                }
            }
        }
        for (int j = 0; j < neurons; j++) {
            if (n > 1) {
                double[] rowGradient = gradient[j];
                for (int k = 0; k < inputs; k++) rowGradient[k] /= n;
            }
            biasGradient[j] = biasMode == BiasMode.NONE ? 0 : biasGradient[j] / n;
        }
        if (biasMode == BiasMode.PER_LAYER) {
            double shared = 0;
            for (int j = 0; j < neurons; j++) shared += biasGradient[j];
            Arrays.fill(biasGradient, shared);
        }
        if (l2 != 0 || l1 != 0) {
            gradientSizes[l] = meanAbsolute(gradient);
            for (int j = 0; j < neurons; j++) {
                double[] row = weights[l][j];
                double[] rowGradient = gradient[j];
                for (int k = 0; k < inputs; k++) rowGradient[k] += l2 * row[k] + l1 * Math.signum(row[k]);
            }
        } else {
            gradientSizesStale = true;
        }
    }

    /** Mean |g| over a layer's weight gradients. */
    private static double meanAbsolute(double[][] gradient) {
        double size = 0;
        int count = 0;
        for (double[] row : gradient) {
            for (double g : row) size += Math.abs(g);
            count += row.length;
        }
        return size / count;
    }

    private void apply(int l) {
        double[][] w = weights[l];
        double[][] gradient = weightGradients[l];
        double[] b = biases[l];
        double[] biasGradient = biasGradients[l];
        int inputs = sizes[l];
        if (momentum == 0) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                double[] row = w[j];
                double[] rowGradient = gradient[j];
                for (int k = 0; k < inputs; k++) row[k] -= rate * rowGradient[k];
                if (updateBiases) b[j] -= rate * biasGradient[j];
            }
            return;
        }
        for (int j = 0; j < sizes[l + 1]; j++) {
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

    private void ensureCapacity(int n) {
        if (nets.length >= n) return;
        nets = new double[n][][];
        outs = new double[n][][];
        deltas = new double[n][][];
        slopes = new double[n][][];
        masks = new double[n][][];
        unmasked = new double[n][][];
        for (int s = 0; s < n; s++) {
            masks[s] = new double[sizes.length][];
            unmasked[s] = new double[sizes.length][];
            nets[s] = new double[sizes.length][];
            outs[s] = new double[sizes.length][];
            deltas[s] = new double[sizes.length][];
            slopes[s] = new double[sizes.length][];
            for (int l = 0; l < sizes.length; l++) {
                nets[s][l] = new double[sizes[l]];
                outs[s][l] = new double[sizes[l]];
                deltas[s][l] = new double[sizes[l]];
                slopes[s][l] = new double[sizes[l]];
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

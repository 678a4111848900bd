package studio.backprop.core.train;

import java.util.Arrays;
import java.util.List;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.DeepCopy;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/**
 * The plain network on double arrays, the size of TensorFlow Playground's nn.ts: a forward pass that keeps
 * every layer's nets, outs and slopes, the loss, and a backward pass that leaves the batch's mean gradient in
 * {@link #weightGradients} and {@link #biasGradients}. It updates nothing: {@link SgdOptimiser} does. Mutable
 * and owned by one thread. Buffers grow with the largest batch and are reused: a pass allocates nothing per
 * sample.
 */
final class ReferenceNetwork {
    /** A change to the hidden units during one backward pass (dropout), undone in their deltas. */
    interface UnitMask {
        /** Makes room for a batch of {@code samples}. */
        void ensureCapacity(int samples, int[] sizes);

        /** Changes hidden layer {@code layer}'s outputs of sample {@code s} after its activation. */
        void forward(int s, int layer, double[] out);

        /** δ = (Σ w·δ above, in {@code delta}) · ∂out/∂net of the masked unit, for hidden layer {@code layer}. */
        void backward(int s, int layer, double[] delta, Activation activation, double[] net);
    }

    /** Told, top layer first, as soon as the mean gradient of the weights from layer {@code l} to l + 1 is ready. */
    interface GradientListener {
        void gradientReady(int l);
    }

    final int[] sizes;
    final int top;
    final Activation[] activations;
    final Loss loss;
    final BiasMode biasMode;
    /** [layer][to][from], the weights from layer l to l + 1; the arrays are never replaced. */
    final double[][][] weights;
    /** [layer][to]; with {@link BiasMode#PER_LAYER} every entry of a row holds the same value. */
    final double[][] biases;
    final double[][][] weightGradients;
    final double[][] biasGradients;
    /** Per sample of the current batch: [sample][layer][neuron]. */
    double[][][] nets = new double[0][][];
    double[][][] outs = new double[0][][];
    double[][][] deltas = new double[0][][];
    /** Per sample of the current batch: dout/dnet of each one-to-one activation, from the forward pass. */
    double[][][] slopes = new double[0][][];

    /** The spec's shape, conventions and a copy of its parameters; the spec must be supported. */
    ReferenceNetwork(NetworkSpec spec) {
        this.sizes = spec.sizes();
        this.top = sizes.length - 1;
        this.activations = new Activation[sizes.length];
        for (int l = 1; l <= top; l++) activations[l] = spec.activation(l);
        this.loss = spec.loss();
        this.biasMode = spec.biasMode();
        this.weights = spec.weights();
        this.biases = spec.biases();
        this.weightGradients = DeepCopy.of(weights);
        this.biasGradients = DeepCopy.of(biases);
    }

    /** Every layer's outputs for one input vector, the inputs first: [layer][neuron], copies. */
    double[][] activations(double[] inputs) {
        ensureCapacity(1);
        forward(0, inputs);
        double[][] layers = new double[sizes.length][];
        for (int l = 0; l < sizes.length; l++) layers[l] = outs[0][l].clone();
        return layers;
    }

    /** The outputs for one input vector. */
    double[] predict(double[] inputs) {
        ensureCapacity(1);
        forward(0, inputs);
        return outs[0][top].clone();
    }

    /** The per-sample loss. */
    double loss(Sample sample) {
        ensureCapacity(1);
        forward(0, sample, null);
        return LayerFunctions.loss(loss, activations[top], nets[0][top], outs[0][top], sample);
    }

    /**
     * The batch's mean gradient into {@link #weightGradients} and {@link #biasGradients}, layer by layer from
     * the top; {@code listener} hears of each layer before the error is propagated below it (it may change that
     * layer's weights then). {@code mask} (may be null) changes the hidden units.
     */
    void backward(List<Sample> batch, UnitMask mask, GradientListener listener) {
        if (batch.isEmpty()) throw new IllegalArgumentException("a mini-batch needs at least one sample");
        int n = batch.size();
        ensureCapacity(n);
        if (mask != null) mask.ensureCapacity(n, sizes);
        for (int s = 0; s < n; s++) {
            Sample sample = batch.get(s);
            forward(s, sample, mask);
            outputDeltas(s, sample);
        }
        for (int layer = top; layer >= 1; layer--) {
            layerGradients(layer, n);
            listener.gradientReady(layer - 1);
            if (layer > 1) {
                for (int s = 0; s < n; s++) hiddenDeltas(s, layer - 1, mask);
            }
        }
    }

    void forward(int s, double[] inputs) {
        if (inputs.length != sizes[0]) {
            throw new IllegalArgumentException("the network takes " + sizes[0] + " inputs, not " + inputs.length);
        }
        System.arraycopy(inputs, 0, outs[s][0], 0, inputs.length);
        forwardLayers(s, null);
    }

    /** As {@link #forward(int, double[])} without copying the sample's inputs out of it. */
    void forward(int s, Sample sample, UnitMask mask) {
        int inputs = sizes[0];
        if (sample.inputCount() != inputs) {
            throw new IllegalArgumentException("the network takes " + inputs + " inputs, not " + sample.inputCount());
        }
        double[] in = outs[s][0];
        for (int k = 0; k < inputs; k++) in[k] = sample.input(k);
        forwardLayers(s, mask);
    }

    private void forwardLayers(int s, UnitMask mask) {
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
            LayerFunctions.activate(activations[layer], net, out, slopeOf[layer]);
            if (mask != null && layer < top) mask.forward(s, layer, out);
        }
    }

    /** δ of the output layer: ∂E/∂net_k for sample {@code s}. */
    void outputDeltas(int s, Sample sample) {
        LayerFunctions.outputDeltas(loss, activations[top], outs[s][top], slopes[s][top], deltas[s][top], sample);
    }

    /** δ of layer {@code layer} from δ of the layer above, through the weights as they are now. */
    void hiddenDeltas(int s, int layer, UnitMask mask) {
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
        if (mask != null) {
            mask.backward(s, layer, delta, activations[layer], nets[s][layer]);
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
    }

    /** Whether every weight and bias is a finite number. */
    boolean isFinite() {
        for (int l = 0; l < top; l++) {
            for (int j = 0; j < sizes[l + 1]; j++) {
                if (!Double.isFinite(biases[l][j])) return false;
                for (double w : weights[l][j]) if (!Double.isFinite(w)) return false;
            }
        }
        return true;
    }

    /** Whether every weight and bias is a number no larger in magnitude than {@code limit} (NaN is not). */
    boolean isWithin(double limit) {
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

    /** Copies every stored parameter into {@code into}: each neuron's weights, then its bias. */
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

    void ensureCapacity(int n) {
        if (nets.length >= n) return;
        nets = buffers(n);
        outs = buffers(n);
        deltas = buffers(n);
        slopes = buffers(n);
    }

    /** [sample][layer][neuron] zeros for {@code n} samples. */
    double[][][] buffers(int n) {
        double[][][] buffers = new double[n][sizes.length][];
        for (int s = 0; s < n; s++) {
            for (int l = 0; l < sizes.length; l++) buffers[s][l] = new double[sizes[l]];
        }
        return buffers;
    }
}

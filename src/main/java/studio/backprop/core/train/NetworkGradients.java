package studio.backprop.core.train;

import java.util.List;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.DeepCopy;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;

/**
 * ∂E/∂parameter for every weight and bias, shaped like the spec's parameters. With
 * {@link BiasMode#PER_LAYER} every entry of a layer's bias row holds the shared bias's gradient (the
 * sum over the layer's neurons); with {@link BiasMode#NONE} the bias rows are zero. Arrays are copied.
 */
public final class NetworkGradients {
    private final double[][][] weights;
    private final double[][] biases;

    /** @param weights [layer][to][from] @param biases [layer][to] */
    public NetworkGradients(double[][][] weights, double[][] biases) {
        this.weights = DeepCopy.of(weights);
        this.biases = DeepCopy.of(biases);
    }

    /** ∂E/∂w for the weight from {@code from} (layer {@code layer}) to {@code to} (layer + 1). */
    public double weight(int layer, int to, int from) { return weights[layer][to][from]; }

    /** ∂E/∂b for the bias of neuron {@code to} in layer + 1 (the shared bias's gradient with one per layer). */
    public double bias(int layer, int to) { return biases[layer][to]; }

    /** A copy of the weight gradients, [layer][to][from]. */
    public double[][][] weights() { return DeepCopy.of(weights); }

    /** A copy of the bias gradients, [layer][to]. */
    public double[][] biases() { return DeepCopy.of(biases); }

    /** The gradients in the order of {@link NetworkSpecs#parameters(NetworkSpec)}. */
    public double[] vector(NetworkSpec spec) {
        List<Element> parameters = NetworkSpecs.parameters(spec);
        double[] out = new double[parameters.size()];
        for (int i = 0; i < out.length; i++) {
            Element p = parameters.get(i);
            out[i] = p instanceof Element.Weight w ? weight(w.layer(), w.to(), w.from())
                    : bias(((Element.Bias) p).layer(), ((Element.Bias) p).to());
        }
        return out;
    }
}

package studio.backprop.core.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers over a {@link NetworkSpec} that other packages share: which combinations can be computed,
 * the parameters in one canonical order, and reading or writing a parameter by its {@link Element}.
 */
public final class NetworkSpecs {
    private NetworkSpecs() { }

    /**
     * Throws an {@link IllegalArgumentException} that says what is wrong when the spec cannot be computed:
     * cross-entropy needs sigmoid or softmax outputs.
     */
    public static void requireSupported(NetworkSpec spec) {
        Activation output = spec.activation(spec.layerCount() - 1);
        if (spec.loss() == Loss.CROSS_ENTROPY && output != Activation.SIGMOID && output != Activation.SOFTMAX) {
            throw new IllegalArgumentException("cross-entropy needs sigmoid or softmax outputs, but the output layer uses "
                    + output.id());
        }
    }

    /** Whether a sample fits the spec: one input per input neuron and one target per output neuron. */
    public static void requireFits(NetworkSpec spec, Sample sample) {
        int outputs = spec.size(spec.layerCount() - 1);
        if (sample.inputCount() != spec.size(0) || sample.targetCount() != outputs) {
            throw new IllegalArgumentException("the sample " + sample + " needs " + spec.size(0) + " inputs and "
                    + outputs + " targets for this network");
        }
    }

    /**
     * Every trainable parameter once, layer by layer: the layer's weights in (to, from) order (w1, w2, …),
     * then its biases (one per neuron, one per layer with {@link BiasMode#PER_LAYER}, none with
     * {@link BiasMode#NONE}).
     */
    public static List<Element> parameters(NetworkSpec spec) {
        List<Element> out = new ArrayList<>();
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            for (int to = 0; to < spec.size(l + 1); to++) {
                for (int from = 0; from < spec.size(l); from++) out.add(new Element.Weight(l, to, from));
            }
            switch (spec.biasMode()) {
                case PER_NEURON -> {
                    for (int to = 0; to < spec.size(l + 1); to++) out.add(new Element.Bias(l, to));
                }
                case PER_LAYER -> out.add(new Element.Bias(l, 0));
                case NONE -> { }
            }
        }
        return out;
    }

    /** The lecture's name of a weight or bias (w5, b1, b_h1). */
    public static String name(NetworkSpec spec, Element parameter) {
        if (parameter instanceof Element.Weight w) return NetworkNames.weight(spec, w.layer(), w.to(), w.from());
        if (parameter instanceof Element.Bias b) return NetworkNames.bias(spec, b.layer(), b.to());
        throw new IllegalArgumentException(parameter + " is not a weight or a bias");
    }

    /** The value of a weight or bias. */
    public static double value(NetworkSpec spec, Element parameter) {
        if (parameter instanceof Element.Weight w) return spec.weight(w.layer(), w.to(), w.from());
        if (parameter instanceof Element.Bias b) return spec.bias(b.layer(), b.to());
        throw new IllegalArgumentException(parameter + " is not a weight or a bias");
    }

    /** A copy with a new value for one weight or bias (a shared bias changes for its whole layer). */
    public static NetworkSpec with(NetworkSpec spec, Element parameter, double value) {
        if (parameter instanceof Element.Weight w) return spec.withWeight(w.layer(), w.to(), w.from(), value);
        if (parameter instanceof Element.Bias b) return spec.withBias(b.layer(), b.to(), value);
        throw new IllegalArgumentException(parameter + " is not a weight or a bias");
    }
}

package studio.backprop.app.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;

/**
 * The shape the user gives the network in the training tab: hidden layers with their sizes and
 * activations, the output activation, the loss and how the weights start. The input and output sizes
 * come from the data.
 *
 * @param hidden           neurons per hidden layer, first to last (may be empty)
 * @param hiddenActivations one activation per hidden layer
 * @param output           the output layer's activation
 * @param loss             the loss
 * @param init             how the weights and biases start
 * @param seed             the seed of a random start
 */
public record Structure(List<Integer> hidden, List<Activation> hiddenActivations, Activation output, Loss loss,
                        Init init, long seed) {
    /** The most neurons a layer may have in the training tab. */
    public static final int MAX_NEURONS = 64;
    /** The most hidden layers. */
    public static final int MAX_HIDDEN_LAYERS = 8;

    /** How the weights start. */
    public enum Init {
        /** The loaded preset's own weights (the lecture's numbers for mazur). */
        FIXED,
        /** Uniform in ±0.5. */
        UNIFORM,
        /** Glorot/Xavier uniform. */
        XAVIER,
        /** He/Kaiming normal. */
        HE,
        /** Every weight and bias 0.5: hidden units stay equal. */
        ALL_EQUAL;

        /** The core's initialiser. */
        public Initializer initializer() {
            return switch (this) {
                case FIXED -> Initializer.fixed();
                case UNIFORM -> Initializer.uniform(0.5);
                case XAVIER -> Initializer.xavier();
                case HE -> Initializer.he();
                case ALL_EQUAL -> Initializer.allEqual(0.5);
            };
        }
    }

    public Structure {
        hidden = List.copyOf(hidden);
        hiddenActivations = List.copyOf(hiddenActivations);
        if (hidden.size() != hiddenActivations.size()) {
            throw new IllegalArgumentException(hidden.size() + " hidden layers need as many activations, not " + hiddenActivations.size());
        }
    }

    /** The structure of an existing network, started as it is ({@link Init#FIXED}). */
    public static Structure of(NetworkSpec spec) {
        List<Integer> sizes = new ArrayList<>();
        for (int l = 1; l < spec.layerCount() - 1; l++) sizes.add(spec.size(l));
        List<Activation> activations = spec.activations().subList(0, spec.layerCount() - 2);
        return new Structure(sizes, activations, spec.activation(spec.layerCount() - 1), spec.loss(), Init.FIXED, 1);
    }

    /** The layer sizes for {@code inputs} inputs and {@code outputs} outputs, inputs first. */
    public int[] sizes(int inputs, int outputs) {
        int[] sizes = new int[hidden.size() + 2];
        sizes[0] = inputs;
        for (int l = 0; l < hidden.size(); l++) sizes[l + 1] = hidden.get(l);
        sizes[sizes.length - 1] = outputs;
        return sizes;
    }

    /** The activations of every layer after the input layer. */
    public List<Activation> activations() {
        List<Activation> all = new ArrayList<>(hiddenActivations);
        all.add(output);
        return all;
    }

    /**
     * A new network of this shape with a bias per neuron; {@link Init#FIXED} keeps {@code preset}'s
     * parameters and so needs its shape.
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public NetworkSpec build(int inputs, int outputs, double learningRate, NetworkSpec preset) {
        for (int size : hidden) {
            if (size < 1 || size > MAX_NEURONS) {
                throw new IllegalArgumentException("a hidden layer needs 1 to " + MAX_NEURONS + " neurons, not " + size);
            }
        }
        if (hidden.size() > MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_HIDDEN_LAYERS + " hidden layers, not " + hidden.size());
        }
        int[] sizes = sizes(inputs, outputs);
        if (init == Init.FIXED) {
            if (preset == null || !Arrays.equals(preset.sizes(), sizes)) {
                throw new IllegalArgumentException("the fixed start keeps the preset's weights, so it needs the preset's layer sizes "
                        + (preset == null ? "(none is loaded)" : shape(preset.sizes())) + ", not " + shape(sizes)
                        + "; choose another initialisation");
            }
            return new NetworkSpec(sizes, activations(), loss, preset.biasMode(), preset.updateBiases(), learningRate,
                    preset.updateOrder(), preset.weights(), preset.biases());
        }
        return Networks.create(sizes, activations(), loss, BiasMode.PER_NEURON, learningRate, init.initializer(), seed);
    }

    /**
     * This shape for data of {@code inputs} inputs and {@code outputs} targets: the fixed start needs the
     * preset's layer sizes, so when they no longer fit it becomes a Xavier start.
     */
    public Structure fittedTo(int inputs, int outputs, NetworkSpec preset) {
        if (init != Init.FIXED || (preset != null && Arrays.equals(preset.sizes(), sizes(inputs, outputs)))) return this;
        return new Structure(hidden, hiddenActivations, output, loss, Init.XAVIER, seed);
    }

    /** Sizes written as the lecture does: 2-2-2. */
    public static String shape(int[] sizes) {
        StringBuilder text = new StringBuilder();
        for (int size : sizes) text.append(text.length() == 0 ? "" : "-").append(size);
        return text.toString();
    }
}

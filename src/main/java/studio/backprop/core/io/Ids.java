package studio.backprop.core.io;

import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.UpdateOrder;

/** The lower-case names the session format uses for the network's conventions. */
final class Ids {
    private Ids() {
    }

    static String of(Activation activation) {
        return activation.id();
    }

    static String of(Loss loss) {
        return loss.id();
    }

    static String of(BiasMode mode) {
        return switch (mode) {
            case PER_NEURON -> "per-neuron";
            case PER_LAYER -> "per-layer";
            case NONE -> "none";
        };
    }

    static String of(UpdateOrder order) {
        return switch (order) {
            case EXACT -> "exact";
            case LAYER_BY_LAYER -> "layer-by-layer";
        };
    }
}

package studio.backprop.core.nn;

/** Whether each neuron has its own bias or a layer shares one (the lecture's b1, b2). */
public enum BiasMode {
    PER_NEURON, PER_LAYER, NONE
}

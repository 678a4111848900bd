package studio.backprop.core.nn;

/**
 * A part of a network diagram that a scalar graph node stands for. Lowering maps every graph node
 * to one of these, so a click in one drawing can highlight the other. Layers count from 0 (inputs);
 * weight and bias layers count from 0 as in {@link NetworkSpec}.
 */
public sealed interface Element {
    /** Input value k (i1, i2, …). */
    record Input(int index) implements Element { }

    /** Neuron j of layer {@code layer} ≥ 1: its net input (net_h1) or its output (out_h1). */
    record Neuron(int layer, int index, Part part) implements Element { }

    /** Weight from neuron {@code from} of layer {@code layer} to neuron {@code to} of layer + 1 (w1…w8). */
    record Weight(int layer, int to, int from) implements Element {
        /**
         * Spread over all bits: the record's default 31·(31·layer + to) + from makes w(to, 31) and w(to + 1, 0)
         * collide, thousands of times over in a wide layer, which turned hash look-ups into tree searches.
         */
        @Override
        public int hashCode() {
            int h = (layer * 0x9E3779B9 + to) * 0x85EBCA6B + from;
            h *= 0xC2B2AE35;
            return h ^ (h >>> 16);
        }
    }

    /** Bias of neuron {@code to} in layer + 1; with a shared bias, {@code to} is 0 (b1, b2). */
    record Bias(int layer, int to) implements Element { }

    /** Target of output k (target_o1). */
    record Target(int index) implements Element { }

    /** Error term of output k (E_o1). */
    record Error(int index) implements Element { }

    /** The total loss (E_total). */
    record Total() implements Element { }

    /** A node with no network meaning of its own (a constant 1, a gate inside an expanded neuron). */
    record Internal(Element owner) implements Element { }

    /** Which number of a neuron. */
    enum Part { NET, OUT }
}

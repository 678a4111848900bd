package studio.backprop.core.nn;

/**
 * The names the lecture gives to a network's quantities, used for graph nodes, equations and
 * diagram labels alike: i1, h1, o1; net_h1, out_h1; w1…w8 numbered by layer, then destination
 * neuron, then source (w1: i1→h1, w2: i2→h1, w3: i1→h2, …); b1, b2 for a shared bias per layer,
 * b_h1 for a per-neuron bias; target_o1, E_o1, E_total; δ_o1 for ∂E/∂net_o1.
 * With more than one hidden layer, hidden neurons are named by layer letter: h, g, f, … would
 * confuse, so they are h1.1, h1.2 (layer 1), h2.1 … (layer 2).
 */
public final class NetworkNames {
    private NetworkNames() { }

    /** i1, h1, o1 (or h2.3 in a deep network). */
    public static String neuron(NetworkSpec spec, int layer, int index) {
        if (layer == 0) return "i" + (index + 1);
        if (layer == spec.layerCount() - 1) return "o" + (index + 1);
        if (spec.layerCount() == 3) return "h" + (index + 1);
        return "h" + layer + "." + (index + 1);
    }

    public static String net(NetworkSpec spec, int layer, int index) {
        return "net_" + neuron(spec, layer, index);
    }

    public static String out(NetworkSpec spec, int layer, int index) {
        return layer == 0 ? neuron(spec, 0, index) : "out_" + neuron(spec, layer, index);
    }

    /** w1, w2, … numbered across the whole network in (layer, to, from) order. */
    public static String weight(NetworkSpec spec, int layer, int to, int from) {
        int number = 1;
        for (int l = 0; l < layer; l++) number += spec.size(l) * spec.size(l + 1);
        number += to * spec.size(layer) + from;
        return "w" + number;
    }

    /** b1 (shared by layer 1), or b_h1 (per neuron). */
    public static String bias(NetworkSpec spec, int layer, int to) {
        if (spec.biasMode() == BiasMode.PER_LAYER) return "b" + (layer + 1);
        return "b_" + neuron(spec, layer + 1, to);
    }

    public static String target(NetworkSpec spec, int index) {
        return "target_" + neuron(spec, spec.layerCount() - 1, index);
    }

    public static String error(NetworkSpec spec, int index) {
        return "E_" + neuron(spec, spec.layerCount() - 1, index);
    }

    public static final String TOTAL = "E_total";

    /** δ_o1: the error term ∂E_total/∂net_o1 of a neuron. */
    public static String delta(NetworkSpec spec, int layer, int index) {
        return "δ_" + neuron(spec, layer, index);
    }
}

package studio.backprop.core.code;

/**
 * What one step of a network's trace computes, as array coordinates a script can read it from. Layers count as in
 * {@link studio.backprop.core.nn.NetworkSpec}: neurons by their layer (1 … top), weights and biases by the layer
 * they leave (0 … top − 1).
 *
 * @param kind   which quantity
 * @param layer  the neuron layer, or the weight layer for weights and biases, or for a path the lower neuron layer
 * @param row    the neuron (j), the weight's or bias's destination (to), or a path's upper neuron (k)
 * @param column the weight's source (from), a path's lower neuron (j), otherwise 0
 */
record Quantity(Kind kind, int layer, int row, int column) {

    /** The quantities a network's trace shows. */
    enum Kind {
        /** net_h1. */ NET,
        /** out_h1. */ OUT,
        /** E_o1 (row: the output). */ ERROR,
        /** E_total. */ TOTAL,
        /** ∂E_total/∂out_h1. */ OUT_GRADIENT,
        /** ∂out_h1/∂net_h1, the activation's derivative. */ ACTIVATION_GRADIENT,
        /** δ_h1 = ∂E_total/∂net_h1. */ DELTA,
        /** ∂net_o1/∂w5: the input the weight multiplies. */ NET_WEIGHT_GRADIENT,
        /** ∂E_total/∂w5. */ WEIGHT_GRADIENT,
        /** ∂E_total/∂b1 or ∂E_total/∂b_h1. */ BIAS_GRADIENT,
        /** ∂E_o1/∂out_h1: the share of out_h1's gradient that flows through net_o1 (δ_o1 · w5). */ PATH,
        /** w5⁺. */ UPDATED_WEIGHT,
        /** b1⁺ or b_h1⁺. */ UPDATED_BIAS
    }

    static Quantity of(Kind kind, int layer, int row, int column) {
        return new Quantity(kind, layer, row, column);
    }
}

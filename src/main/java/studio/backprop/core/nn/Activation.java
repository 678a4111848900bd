package studio.backprop.core.nn;

import studio.backprop.core.graph.Op;
import studio.backprop.core.problem.Choice;

/** A layer's activation; the scalar op it lowers to supplies the symbol, the value and the derivative. */
public enum Activation implements Choice {
    SIGMOID(Op.SIGMOID), TANH(Op.TANH), RELU(Op.RELU),
    /** Identity: out = net. */
    LINEAR(null),
    /** Output layer only: out_k = e^{net_k} / Σ_j e^{net_j}. */
    SOFTMAX(Op.SOFTMAX);

    private final Op op;

    Activation(Op op) {
        this.op = op;
    }

    /** The scalar op, or null for {@link #LINEAR}. */
    public Op op() {
        return op;
    }
}

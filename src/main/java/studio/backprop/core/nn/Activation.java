package studio.backprop.core.nn;

import java.util.Locale;
import studio.backprop.core.graph.Op;

/** A layer's activation; the scalar op it lowers to supplies the symbol, the value and the derivative. */
public enum Activation {
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

    /** Name as written in files and on the command line: {@code sigmoid}, {@code tanh}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

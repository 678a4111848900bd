package studio.backprop.core.nn;

import studio.backprop.core.graph.Op;
import studio.backprop.core.problem.Choice;

/** How the outputs are compared with the targets; ids {@code half-sse}, {@code mse}, {@code cross-entropy}. */
public enum Loss implements Choice {
    /** The lecture's E_total = Σ ½(target − out)². */
    HALF_SSE(Op.HALF_SQUARED_ERROR),
    /** Mean squared error (1/n) Σ (target − out)² over the outputs. */
    MSE(Op.SQUARED_ERROR),
    /** Cross-entropy: binary with sigmoid outputs, categorical with softmax. */
    CROSS_ENTROPY(null);

    private final Op termOp;

    Loss(Op termOp) {
        this.termOp = termOp;
    }

    /** The per-output op, or null where it depends on the output activation (cross-entropy). */
    public Op termOp() {
        return termOp;
    }
}

package studio.backprop.core.graph;

import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.ProblemRuntimeException;

/** A forward pass left an op's domain or overflowed; the message names the node. */
public final class EvaluationException extends ProblemRuntimeException {
    private static final long serialVersionUID = 1L;
    private final String node;

    public EvaluationException(String node, Problem problem) {
        super(problem);
        this.node = node;
    }

    /** The name of the node where evaluation failed. */
    public String node() {
        return node;
    }
}

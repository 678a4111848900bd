package studio.backprop.core.graph;

import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.Problematic;

/** A forward pass left an op's domain or overflowed; the message names the node. */
public final class EvaluationException extends RuntimeException implements Problematic {
    private static final long serialVersionUID = 1L;
    private final String node;
    private final transient Problem problem;

    public EvaluationException(String node, Problem problem) {
        super(problem.english());
        this.node = node;
        this.problem = problem;
    }

    /** The name of the node where evaluation failed. */
    public String node() {
        return node;
    }

    @Override
    public Problem asProblem() {
        return problem;
    }
}

package studio.backprop.core.graph;

/** A forward pass left an op's domain or overflowed; the message names the node. */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String node;

    public EvaluationException(String node, String message) {
        super(message);
        this.node = node;
    }

    /** The name of the node where evaluation failed. */
    public String node() {
        return node;
    }
}

package studio.backprop.core.graph;

import java.util.List;

/**
 * One scalar node of a graph.
 *
 * @param id     index in the graph; every input has a smaller id, so ids are a topological order
 * @param name   unique name used in equations ({@code net_h1}, {@code q}, {@code w5})
 * @param kind   variable, constant or operation
 * @param op     the operation, or null for variables and constants
 * @param inputs ids of the inputs, in the op's argument order
 * @param value  the given value of a variable or constant (NaN for operations)
 */
public record Node(int id, String name, Kind kind, Op op, List<Integer> inputs, double value) {

    /** What a node is. */
    public enum Kind {
        /** A leaf whose value the user sets and whose gradient is wanted (input, weight, bias). */
        VARIABLE,
        /** A leaf with a fixed value (a target, the 1 of a bias, the 2 of x^2). */
        CONSTANT,
        /** A computed node. */
        OPERATION
    }

    public Node {
        inputs = List.copyOf(inputs);
    }

    public boolean isLeaf() {
        return kind != Kind.OPERATION;
    }

    /** The same node with another given value (variables and constants only). */
    public Node withValue(double newValue) {
        if (kind == Kind.OPERATION) {
            throw new IllegalStateException(name + " is computed; it has no value of its own to set");
        }
        return new Node(id, name, kind, op, inputs, newValue);
    }
}

package studio.backprop.core.graph;

import java.util.List;

/**
 * One click of a lecture: a phase, the nodes it computes or touches, and its equation.
 *
 * @param index    position in the trace, from 0
 * @param phase    forward, error, backward or update
 * @param target   the node whose value or gradient this step computes (its "subject")
 * @param nodes    every node the step touches (the target first), for highlighting
 * @param quantity what the step computes: a node's value, its gradient, or a parameter's update
 * @param equation the equation, symbolic, substituted and evaluated
 * @param paths    at a fork, each path's contribution to the gradient (empty otherwise)
 */
public record Step(int index, Phase phase, int target, List<Integer> nodes, Quantity quantity, Equation equation,
                   List<Contribution> paths) {

    /** What kind of number a step produces. */
    public enum Quantity { VALUE, GRADIENT, UPDATE }

    public Step {
        nodes = List.copyOf(nodes);
        paths = List.copyOf(paths);
    }

    /** The same step at another index (when steps of several sources are put in one list). */
    public Step at(int newIndex) {
        return new Step(newIndex, phase, target, nodes, quantity, equation, paths);
    }
}

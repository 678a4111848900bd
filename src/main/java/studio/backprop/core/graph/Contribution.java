package studio.backprop.core.graph;

/**
 * One path's share of a gradient at a fork: the gradient arriving from {@code consumer}, times the
 * consumer's local gradient with respect to this node. A node's gradient is the sum of its contributions.
 *
 * @param node       the node receiving gradient
 * @param consumer   the node it feeds, through which the gradient comes back
 * @param upstream   d(output)/d(consumer)
 * @param local      d(consumer)/d(node), summed over the consumer's inputs that are this node
 * @param product    upstream · local
 */
public record Contribution(int node, int consumer, double upstream, double local, double product) { }

package studio.backprop.core.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands one neuron — a {@link Op#WEIGHTED_SUM} node and the activation that reads it — into its gates:
 * one multiply per (weight, input) pair, one add, the activation. The inputs become leaves with their
 * values from the trace, and the activation's gradient is seeded with the gradient it has in the whole
 * pass, so every number in the expansion is the number the whole pass computes (a leaf used by other
 * neurons gets only this neuron's share of its gradient).
 */
public final class Gates {
    private Gates() { }

    /** The neuron around {@code node} (its net input or its activation), expanded; empty if it is not a neuron. */
    public static Optional<Trace> expand(Trace trace, int node) {
        Graph graph = trace.graph();
        Node net = graph.node(node);
        if (net.op() != Op.WEIGHTED_SUM && net.inputs().size() == 1 && !net.isLeaf()) {
            net = graph.node(net.inputs().get(0));
        }
        if (net.op() != Op.WEIGHTED_SUM) return Optional.empty();
        Node activation = null;
        for (int consumer : graph.consumers(net.id())) {
            Node c = graph.node(consumer);
            if (c.inputs().size() == 1 && c.op() != null && c.op().maxArity() <= 1 || c.op() == Op.ADD && c.inputs().size() == 1) {
                activation = c;
            }
        }
        Graph.Builder gates = Graph.builder();
        List<Integer> inputs = net.inputs();
        List<Integer> terms = new ArrayList<>();
        int pairs = inputs.size() / 2;
        for (int k = 0; k < pairs; k++) {
            Node weight = graph.node(inputs.get(2 * k));
            Node input = graph.node(inputs.get(2 * k + 1));
            int w = leaf(gates, weight, trace);
            int x = leaf(gates, input, trace);
            terms.add(gates.op(Op.MUL, weight.name() + "·" + input.name(), w, x));
        }
        if (inputs.size() % 2 == 1) terms.add(leaf(gates, graph.node(inputs.get(inputs.size() - 1)), trace));
        int sum = gates.op(Op.ADD, net.name(), terms);
        int top = sum;
        Node seedNode = net;
        if (activation != null) {
            top = gates.op(activation.op(), activation.name(), sum);
            seedNode = activation;
        }
        gates.output(top);
        Trace expanded = Backprop.evaluate(gates.build(), trace.gradient(seedNode.id()));
        return Optional.of(expanded.withSteps(Backprop.genericSteps(expanded), Map.of()));
    }

    private static int leaf(Graph.Builder gates, Node node, Trace trace) {
        if (gates.has(node.name())) return gates.id(node.name());
        double value = trace.value(node.id());
        return node.kind() == Node.Kind.CONSTANT ? gates.constant(node.name(), value) : gates.variable(node.name(), value);
    }
}

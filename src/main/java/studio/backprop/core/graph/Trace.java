package studio.backprop.core.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything one pass computes, immutable: for every node its value, its local gradient with respect
 * to each input and its gradient d(output)/d(node); the parameter updates, if any; and the ordered
 * steps a lecture walks through. Views read a trace; they never compute.
 */
public final class Trace {
    private final Graph graph;
    private final double[] values;
    private final double[][] localGradients;
    private final double[] gradients;
    private final List<Step> steps;
    private final Map<Integer, Double> updates;
    private final boolean[] reachesOutput;

    Trace(Graph graph, double[] values, double[][] localGradients, double[] gradients, List<Step> steps,
          Map<Integer, Double> updates) {
        this.graph = graph;
        this.values = values;
        this.localGradients = localGradients;
        this.gradients = gradients;
        this.steps = List.copyOf(steps);
        this.updates = Map.copyOf(updates);
        this.reachesOutput = new boolean[graph.size()];
        reachesOutput[graph.output()] = true;
        for (int id = graph.output(); id >= 0; id--) {
            if (!reachesOutput[id]) continue;
            for (int input : graph.node(id).inputs()) reachesOutput[input] = true;
        }
    }

    /** The same numbers with another list of steps and updates (a network writes the lecture's own steps). */
    public Trace withSteps(List<Step> newSteps, Map<Integer, Double> newUpdates) {
        List<Step> indexed = new ArrayList<>(newSteps.size());
        for (int i = 0; i < newSteps.size(); i++) {
            Step step = newSteps.get(i);
            indexed.add(step.index() == i ? step : step.at(i));
        }
        return new Trace(graph, values, localGradients, gradients, indexed, newUpdates);
    }

    public Graph graph() { return graph; }

    /** Forward value of a node. */
    public double value(int id) { return values[id]; }

    public double value(String name) { return values[graph.node(name).id()]; }

    /** d(output)/d(node): the gradient the backward pass accumulated at this node. */
    public double gradient(int id) { return gradients[id]; }

    public double gradient(String name) { return gradients[graph.node(name).id()]; }

    /** d(node)/d(its input number {@code inputIndex}). */
    public double localGradient(int id, int inputIndex) { return localGradients[id][inputIndex]; }

    /** The output's value (the loss, or the expression's value). */
    public double outputValue() { return values[graph.output()]; }

    /** All values, a copy, indexed by node id. */
    public double[] values() { return values.clone(); }

    /** All gradients, a copy, indexed by node id. */
    public double[] gradients() { return gradients.clone(); }

    public List<Step> steps() { return steps; }

    public Step step(int index) { return steps.get(index); }

    /** New values of parameters after the update phase, by node id (empty when the pass has no update). */
    public Map<Integer, Double> updates() { return updates; }

    /**
     * Each path's share of this node's gradient: one contribution per consumer that leads to the output.
     * Their products add up to {@link #gradient(int)}.
     */
    public List<Contribution> contributions(int id) {
        List<Contribution> out = new ArrayList<>();
        for (int consumer : graph.consumers(id)) {
            if (!reachesOutput[consumer]) continue;
            List<Integer> inputs = graph.node(consumer).inputs();
            double local = 0;
            for (int k = 0; k < inputs.size(); k++) {
                if (inputs.get(k) == id) local += localGradients[consumer][k];
            }
            out.add(new Contribution(id, consumer, gradients[consumer], local, gradients[consumer] * local));
        }
        return out;
    }

    /** Whether the output depends on this node. */
    public boolean reachesOutput(int id) {
        return reachesOutput[id];
    }

    @Override
    public String toString() {
        return "Trace[" + graph.size() + " nodes, output " + graph.outputNode().name() + " = " + outputValue()
                + ", " + steps.size() + " steps, values " + Arrays.toString(values) + "]";
    }
}

package studio.backprop.core.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.core.graph.Graph;

/**
 * A network lowered onto the scalar graph, with the map from graph nodes to network elements and back,
 * so the network diagram and the graph are two drawings of the same numbers.
 */
public final class LoweredNetwork {
    private final NetworkSpec spec;
    private final Sample sample;
    private final Lowering.Level level;
    private final Graph graph;
    private final List<Element> elements;
    private final Map<Element, List<Integer>> nodes;

    LoweredNetwork(NetworkSpec spec, Sample sample, Lowering.Level level, Graph graph, List<Element> elements) {
        this.spec = spec;
        this.sample = sample;
        this.level = level;
        this.graph = graph;
        this.elements = List.copyOf(elements);
        // a HashMap, not Map.copyOf: the records' small-integer hash codes (Weight, Bias, Input, Target)
        // collide in clusters, which the immutable map's linear probing turns into long scans
        Map<Element, List<Integer>> byElement = new HashMap<>(elements.size() * 2);
        for (int id = 0; id < elements.size(); id++) {
            byElement.computeIfAbsent(elements.get(id), e -> new ArrayList<>(1)).add(id);
        }
        byElement.replaceAll((e, ids) -> List.copyOf(ids));
        this.nodes = Collections.unmodifiableMap(byElement);
    }

    public NetworkSpec spec() { return spec; }

    public Sample sample() { return sample; }

    /** Whether neurons are single weighted-sum nodes or expanded into multiply and add gates. */
    public Lowering.Level level() { return level; }

    public Graph graph() { return graph; }

    /** The network element a graph node stands for. */
    public Element element(int nodeId) { return elements.get(nodeId); }

    /** The graph nodes that stand for an element, in id order (empty when there are none). */
    public List<Integer> nodes(Element element) { return nodes.getOrDefault(element, List.of()); }

    /** The one node that carries an element's value; an {@link IllegalArgumentException} when there is none. */
    public int node(Element element) {
        List<Integer> ids = nodes(element);
        if (ids.isEmpty()) throw new IllegalArgumentException("this network has no node for " + element);
        return ids.get(ids.size() - 1);
    }

    /** Input k (i1 is 0). */
    public int input(int k) { return node(new Element.Input(k)); }

    /** net of neuron j in layer ≥ 1. */
    public int net(int layer, int j) { return node(new Element.Neuron(layer, j, Element.Part.NET)); }

    /** out of neuron j in layer ≥ 1; in layer 0 the input itself. */
    public int out(int layer, int j) {
        return layer == 0 ? input(j) : node(new Element.Neuron(layer, j, Element.Part.OUT));
    }

    /** The weight from neuron {@code from} of layer {@code layer} to neuron {@code to} of layer + 1. */
    public int weight(int layer, int to, int from) { return node(new Element.Weight(layer, to, from)); }

    /** The bias of neuron {@code to} of layer + 1 (the layer's shared one with {@link BiasMode#PER_LAYER}). */
    public int bias(int layer, int to) {
        return node(new Element.Bias(layer, spec.biasMode() == BiasMode.PER_LAYER ? 0 : to));
    }

    public int target(int k) { return node(new Element.Target(k)); }

    public int error(int k) { return node(new Element.Error(k)); }

    public int total() { return node(new Element.Total()); }

    /** The parameter nodes in the order of {@link NetworkSpecs#parameters(NetworkSpec)}. */
    public List<Integer> parameterNodes() {
        return NetworkSpecs.parameters(spec).stream().map(this::node).toList();
    }

    /**
     * The spec with new values for some parameters, by node id (a trace's updates). Ids that are not
     * weights or biases are an {@link IllegalArgumentException}.
     */
    public NetworkSpec apply(Map<Integer, Double> updates) {
        double[][][] weights = spec.weights();
        double[][] biases = spec.biases();
        updates.forEach((id, value) -> {
            Element e = element(id);
            if (e instanceof Element.Weight w) {
                weights[w.layer()][w.to()][w.from()] = value;
            } else if (e instanceof Element.Bias b) {
                if (spec.biasMode() == BiasMode.PER_LAYER) Arrays.fill(biases[b.layer()], value);
                else biases[b.layer()][b.to()] = value;
            } else {
                throw new IllegalArgumentException(graph.node(id).name() + " is not a weight or a bias; it cannot be updated");
            }
        });
        return spec.withParameters(weights, biases);
    }
}

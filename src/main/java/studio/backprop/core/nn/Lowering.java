package studio.backprop.core.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Op;

/**
 * Lowers a network and one sample onto the scalar graph, naming nodes as the lecture does
 * ({@link NetworkNames}). Inputs, weights and biases are variables; targets are constants.
 *
 * <ul>
 *   <li>net: one {@link Op#WEIGHTED_SUM} node per neuron, inputs in (weight, input) pairs then the bias,
 *       so {@code net_h1 = w1·i1 + w2·i2 + b1·1}; at {@link Level#GATE} one {@link Op#MUL} node per
 *       weight (named {@code w1·i1}) and an {@link Op#ADD} of the products and the bias.</li>
 *   <li>out: the activation's op; {@link Activation#LINEAR} is an {@link Op#ADD} of the net alone, so
 *       every neuron keeps its own out node; softmax nodes take (own net, all nets of the layer).</li>
 *   <li>error terms: ½(t − o)² for {@link Loss#HALF_SSE}, (t − o)² for {@link Loss#MSE}, binary
 *       cross-entropy for sigmoid outputs and −t·ln o for softmax outputs with {@link Loss#CROSS_ENTROPY};
 *       E_total adds them, or takes their mean for MSE.</li>
 *   <li>A shared bias ({@link BiasMode#PER_LAYER}) is one variable feeding every neuron of its layer.</li>
 * </ul>
 */
public final class Lowering {
    private Lowering() { }

    /** How finely a neuron is drawn. */
    public enum Level {
        /** One weighted-sum node per neuron, as the lecture writes net_h1. */
        NEURON,
        /** The net input expanded into multiply and add gates. */
        GATE
    }

    /** The neuron-level graph of {@code spec} evaluated on {@code sample}. */
    public static LoweredNetwork lower(NetworkSpec spec, Sample sample) {
        return lower(spec, sample, Level.NEURON);
    }

    /** The graph of {@code spec} on {@code sample} at the given level. */
    public static LoweredNetwork lower(NetworkSpec spec, Sample sample, Level level) {
        NetworkSpecs.requireSupported(spec);
        NetworkSpecs.requireFits(spec, sample);
        Graph.Builder b = Graph.builder();
        List<Element> elements = new ArrayList<>();
        int[] previous = new int[spec.size(0)];
        for (int k = 0; k < previous.length; k++) {
            previous[k] = add(elements, new Element.Input(k), b.variable(NetworkNames.neuron(spec, 0, k), sample.input(k)));
        }
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            int layer = l + 1;
            int size = spec.size(layer);
            int[][] weights = new int[size][previous.length];
            for (int to = 0; to < size; to++) {
                for (int from = 0; from < previous.length; from++) {
                    weights[to][from] = add(elements, new Element.Weight(l, to, from),
                            b.variable(NetworkNames.weight(spec, l, to, from), spec.weight(l, to, from)));
                }
            }
            int[] biases = biases(spec, l, b, elements);
            int[] nets = new int[size];
            for (int to = 0; to < size; to++) {
                nets[to] = net(spec, level, layer, to, weights[to], previous, biases[to], b, elements);
            }
            int[] outs = new int[size];
            Activation activation = spec.activation(layer);
            for (int j = 0; j < size; j++) {
                Element out = new Element.Neuron(layer, j, Element.Part.OUT);
                String name = NetworkNames.out(spec, layer, j);
                outs[j] = add(elements, out, switch (activation) {
                    case LINEAR -> b.op(Op.ADD, name, nets[j]);
                    case SOFTMAX -> b.op(Op.SOFTMAX, name, softmaxInputs(nets, j));
                    default -> b.op(activation.op(), name, nets[j]);
                });
            }
            previous = outs;
        }
        int outputs = previous.length;
        int[] targets = new int[outputs];
        for (int k = 0; k < outputs; k++) {
            targets[k] = add(elements, new Element.Target(k), b.constant(NetworkNames.target(spec, k), sample.target(k)));
        }
        Op term = spec.termOp();
        List<Integer> errors = new ArrayList<>();
        for (int k = 0; k < outputs; k++) {
            errors.add(add(elements, new Element.Error(k), b.op(term, NetworkNames.error(spec, k), targets[k], previous[k])));
        }
        Op total = spec.loss() == Loss.MSE ? Op.MEAN : Op.ADD;
        int output = add(elements, new Element.Total(), b.op(total, NetworkNames.TOTAL, errors));
        return new LoweredNetwork(spec, sample, level, b.output(output).build(), elements);
    }

    /** One bias node per neuron of layer l + 1 (the same node repeated when shared; −1 when there is none). */
    private static int[] biases(NetworkSpec spec, int l, Graph.Builder b, List<Element> elements) {
        int size = spec.size(l + 1);
        int[] ids = new int[size];
        switch (spec.biasMode()) {
            case NONE -> Arrays.fill(ids, -1);
            case PER_LAYER -> Arrays.fill(ids,
                    add(elements, new Element.Bias(l, 0), b.variable(NetworkNames.bias(spec, l, 0), spec.bias(l, 0))));
            case PER_NEURON -> {
                for (int to = 0; to < size; to++) {
                    ids[to] = add(elements, new Element.Bias(l, to), b.variable(NetworkNames.bias(spec, l, to), spec.bias(l, to)));
                }
            }
        }
        return ids;
    }

    private static int net(NetworkSpec spec, Level level, int layer, int to, int[] weights, int[] inputs, int bias,
                           Graph.Builder b, List<Element> elements) {
        Element net = new Element.Neuron(layer, to, Element.Part.NET);
        String name = NetworkNames.net(spec, layer, to);
        List<Integer> args = new ArrayList<>();
        if (level == Level.NEURON) {
            for (int k = 0; k < inputs.length; k++) {
                args.add(weights[k]);
                args.add(inputs[k]);
            }
            if (bias >= 0) args.add(bias);
            return add(elements, net, b.op(Op.WEIGHTED_SUM, name, args));
        }
        for (int k = 0; k < inputs.length; k++) {
            String product = NetworkNames.weight(spec, layer - 1, to, k) + "·" + NetworkNames.out(spec, layer - 1, k);
            args.add(add(elements, new Element.Internal(net), b.op(Op.MUL, product, weights[k], inputs[k])));
        }
        if (bias >= 0) args.add(bias);
        return add(elements, net, b.op(Op.ADD, name, args));
    }

    private static List<Integer> softmaxInputs(int[] nets, int own) {
        List<Integer> args = new ArrayList<>();
        args.add(nets[own]);
        for (int net : nets) args.add(net);
        return args;
    }

    private static int add(List<Element> elements, Element element, int id) {
        if (id != elements.size()) throw new IllegalStateException("node " + id + " built out of order");
        elements.add(element);
        return id;
    }
}

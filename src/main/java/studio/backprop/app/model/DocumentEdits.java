package studio.backprop.app.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/**
 * The given numbers of a document that a user may change, by the names the diagrams use: for a network
 * the inputs (i1), weights (w5), biases (b1), targets (target_o1) and the learning rate; for an
 * expression its variables.
 */
public final class DocumentEdits {
    /** The name under which the learning rate is edited. */
    public static final String LEARNING_RATE = "η";

    private DocumentEdits() { }

    /** The editable names, in diagram order. */
    public static List<String> names(Document document) {
        List<String> names = new ArrayList<>();
        if (document instanceof ExpressionDocument expression) {
            names.addAll(expression.values().keySet());
        } else if (document instanceof NetworkDocument network) {
            NetworkSpec spec = network.network();
            for (int k = 0; k < spec.size(0); k++) names.add(NetworkNames.neuron(spec, 0, k));
            for (int l = 0; l < spec.layerCount() - 1; l++) {
                for (int to = 0; to < spec.size(l + 1); to++) {
                    for (int from = 0; from < spec.size(l); from++) names.add(NetworkNames.weight(spec, l, to, from));
                }
                for (int to = 0; to < spec.size(l + 1); to++) {
                    String bias = NetworkNames.bias(spec, l, to);
                    if (spec.biasMode() != studio.backprop.core.nn.BiasMode.NONE && !names.contains(bias)) names.add(bias);
                }
            }
            for (int k = 0; k < spec.size(spec.layerCount() - 1); k++) names.add(NetworkNames.target(spec, k));
            names.add(LEARNING_RATE);
        }
        return names;
    }

    /** The current value of an editable name, or empty when the name is not editable here. */
    public static OptionalDouble value(Document document, String name) {
        if (document instanceof ExpressionDocument expression) {
            Double value = expression.values().get(name);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
        if (!(document instanceof NetworkDocument network)) return OptionalDouble.empty();
        NetworkSpec spec = network.network();
        Sample sample = network.data().train().get(network.sample());
        if (LEARNING_RATE.equals(name)) return OptionalDouble.of(spec.learningRate());
        for (int k = 0; k < spec.size(0); k++) {
            if (NetworkNames.neuron(spec, 0, k).equals(name)) return OptionalDouble.of(sample.input(k));
        }
        int last = spec.layerCount() - 1;
        for (int k = 0; k < spec.size(last); k++) {
            if (NetworkNames.target(spec, k).equals(name)) return OptionalDouble.of(sample.target(k));
        }
        for (int l = 0; l < last; l++) {
            for (int to = 0; to < spec.size(l + 1); to++) {
                for (int from = 0; from < spec.size(l); from++) {
                    if (NetworkNames.weight(spec, l, to, from).equals(name)) return OptionalDouble.of(spec.weight(l, to, from));
                }
                if (spec.biasMode() != studio.backprop.core.nn.BiasMode.NONE && NetworkNames.bias(spec, l, to).equals(name)) {
                    return OptionalDouble.of(spec.bias(l, to));
                }
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The document with {@code name} set to {@code value}; for an expression, any variable name (the
     * computation decides whether the expression has it).
     *
     * @throws IllegalArgumentException when the name is not editable or the value is not allowed for it
     */
    public static Document with(Document document, String name, double value) {
        if (document instanceof ExpressionDocument expression) return expression.withValue(name, value);
        if (value(document, name).isEmpty()) throw new IllegalArgumentException(name + " cannot be edited");
        NetworkDocument network = (NetworkDocument) document;
        NetworkSpec spec = network.network();
        if (LEARNING_RATE.equals(name)) return network.withNetwork(spec.withLearningRate(value));
        Sample sample = network.data().train().get(network.sample());
        double[] inputs = sample.inputs();
        for (int k = 0; k < inputs.length; k++) {
            if (NetworkNames.neuron(spec, 0, k).equals(name)) {
                inputs[k] = value;
                return withSample(network, new Sample(inputs, sample.targets()));
            }
        }
        double[] targets = sample.targets();
        for (int k = 0; k < targets.length; k++) {
            if (NetworkNames.target(spec, k).equals(name)) {
                targets[k] = value;
                return withSample(network, new Sample(sample.inputs(), targets));
            }
        }
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            for (int to = 0; to < spec.size(l + 1); to++) {
                for (int from = 0; from < spec.size(l); from++) {
                    if (NetworkNames.weight(spec, l, to, from).equals(name)) {
                        return network.withNetwork(spec.withWeight(l, to, from, value));
                    }
                }
                if (NetworkNames.bias(spec, l, to).equals(name)) return network.withNetwork(spec.withBias(l, to, value));
            }
        }
        throw new IllegalArgumentException(name + " cannot be edited");
    }

    private static NetworkDocument withSample(NetworkDocument network, Sample sample) {
        List<Sample> train = new ArrayList<>(network.data().train());
        train.set(network.sample(), sample);
        Dataset data = new Dataset(network.data().name(), train, network.data().test());
        return new NetworkDocument(network.name(), network.network(), data, network.sample());
    }

    /** An expression document for new source text, keeping the values of variables that keep their names. */
    public static ExpressionDocument expression(Document previous, String source) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (previous instanceof ExpressionDocument expression) values.putAll(expression.values());
        return new ExpressionDocument(source, values);
    }
}

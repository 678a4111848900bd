package studio.backprop.core.doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.problem.ProblemException;

/**
 * The given numbers of a document that a user may change, by the names the lecture and the diagrams
 * use: an expression's variables (x), or a network's inputs (i1), weights (w5), biases (b1), targets
 * (target_o1) and learning rate (η, also lr). The window and the command line both edit through here.
 */
public final class DocumentEdits {
    /** The name under which the learning rate is shown and edited. */
    public static final String LEARNING_RATE = "η";
    /** Other names accepted for the learning rate (typed on a command line). */
    public static final List<String> LEARNING_RATE_ALIASES = List.of("lr", "eta", "learning_rate");

    private DocumentEdits() { }

    /** The editable names, in diagram order: inputs, then each layer's weights and biases, targets, η. */
    public static List<String> names(Document document) {
        if (document instanceof ExpressionDocument expression) return List.copyOf(expression.values().keySet());
        NetworkDocument network = (NetworkDocument) document;
        NetworkSpec spec = network.network();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < spec.size(0); k++) names.add(NetworkNames.neuron(spec, 0, k));
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            for (int to = 0; to < spec.size(l + 1); to++) {
                for (int from = 0; from < spec.size(l); from++) names.add(NetworkNames.weight(spec, l, to, from));
            }
            for (int to = 0; to < spec.size(l + 1); to++) {
                String bias = NetworkNames.bias(spec, l, to);
                if (spec.biasMode() != BiasMode.NONE && !names.contains(bias)) names.add(bias);
            }
        }
        for (int k = 0; k < spec.size(spec.layerCount() - 1); k++) names.add(NetworkNames.target(spec, k));
        names.add(LEARNING_RATE);
        return names;
    }

    /** The current value of an editable name, or empty when the document has no editable number by that name. */
    public static OptionalDouble value(Document document, String name) {
        if (document instanceof ExpressionDocument expression) {
            Double value = expression.values().get(name);
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
        NetworkDocument network = (NetworkDocument) document;
        NetworkSpec spec = network.network();
        if (isLearningRate(name)) return OptionalDouble.of(spec.learningRate());
        Element element = find(spec, name);
        Sample sample = network.data().train().get(network.sample());
        if (element instanceof Element.Input input) return OptionalDouble.of(sample.input(input.index()));
        if (element instanceof Element.Target target) return OptionalDouble.of(sample.target(target.index()));
        if (element instanceof Element.Weight w) return OptionalDouble.of(spec.weight(w.layer(), w.to(), w.from()));
        if (element instanceof Element.Bias b) return OptionalDouble.of(spec.bias(b.layer(), b.to()));
        return OptionalDouble.empty();
    }

    /**
     * A copy of the document with {@code name} set to {@code value}. For an expression any name is taken;
     * the computation then says whether the expression has such a variable.
     *
     * @throws IllegalArgumentException when there is no quantity by that name, or the value does not fit it; the
     *         message does not repeat the name (callers put it in front)
     */
    public static Document set(Document document, String name, double value) {
        if (!Double.isFinite(value)) throw new ProblemException("edit.notFinite");
        if (document instanceof ExpressionDocument expression) return expression.withValue(name, value);
        NetworkDocument network = (NetworkDocument) document;
        NetworkSpec spec = network.network();
        if (isLearningRate(name)) {
            if (!(value > 0)) throw new ProblemException("edit.learningRateNotPositive", value);
            return network.withNetwork(spec.withLearningRate(value));
        }
        Element element = find(spec, name);
        Sample sample = network.data().train().get(network.sample());
        if (element instanceof Element.Input input) {
            double[] inputs = sample.inputs();
            inputs[input.index()] = value;
            return withSample(network, new Sample(inputs, sample.targets()));
        }
        if (element instanceof Element.Target target) {
            double[] targets = sample.targets();
            targets[target.index()] = value;
            return withSample(network, new Sample(sample.inputs(), targets));
        }
        if (element instanceof Element.Weight w) return network.withNetwork(spec.withWeight(w.layer(), w.to(), w.from(), value));
        if (element instanceof Element.Bias b) return network.withNetwork(spec.withBias(b.layer(), b.to(), value));
        throw new ProblemException("edit.unknownName", name);
    }

    /** An expression document for new source text, keeping the values of variables that keep their names. */
    public static ExpressionDocument expression(Document previous, String source) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (previous instanceof ExpressionDocument expression) values.putAll(expression.values());
        return new ExpressionDocument(source, values);
    }

    private static boolean isLearningRate(String name) {
        return LEARNING_RATE.equals(name) || LEARNING_RATE_ALIASES.contains(name);
    }

    /** The input, weight, bias or target with this name, or null. */
    private static Element find(NetworkSpec spec, String name) {
        for (int k = 0; k < spec.size(0); k++) {
            if (NetworkNames.neuron(spec, 0, k).equals(name)) return new Element.Input(k);
        }
        for (int k = 0; k < spec.size(spec.layerCount() - 1); k++) {
            if (NetworkNames.target(spec, k).equals(name)) return new Element.Target(k);
        }
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            for (int to = 0; to < spec.size(l + 1); to++) {
                for (int from = 0; from < spec.size(l); from++) {
                    if (NetworkNames.weight(spec, l, to, from).equals(name)) return new Element.Weight(l, to, from);
                }
                if (spec.biasMode() != BiasMode.NONE && NetworkNames.bias(spec, l, to).equals(name)) return new Element.Bias(l, to);
            }
        }
        return null;
    }

    private static NetworkDocument withSample(NetworkDocument network, Sample changed) {
        List<Sample> train = new ArrayList<>(network.data().train());
        train.set(network.sample(), changed);
        Dataset data = new Dataset(network.data().name(), train, network.data().test());
        return new NetworkDocument(network.name(), network.network(), data, network.sample());
    }
}

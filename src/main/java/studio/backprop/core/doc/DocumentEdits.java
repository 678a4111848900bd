package studio.backprop.core.doc;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/**
 * Sets one named quantity of a document — an expression's variable, or a network's input, weight,
 * bias, target or learning rate — by the name the lecture gives it (x, w5, b1, i1, target_o1, lr).
 * The window and the command line both edit through here.
 */
public final class DocumentEdits {
    /** Names accepted for the learning rate. */
    public static final List<String> LEARNING_RATE_NAMES = List.of("lr", "η", "eta", "learning_rate");

    private DocumentEdits() { }

    /**
     * A copy of the document with {@code name} set to {@code value}.
     *
     * @throws IllegalArgumentException naming the quantity when there is none by that name, or the value does not fit
     */
    public static Document set(Document document, String name, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException(name + ": not a finite number");
        if (document instanceof ExpressionDocument expression) {
            return expression.withValue(name, value);
        }
        NetworkDocument network = (NetworkDocument) document;
        NetworkSpec spec = network.network();
        if (LEARNING_RATE_NAMES.contains(name)) {
            if (!(value > 0)) throw new IllegalArgumentException(name + ": the learning rate must be positive, not " + value);
            return network.withNetwork(spec.withLearningRate(value));
        }
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            for (int to = 0; to < spec.size(l + 1); to++) {
                for (int from = 0; from < spec.size(l); from++) {
                    if (NetworkNames.weight(spec, l, to, from).equals(name)) {
                        return network.withNetwork(spec.withWeight(l, to, from, value));
                    }
                }
                if (spec.biasMode() != BiasMode.NONE && NetworkNames.bias(spec, l, to).equals(name)) {
                    return network.withNetwork(spec.withBias(l, to, value));
                }
            }
        }
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
        throw new IllegalArgumentException("no input, weight, bias, target or learning rate named '" + name + "'");
    }

    private static NetworkDocument withSample(NetworkDocument network, Sample changed) {
        List<Sample> train = new ArrayList<>(network.data().train());
        train.set(network.sample(), changed);
        Dataset data = new Dataset(network.data().name(), train, network.data().test());
        return new NetworkDocument(network.name(), network.network(), data, network.sample());
    }
}

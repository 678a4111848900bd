package studio.backprop.core.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/** The documents the script tests run: every network preset and generated networks of every convention. */
final class Documents {
    private Documents() { }

    /** Every preset that is a network, by name. */
    static Map<String, Document> networkPresets() {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (String name : Presets.names()) {
            Document document = Presets.load(name).document();
            if (document instanceof NetworkDocument) documents.put(name, document);
        }
        return documents;
    }

    /**
     * Generated networks: every output activation with every loss it supports, every hidden activation with every bias
     * setting (updated and not), a deeper network, a single output, and the layer-by-layer order.
     */
    static Map<String, Document> generated() {
        Map<String, Document> documents = new LinkedHashMap<>();
        Activation[] hidden = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LINEAR};
        int seed = 1;
        for (Activation output : Activation.values()) {
            for (Loss loss : Loss.values()) {
                if (loss == Loss.CROSS_ENTROPY && output != Activation.SIGMOID && output != Activation.SOFTMAX) continue;
                Activation below = hidden[seed % hidden.length];
                BiasMode bias = BiasMode.values()[seed % BiasMode.values().length];
                documents.put("out_" + output.id() + "_" + loss.id().replace('-', '_'), network(new int[] {2, 3, 2},
                        List.of(below, output), loss, bias, seed % 2 == 0, UpdateOrder.EXACT, seed++));
            }
        }
        for (Activation activation : hidden) {
            for (BiasMode bias : BiasMode.values()) {
                for (boolean update : new boolean[] {true, false}) {
                    documents.put("hidden_" + activation.id() + "_" + bias.name().toLowerCase() + (update ? "_updated" : "_fixed"),
                            network(new int[] {3, 2, 2}, List.of(activation, Activation.SIGMOID), Loss.HALF_SSE, bias, update,
                                    UpdateOrder.EXACT, seed++));
                }
            }
        }
        documents.put("deep_softmax", network(new int[] {2, 3, 4, 3}, List.of(Activation.TANH, Activation.RELU, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY, BiasMode.PER_NEURON, true, UpdateOrder.EXACT, seed++));
        documents.put("single_output", network(new int[] {2, 2, 1}, List.of(Activation.SIGMOID, Activation.SIGMOID),
                Loss.MSE, BiasMode.PER_LAYER, true, UpdateOrder.EXACT, seed++));
        documents.put("one_layer", network(new int[] {3, 2}, List.of(Activation.SIGMOID), Loss.CROSS_ENTROPY,
                BiasMode.PER_NEURON, true, UpdateOrder.LAYER_BY_LAYER, seed++));
        documents.put("deep_layer_by_layer", network(new int[] {2, 3, 3, 2},
                List.of(Activation.SIGMOID, Activation.TANH, Activation.SIGMOID), Loss.HALF_SSE, BiasMode.PER_LAYER, true,
                UpdateOrder.LAYER_BY_LAYER, seed++));
        documents.put("softmax_layer_by_layer", network(new int[] {2, 3, 3}, List.of(Activation.RELU, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY, BiasMode.PER_NEURON, true, UpdateOrder.LAYER_BY_LAYER, seed++));
        NetworkDocument mazur = (NetworkDocument) Presets.load("mazur").document();
        documents.put("mazur_layer_by_layer", mazur.withNetwork(mazur.network().withUpdateOrder(UpdateOrder.LAYER_BY_LAYER)));
        return documents;
    }

    /** A network with seeded weights in (−1, 1), inputs in (−1, 1) and targets that suit every loss. */
    static NetworkDocument network(int[] sizes, List<Activation> activations, Loss loss, BiasMode bias, boolean updateBiases,
                                   UpdateOrder order, int seed) {
        Random random = new Random(seed);
        double[][][] weights = new double[sizes.length - 1][][];
        double[][] biases = new double[sizes.length - 1][];
        for (int l = 0; l < weights.length; l++) {
            weights[l] = new double[sizes[l + 1]][sizes[l]];
            biases[l] = new double[sizes[l + 1]];
            double shared = uniform(random);
            for (int to = 0; to < sizes[l + 1]; to++) {
                for (int from = 0; from < sizes[l]; from++) weights[l][to][from] = uniform(random);
                biases[l][to] = switch (bias) {
                    case PER_NEURON -> uniform(random);
                    case PER_LAYER -> shared;
                    case NONE -> 0;
                };
            }
        }
        NetworkSpec spec = new NetworkSpec(sizes, activations, loss, bias, updateBiases, 0.1 + random.nextDouble(), order,
                weights, biases);
        double[] inputs = new double[sizes[0]];
        for (int k = 0; k < inputs.length; k++) inputs[k] = uniform(random);
        int outputs = sizes[sizes.length - 1];
        double[] targets = new double[outputs];
        List<Double> shares = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < outputs; k++) {
            double share = 0.1 + random.nextDouble();
            shares.add(share);
            total += share;
        }
        for (int k = 0; k < outputs; k++) targets[k] = outputs == 1 ? 0.25 : shares.get(k) / total;
        return new NetworkDocument("generated", spec, Dataset.single("generated", new Sample(inputs, targets)), 0);
    }

    private static double uniform(Random random) {
        return random.nextDouble() * 2 - 1;
    }
}

package studio.backprop.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.UpdateOrder;
import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.Problematic;

/** Reads the {@code network} object of a session: sizes, activations, loss, weights and biases or an initializer. */
final class NetworkReader {
    private static final List<String> NETWORK_FIELDS = List.of(
            "sizes", "activations", "loss", "bias", "updateBiases", "learningRate", "updateOrder", "weights", "biases", "init");
    private static final List<String> INIT_FIELDS = List.of("method", "seed", "range", "value");

    private final JsonFields fields;

    NetworkReader(JsonFields fields) {
        this.fields = fields;
    }

    /** The network of {@code top}, checked field by field. */
    NetworkSpec network(ObjectNode top) {
        ObjectNode net = fields.object(fields.required(top, "", "network"), "network");
        fields.allowOnly(net, "network", Set.of(), NETWORK_FIELDS);
        int[] sizes = sizes(net);
        int layers = sizes.length - 1;

        JsonNode activationsNode = fields.array(fields.required(net, "network", "activations"), "network.activations");
        if (activationsNode.size() != layers) {
            throw fields.problem("network.activations", "session.activationCount", layers, activationsNode.size());
        }
        List<Activation> activations = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            String path = "network.activations[" + l + "]";
            Activation activation = fields.choice(activationsNode.get(l), path, Problem.of("session.what.activation"),
                    Activation.values(), Ids::of);
            if (activation == Activation.SOFTMAX && l < layers - 1) throw fields.problem(path, "session.softmaxNotLast");
            activations.add(activation);
        }
        Loss loss = fields.choice(fields.required(net, "network", "loss"), "network.loss", Problem.of("session.what.loss"),
                Loss.values(), Ids::of);
        BiasMode biasMode = fields.choice(fields.required(net, "network", "bias"), "network.bias",
                Problem.of("session.what.biasMode"), BiasMode.values(), Ids::of);
        boolean updateBiases = fields.bool(fields.required(net, "network", "updateBiases"), "network.updateBiases");
        double learningRate = fields.positive(fields.required(net, "network", "learningRate"), "network.learningRate");
        UpdateOrder updateOrder = fields.choice(fields.required(net, "network", "updateOrder"), "network.updateOrder",
                Problem.of("session.what.updateOrder"), UpdateOrder.values(), Ids::of);

        Initializer init = null;
        long seed = 0;
        double[][][] weights;
        double[][] biases;
        if (net.has("init")) {
            if (net.has("weights") || net.has("biases")) throw fields.problem("network.init", "session.initAndWeights");
            ObjectNode initNode = fields.object(net.get("init"), "network.init");
            fields.allowOnly(initNode, "network.init", Set.of(), INIT_FIELDS);
            init = initializer(initNode);
            seed = initNode.has("seed") ? fields.whole(initNode.get("seed"), "network.init.seed", 0, SessionReader.MAX_SEED) : 0;
            weights = new double[layers][][];
            biases = new double[layers][];
            for (int l = 0; l < layers; l++) {
                weights[l] = new double[sizes[l + 1]][sizes[l]];
                biases[l] = new double[sizes[l + 1]];
            }
        } else {
            weights = weights(fields.required(net, "network", "weights"), sizes);
            biases = biases(net, sizes, biasMode);
        }
        try {
            NetworkSpec spec = new NetworkSpec(sizes, activations, loss, biasMode, updateBiases, learningRate,
                    updateOrder, weights, biases);
            return init == null ? spec : init.apply(spec, seed);
        } catch (IllegalArgumentException e) {
            throw fields.problem("network", "plain", reason(e));
        }
    }

    private int[] sizes(ObjectNode net) {
        JsonNode sizesNode = fields.array(fields.required(net, "network", "sizes"), "network.sizes");
        if (sizesNode.size() < 2 || sizesNode.size() > SessionFiles.MAX_LAYERS) {
            throw fields.problem("network.sizes", "session.layerCount", SessionFiles.MAX_LAYERS, sizesNode.size());
        }
        int[] sizes = new int[sizesNode.size()];
        for (int l = 0; l < sizes.length; l++) {
            sizes[l] = fields.whole(sizesNode.get(l), "network.sizes[" + l + "]", 1, SessionFiles.MAX_NEURONS);
        }
        try {
            NetworkSpec.requireSize(sizes);
        } catch (IllegalArgumentException tooLarge) {
            throw fields.problem("network.sizes", "plain", reason(tooLarge));
        }
        return sizes;
    }

    /** The problem of a refusal from elsewhere in the core, or its message when it has none. */
    static Object reason(RuntimeException e) {
        return e instanceof Problematic typed ? typed.asProblem() : e.getMessage();
    }

    /** {@code {"method": "xavier", "seed": 3}}; {@code uniform} takes a {@code range}, {@code all-equal} a {@code value}. */
    private Initializer initializer(ObjectNode node) {
        String method = fields.text(fields.required(node, "network.init", "method"), "network.init.method", 100);
        if (node.has("range") && !method.equals("uniform")) throw fields.problem("network.init.range", "session.onlyUniformRange");
        if (node.has("value") && !method.equals("all-equal")) throw fields.problem("network.init.value", "session.onlyAllEqualValue");
        return switch (method) {
            case "xavier" -> Initializer.xavier();
            case "he" -> Initializer.he();
            case "uniform" -> Initializer.uniform(fields.positive(fields.required(node, "network.init", "range"), "network.init.range"));
            case "all-equal" -> Initializer.allEqual(fields.number(fields.required(node, "network.init", "value"), "network.init.value"));
            default -> throw fields.problem("network.init.method", "session.unknownInit", JsonFields.quote(method));
        };
    }

    private double[][][] weights(JsonNode node, int[] sizes) {
        JsonNode layersNode = fields.array(node, "network.weights");
        int layers = sizes.length - 1;
        if (layersNode.size() != layers) throw fields.problem("network.weights", "session.weightLayerCount", layers, layersNode.size());
        double[][][] weights = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            String path = "network.weights[" + l + "]";
            JsonNode rows = fields.array(layersNode.get(l), path);
            if (rows.size() != sizes[l + 1]) throw fields.problem(path, "session.weightRowCount", sizes[l + 1], l + 1, rows.size());
            weights[l] = new double[sizes[l + 1]][];
            for (int j = 0; j < sizes[l + 1]; j++) {
                weights[l][j] = fields.numbers(rows.get(j), path + "[" + j + "]", sizes[l], Problem.of("session.why.layer", l));
            }
        }
        return weights;
    }

    private double[][] biases(ObjectNode net, int[] sizes, BiasMode mode) {
        int layers = sizes.length - 1;
        double[][] biases = new double[layers][];
        if (!net.has("biases") && mode == BiasMode.NONE) {
            for (int l = 0; l < layers; l++) biases[l] = new double[sizes[l + 1]];
            return biases;
        }
        JsonNode layersNode = fields.array(fields.required(net, "network", "biases"), "network.biases");
        if (layersNode.size() != layers) throw fields.problem("network.biases", "session.biasLayerCount", layers, layersNode.size());
        for (int l = 0; l < layers; l++) {
            String path = "network.biases[" + l + "]";
            biases[l] = fields.numbers(layersNode.get(l), path, sizes[l + 1], Problem.of("session.why.layer", l + 1));
            for (int j = 0; j < biases[l].length; j++) {
                if (mode == BiasMode.PER_LAYER && biases[l][j] != biases[l][0]) {
                    throw fields.problem(path + "[" + j + "]", "session.perLayerBias", biases[l][j], biases[l][0]);
                }
                if (mode == BiasMode.NONE && biases[l][j] != 0) throw fields.problem(path + "[" + j + "]", "session.noBias", biases[l][j]);
            }
        }
        return biases;
    }
}

package studio.backprop.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studio.backprop.core.data.DataException;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.data.Digits;
import studio.backprop.core.data.Expansion;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.Scaling;
import studio.backprop.core.nn.UpdateOrder;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.Schedule;

/**
 * Turns a parsed JSON tree into a {@link Session}, checking every field and naming it in each error. The
 * format is described in {@code studio/backprop/presets/FORMAT.md}.
 */
final class SessionReader {
    /**
     * Steps that lift a file of version n to version n + 1, at index n − 1. When the format changes, add the
     * step from the old version here and the current version follows; the checks below read only the
     * current version.
     */
    private static final List<UnaryOperator<ObjectNode>> MIGRATIONS = List.of();

    /** The version this program writes and the newest it reads. */
    static final int CURRENT_VERSION = MIGRATIONS.size() + 1;

    static final String FORMAT = "backprop-studio-session";

    private static final Set<String> COMMON_FIELDS = Set.of("format", "version", "kind", "name", "description");
    private static final List<String> NETWORK_FIELDS = List.of(
            "sizes", "activations", "loss", "bias", "updateBiases", "learningRate", "updateOrder", "weights", "biases", "init");
    private static final List<String> INIT_FIELDS = List.of("method", "seed", "range", "value");
    private static final List<String> DATA_FIELDS = List.of("name", "train", "test", "scaling");
    private static final List<String> SCALING_FIELDS = List.of("inputs", "targets", "inputNames", "targetNames");
    private static final List<String> GENERATOR_FIELDS = List.of("name", "generator", "count", "noise", "seed", "testFraction");
    private static final List<String> BUILTIN_FIELDS = List.of("name", "builtin", "seed", "testFraction");
    private static final List<String> BUILTINS = List.of("lecture", "xor", "digits");
    private static final List<String> TRAINING_FIELDS = List.of(
            "epochs", "iterations", "batchSize", "momentum", "l2", "l1", "dropout", "shuffle", "seed",
            "expand", "earlyStop", "schedule", "stopOn", "validation");
    /** Largest seed a file may give: seeds are whole numbers from 0 to 2³¹ − 1. */
    private static final int MAX_SEED = Integer.MAX_VALUE;
    private static final List<String> SAMPLE_FIELDS = List.of("inputs", "targets");
    private static final Pattern VARIABLE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private final String source;
    /** Inputs and targets read so far, training and test set together. */
    private long dataNumbers;

    /** @param source the file or resource name that every error starts with */
    SessionReader(String source) {
        this.source = source;
    }

    /** Checks the whole tree and builds the session. */
    Session read(JsonNode root) {
        if (!root.isObject()) {
            throw problem(null, "not a Backprop Studio session (expected a JSON object, found " + describe(root) + ")");
        }
        ObjectNode top = (ObjectNode) root;
        JsonNode format = top.get("format");
        if (format == null) throw problem(null, "not a Backprop Studio session (no 'format' field)");
        if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
            throw problem(null, "not a Backprop Studio session (format is " + describe(format) + ", expected '" + FORMAT + "')");
        }
        int version = version(required(top, "", "version"));
        ObjectNode current = migrate(top, version);
        return session(current);
    }

    private int version(JsonNode node) {
        if (!node.isNumber() || node.doubleValue() != Math.rint(node.doubleValue())) {
            throw problem("version", "expected a whole number, found " + describe(node));
        }
        double version = node.doubleValue();
        if (version > CURRENT_VERSION) {
            throw problem(null, "version " + node.asText() + " is newer than this program understands (" + CURRENT_VERSION + ")");
        }
        if (version < 1) throw problem(null, "version " + node.asText() + " is not a valid version (versions start at 1)");
        return (int) version;
    }

    /** Lifts a file of an older version, step by step, to {@link #CURRENT_VERSION}. */
    private static ObjectNode migrate(ObjectNode top, int version) {
        ObjectNode current = top;
        for (int v = version; v < CURRENT_VERSION; v++) current = MIGRATIONS.get(v - 1).apply(current);
        return current;
    }

    private Session session(ObjectNode top) {
        String kind = text(required(top, "", "kind"), "kind", 20);
        String name = top.has("name") ? nonBlank(top.get("name"), "name", 200) : defaultName();
        String description = top.has("description") ? text(top.get("description"), "description", 10_000) : "";
        TrainingSettings training = TrainingSettings.NONE;
        Document document = switch (kind) {
            case "network" -> {
                allowOnly(top, "", COMMON_FIELDS, List.of("network", "data", "sample", "training"));
                if (top.has("training")) training = training(object(top.get("training"), "training"));
                yield network(top, name);
            }
            case "expression" -> {
                allowOnly(top, "", COMMON_FIELDS, List.of("expression", "values"));
                yield expression(top);
            }
            default -> throw problem("kind", "unknown kind " + quote(kind) + " (one of network, expression)");
        };
        return new Session(document, name, description, training);
    }

    /** The file name without its extension, for files that do not name themselves. */
    private String defaultName() {
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return stem.isBlank() ? "session" : stem;
    }

    // ---- expressions

    private ExpressionDocument expression(ObjectNode top) {
        String source = nonBlank(required(top, "", "expression"), "expression", SessionFiles.MAX_EXPRESSION_CHARS);
        Map<String, Double> values = new LinkedHashMap<>();
        if (top.has("values")) {
            ObjectNode node = object(top.get("values"), "values");
            if (node.size() > SessionFiles.MAX_VARIABLES) {
                throw problem("values", count(node.size()) + " variables, more than the limit of " + count(SessionFiles.MAX_VARIABLES));
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String path = join("values", entry.getKey());
                if (entry.getKey().length() > 64 || !VARIABLE.matcher(entry.getKey()).matches()) {
                    throw problem(path, "not a variable name (a letter or _ followed by letters, digits or _)");
                }
                values.put(entry.getKey(), number(entry.getValue(), path));
            }
        }
        return new ExpressionDocument(source, values);
    }

    // ---- networks

    private NetworkDocument network(ObjectNode top, String name) {
        ObjectNode net = object(required(top, "", "network"), "network");
        allowOnly(net, "network", Set.of(), NETWORK_FIELDS);

        JsonNode sizesNode = array(required(net, "network", "sizes"), "network.sizes");
        if (sizesNode.size() < 2 || sizesNode.size() > SessionFiles.MAX_LAYERS) {
            throw problem("network.sizes", "expected 2 to " + SessionFiles.MAX_LAYERS + " layers (inputs first), found " + sizesNode.size());
        }
        int[] sizes = new int[sizesNode.size()];
        for (int l = 0; l < sizes.length; l++) {
            sizes[l] = whole(sizesNode.get(l), "network.sizes[" + l + "]", 1, SessionFiles.MAX_NEURONS);
        }
        try {
            NetworkSpec.requireSize(sizes);
        } catch (IllegalArgumentException tooLarge) {
            throw problem("network.sizes", tooLarge.getMessage());
        }
        int layers = sizes.length - 1;

        JsonNode activationsNode = array(required(net, "network", "activations"), "network.activations");
        if (activationsNode.size() != layers) {
            throw problem("network.activations",
                    "expected " + layers + " activations (one per layer after the inputs), found " + activationsNode.size());
        }
        List<Activation> activations = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            String path = "network.activations[" + l + "]";
            Activation activation = choice(activationsNode.get(l), path, "activation", Activation.values(), Ids::of);
            if (activation == Activation.SOFTMAX && l < layers - 1) throw problem(path, "softmax is for the output layer only");
            activations.add(activation);
        }
        Loss loss = choice(required(net, "network", "loss"), "network.loss", "loss", Loss.values(), Ids::of);
        BiasMode biasMode = choice(required(net, "network", "bias"), "network.bias", "bias mode", BiasMode.values(), Ids::of);
        JsonNode updateBiasesNode = required(net, "network", "updateBiases");
        if (!updateBiasesNode.isBoolean()) throw problem("network.updateBiases", "expected true or false, found " + describe(updateBiasesNode));
        double learningRate = number(required(net, "network", "learningRate"), "network.learningRate");
        if (!(learningRate > 0)) throw problem("network.learningRate", "must be positive, found " + learningRate);
        UpdateOrder updateOrder = choice(required(net, "network", "updateOrder"), "network.updateOrder", "update order",
                UpdateOrder.values(), Ids::of);

        Initializer init = null;
        long seed = 0;
        double[][][] weights;
        double[][] biases;
        if (net.has("init")) {
            if (net.has("weights") || net.has("biases")) {
                throw problem("network.init", "give either 'init' or 'weights' and 'biases', not both");
            }
            ObjectNode initNode = object(net.get("init"), "network.init");
            allowOnly(initNode, "network.init", Set.of(), INIT_FIELDS);
            init = initializer(initNode);
            seed = initNode.has("seed") ? whole(initNode.get("seed"), "network.init.seed", 0, MAX_SEED) : 0;
            weights = new double[sizes.length - 1][][];
            biases = new double[sizes.length - 1][];
            for (int l = 0; l < weights.length; l++) {
                weights[l] = new double[sizes[l + 1]][sizes[l]];
                biases[l] = new double[sizes[l + 1]];
            }
        } else {
            weights = weights(required(net, "network", "weights"), sizes);
            biases = biases(net, sizes, biasMode);
        }
        NetworkSpec spec;
        try {
            spec = new NetworkSpec(sizes, activations, loss, biasMode, updateBiasesNode.booleanValue(), learningRate,
                    updateOrder, weights, biases);
            if (init != null) spec = init.apply(spec, seed);
        } catch (IllegalArgumentException e) {
            throw problem("network", e.getMessage());
        }
        return data(top, name, sizes, spec);
    }

    /** {@code {"method": "xavier", "seed": 3}}; {@code uniform} takes a {@code range}, {@code all-equal} a {@code value}. */
    private Initializer initializer(ObjectNode node) {
        String method = text(required(node, "network.init", "method"), "network.init.method", 100);
        if (node.has("range") && !method.equals("uniform")) throw problem("network.init.range", "only the method 'uniform' takes a range");
        if (node.has("value") && !method.equals("all-equal")) throw problem("network.init.value", "only the method 'all-equal' takes a value");
        return switch (method) {
            case "xavier" -> Initializer.xavier();
            case "he" -> Initializer.he();
            case "uniform" -> {
                double range = number(required(node, "network.init", "range"), "network.init.range");
                if (!(range > 0)) throw problem("network.init.range", "must be positive, found " + range);
                yield Initializer.uniform(range);
            }
            case "all-equal" -> Initializer.allEqual(number(required(node, "network.init", "value"), "network.init.value"));
            default -> throw problem("network.init.method", "unknown method " + quote(method) + " (one of xavier, he, uniform, all-equal)");
        };
    }

    private TrainingSettings training(ObjectNode node) {
        allowOnly(node, "training", Set.of(), TRAINING_FIELDS);
        if (node.has("epochs") && node.has("iterations")) throw problem("training.iterations", "give either 'epochs' or 'iterations', not both");
        Integer epochs = node.has("epochs") ? whole(node.get("epochs"), "training.epochs", 1, Limits.MAX_EPOCHS) : null;
        Integer iterations = node.has("iterations") ? whole(node.get("iterations"), "training.iterations", 1, Limits.MAX_ITERATIONS) : null;
        Integer batchSize = node.has("batchSize") ? whole(node.get("batchSize"), "training.batchSize", 0, SessionFiles.MAX_SAMPLES) : null;
        Double momentum = node.has("momentum") ? fraction(node.get("momentum"), "training.momentum") : null;
        Double l2 = node.has("l2") ? nonNegative(node.get("l2"), "training.l2") : null;
        Double l1 = node.has("l1") ? nonNegative(node.get("l1"), "training.l1") : null;
        Double dropout = node.has("dropout") ? fraction(node.get("dropout"), "training.dropout") : null;
        Boolean shuffle = null;
        if (node.has("shuffle")) {
            if (!node.get("shuffle").isBoolean()) throw problem("training.shuffle", "expected true or false, found " + describe(node.get("shuffle")));
            shuffle = node.get("shuffle").booleanValue();
        }
        Long seed = node.has("seed") ? (long) whole(node.get("seed"), "training.seed", 0, MAX_SEED) : null;
        String expand = node.has("expand") ? choice(node.get("expand"), "training.expand", "expansion", Expansion.Kind.values(), Expansion.Kind::id).id() : null;
        Integer earlyStop = node.has("earlyStop") ? whole(node.get("earlyStop"), "training.earlyStop", 0, Limits.MAX_EPOCHS) : null;
        String schedule = node.has("schedule") ? choice(node.get("schedule"), "training.schedule", "schedule", Schedule.Kind.values(), Schedule.Kind::id).id() : null;
        String stopOn = node.has("stopOn") ? choice(node.get("stopOn"), "training.stopOn", "measure", EarlyStopping.Measure.values(), EarlyStopping.Measure::id).id() : null;
        Double validation = node.has("validation") ? fraction(node.get("validation"), "training.validation") : null;
        return new TrainingSettings(epochs, iterations, batchSize, momentum, l2, l1, dropout, shuffle, seed, expand, earlyStop,
                schedule, stopOn, validation);
    }

    /** A number at least 0 and below 1. */
    private double fraction(JsonNode node, String path) {
        double value = number(node, path);
        if (!(value >= 0 && value < 1)) throw problem(path, "must be at least 0 and below 1, found " + value);
        return value;
    }

    private double nonNegative(JsonNode node, String path) {
        double value = number(node, path);
        if (value < 0) throw problem(path, "must be 0 or positive, found " + value);
        return value;
    }

    private double[][][] weights(JsonNode node, int[] sizes) {
        JsonNode layersNode = array(node, "network.weights");
        int layers = sizes.length - 1;
        if (layersNode.size() != layers) {
            throw problem("network.weights", "expected " + layers + " layers of weights (one per layer after the inputs), found "
                    + layersNode.size());
        }
        double[][][] weights = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            String path = "network.weights[" + l + "]";
            JsonNode rows = array(layersNode.get(l), path);
            if (rows.size() != sizes[l + 1]) {
                throw problem(path, "expected " + sizes[l + 1] + " rows (one per neuron of layer " + (l + 1) + "), found " + rows.size());
            }
            weights[l] = new double[sizes[l + 1]][];
            for (int j = 0; j < sizes[l + 1]; j++) {
                weights[l][j] = numbers(rows.get(j), path + "[" + j + "]", sizes[l], "one per neuron of layer " + l);
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
        JsonNode layersNode = array(required(net, "network", "biases"), "network.biases");
        if (layersNode.size() != layers) {
            throw problem("network.biases", "expected " + layers + " layers of biases (one per layer after the inputs), found "
                    + layersNode.size());
        }
        for (int l = 0; l < layers; l++) {
            String path = "network.biases[" + l + "]";
            biases[l] = numbers(layersNode.get(l), path, sizes[l + 1], "one per neuron of layer " + (l + 1));
            for (int j = 0; j < biases[l].length; j++) {
                if (mode == BiasMode.PER_LAYER && biases[l][j] != biases[l][0]) {
                    throw problem(path + "[" + j + "]", "with bias 'per-layer' a layer shares one bias, but "
                            + biases[l][j] + " differs from " + biases[l][0]);
                }
                if (mode == BiasMode.NONE && biases[l][j] != 0) {
                    throw problem(path + "[" + j + "]", "with bias 'none' every bias is 0, found " + biases[l][j]);
                }
            }
        }
        return biases;
    }

    private NetworkDocument data(ObjectNode top, String name, int[] sizes, NetworkSpec spec) {
        ObjectNode data = object(required(top, "", "data"), "data");
        List<Sample> train;
        List<Sample> test;
        String dataName;
        Scaling scaling = null;
        if (data.has("generator") || data.has("builtin")) {
            Dataset made = data.has("generator") ? generated(data) : builtin(data);
            requireShape(made, sizes, data.has("generator") ? "data.generator" : "data.builtin");
            dataName = data.has("name") ? nonBlank(data.get("name"), "data.name", 200) : made.name();
            train = made.train();
            test = made.test();
        } else {
            allowOnly(data, "data", Set.of(), DATA_FIELDS);
            dataName = data.has("name") ? nonBlank(data.get("name"), "data.name", 200) : name;
            train = samples(required(data, "data", "train"), "data.train", sizes);
            if (train.isEmpty()) throw problem("data.train", "needs at least one sample");
            test = data.has("test") ? samples(data.get("test"), "data.test", sizes) : List.of();
            if (data.has("scaling")) scaling = scaling(object(data.get("scaling"), "data.scaling"), sizes);
        }
        int sample = 0;
        if (top.has("sample")) {
            sample = whole(top.get("sample"), "sample", 0, train.size() - 1);
        }
        return new NetworkDocument(name, spec, new Dataset(dataName, train, test, scaling), sample);
    }

    /** {@code {"inputs": [10, 5], "targets": [100], "inputNames": […], "targetNames": […]}}: what the samples were divided by. */
    private Scaling scaling(ObjectNode node, int[] sizes) {
        allowOnly(node, "data.scaling", Set.of(), SCALING_FIELDS);
        int inputs = sizes[0];
        int targets = sizes[sizes.length - 1];
        double[] in = numbers(required(node, "data.scaling", "inputs"), "data.scaling.inputs", inputs, "one per input");
        double[] out = numbers(required(node, "data.scaling", "targets"), "data.scaling.targets", targets, "one per target");
        for (int k = 0; k < in.length; k++) if (in[k] == 0) throw problem("data.scaling.inputs[" + k + "]", "a divisor must not be 0");
        for (int k = 0; k < out.length; k++) if (out[k] == 0) throw problem("data.scaling.targets[" + k + "]", "a divisor must not be 0");
        List<String> inNames = names(node, "inputNames", inputs, "x");
        List<String> outNames = names(node, "targetNames", targets, "y");
        return new Scaling(in, out, inNames, outNames);
    }

    private List<String> names(ObjectNode node, String key, int expected, String prefix) {
        String path = "data.scaling." + key;
        List<String> names = new ArrayList<>();
        if (!node.has(key)) {
            for (int k = 1; k <= expected; k++) names.add(prefix + k);
            return names;
        }
        JsonNode array = array(node.get(key), path);
        if (array.size() != expected) throw problem(path, "expected " + expected + " names, found " + array.size());
        for (int k = 0; k < expected; k++) names.add(nonBlank(array.get(k), path + "[" + k + "]", 200));
        return names;
    }

    /** {@code {"generator": "circle", "count": 500, "noise": 0.1, "seed": 7, "testFraction": 0.5}}. */
    private Dataset generated(ObjectNode data) {
        if (data.has("builtin")) throw problem("data.builtin", "give either 'generator' or 'builtin', not both");
        allowOnly(data, "data", Set.of(), GENERATOR_FIELDS);
        Datasets.Shape shape = choice(data.get("generator"), "data.generator", "generator", Datasets.Shape.values(),
                Datasets.Shape::id);
        int count = whole(required(data, "data", "count"), "data.count", 2, SessionFiles.MAX_SAMPLES);
        double noise = data.has("noise") ? number(data.get("noise"), "data.noise") : 0;
        if (!(noise >= 0 && noise <= Datasets.MAX_NOISE)) {
            throw problem("data.noise", "must be from 0 to " + Datasets.MAX_NOISE + ", found " + noise);
        }
        int seed = data.has("seed") ? whole(data.get("seed"), "data.seed", 0, MAX_SEED) : 0;
        double testFraction = data.has("testFraction") ? fraction(data.get("testFraction"), "data.testFraction") : 0;
        return Datasets.generate(shape, count, noise, seed, testFraction);
    }

    /** {@code {"builtin": "digits", "seed": 1, "testFraction": 0.2}}; lecture and xor take neither. */
    private Dataset builtin(ObjectNode data) {
        allowOnly(data, "data", Set.of(), BUILTIN_FIELDS);
        String which = choice(data.get("builtin"), "data.builtin", "built-in data set", BUILTINS.toArray(String[]::new), s -> s);
        if (!which.equals("digits")) {
            for (String field : List.of("seed", "testFraction")) {
                if (data.has(field)) throw problem("data." + field, "the built-in data set " + quote(which) + " is fixed and takes no " + field);
            }
            return which.equals("xor") ? Datasets.xor() : Datasets.lecture();
        }
        int seed = data.has("seed") ? whole(data.get("seed"), "data.seed", 0, MAX_SEED) : 0;
        double testFraction = data.has("testFraction") ? fraction(data.get("testFraction"), "data.testFraction") : 0;
        try {
            return digits(seed, testFraction);
        } catch (DataException e) {
            throw problem("data.builtin", e.getMessage());
        }
    }

    /** The digits split last read, kept: unpacking the bundled images costs far more than reading the file. */
    private static Dataset lastDigits;
    private static long lastDigitsSeed;
    private static double lastDigitsFraction;

    private static synchronized Dataset digits(int seed, double testFraction) throws DataException {
        if (lastDigits == null || lastDigitsSeed != seed || Double.compare(lastDigitsFraction, testFraction) != 0) {
            lastDigits = Digits.split(seed, testFraction);
            lastDigitsSeed = seed;
            lastDigitsFraction = testFraction;
        }
        return lastDigits;
    }

    private void requireShape(Dataset made, int[] sizes, String path) {
        Sample first = made.train().get(0);
        int outputs = sizes[sizes.length - 1];
        if (first.inputCount() != sizes[0] || first.targetCount() != outputs) {
            throw problem(path, quote(made.name()) + " has " + first.inputCount() + " inputs and " + first.targetCount()
                    + " targets per sample, but the network has " + sizes[0] + " inputs and " + outputs + " outputs");
        }
    }

    private List<Sample> samples(JsonNode node, String path, int[] sizes) {
        JsonNode array = array(node, path);
        if (array.size() > SessionFiles.MAX_SAMPLES) {
            throw problem(path, count(array.size()) + " samples, more than the limit of " + count(SessionFiles.MAX_SAMPLES));
        }
        long numbers = (long) array.size() * (sizes[0] + sizes[sizes.length - 1]) + dataNumbers;
        if (numbers > SessionFiles.MAX_DATA_NUMBERS) {
            throw problem(path, "the data holds " + count(numbers) + " inputs and targets, more than the limit of "
                    + count(SessionFiles.MAX_DATA_NUMBERS));
        }
        dataNumbers = numbers;
        List<Sample> samples = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String samplePath = path + "[" + i + "]";
            ObjectNode sample = object(array.get(i), samplePath);
            allowOnly(sample, samplePath, Set.of(), SAMPLE_FIELDS);
            double[] inputs = numbers(required(sample, samplePath, "inputs"), samplePath + ".inputs", sizes[0], "one per input neuron");
            double[] targets = numbers(required(sample, samplePath, "targets"), samplePath + ".targets",
                    sizes[sizes.length - 1], "one per output neuron");
            samples.add(new Sample(inputs, targets));
        }
        return samples;
    }

    // ---- fields and values

    private JsonNode required(ObjectNode object, String path, String key) {
        JsonNode value = object.get(key);
        if (value == null) throw problem(null, "missing field '" + join(path, key) + "'");
        return value;
    }

    /** Rejects fields the format does not define, so a misspelt name is reported instead of ignored. */
    private void allowOnly(ObjectNode object, String path, Set<String> common, List<String> specific) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String key = entry.getKey();
            if (!common.contains(key) && !specific.contains(key)) {
                throw problem(join(path, key), "unknown field (expected " + String.join(", ", specific) + ")");
            }
        }
    }

    private ObjectNode object(JsonNode node, String path) {
        if (!node.isObject()) throw problem(path, "expected an object, found " + describe(node));
        return (ObjectNode) node;
    }

    private JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) throw problem(path, "expected an array, found " + describe(node));
        return node;
    }

    private String text(JsonNode node, String path, int maxLength) {
        if (!node.isTextual()) throw problem(path, "expected text, found " + describe(node));
        if (node.textValue().length() > maxLength) throw problem(path, "longer than " + count(maxLength) + " characters");
        return node.textValue();
    }

    private String nonBlank(JsonNode node, String path, int maxLength) {
        String text = text(node, path, maxLength);
        if (text.isBlank()) throw problem(path, "must not be empty");
        return text;
    }

    /** A finite number no larger in size than {@link SessionFiles#MAX_MAGNITUDE}. */
    private double number(JsonNode node, String path) {
        if (!node.isNumber()) throw problem(path, "expected a number, found " + describe(node));
        double value = node.doubleValue();
        if (!Double.isFinite(value)) throw problem(path, "not a finite number");
        if (Math.abs(value) > SessionFiles.MAX_MAGNITUDE) {
            throw problem(path, value + " is beyond the limit of ±" + count((long) SessionFiles.MAX_MAGNITUDE));
        }
        return value;
    }

    private double[] numbers(JsonNode node, String path, int expected, String why) {
        JsonNode array = array(node, path);
        if (array.size() != expected) {
            throw problem(path, "expected " + expected + (expected == 1 ? " number" : " numbers") + " (" + why + "), found " + array.size());
        }
        double[] numbers = new double[expected];
        for (int i = 0; i < expected; i++) numbers[i] = number(array.get(i), path + "[" + i + "]");
        return numbers;
    }

    private int whole(JsonNode node, String path, int min, int max) {
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (value == Math.rint(value) && value >= min && value <= max) return (int) value;
        }
        throw problem(path, "expected a whole number from " + count(min) + " to " + count(max) + ", found " + describe(node));
    }

    private <E> E choice(JsonNode node, String path, String what, E[] values, Function<E, String> id) {
        String text = text(node, path, 100);
        for (E value : values) if (id.apply(value).equals(text)) return value;
        String known = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
        throw problem(path, "unknown " + what + " " + quote(text) + " (one of " + known + ")");
    }

    // ---- messages

    private SessionException problem(String field, String message) {
        return new SessionException(source, field, message);
    }

    /** A path segment: {@code network.loss}, or {@code values["a b"]} for a key that is not a plain name. */
    static String join(String path, String key) {
        if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) return path + "[\"" + shorten(key) + "\"]";
        return path.isEmpty() ? key : path + "." + key;
    }

    /** User text in single quotes, shortened and made printable. */
    static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    /** At most 40 characters of user text, with control characters shown as '?'. */
    static String shorten(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (text.codePointCount(0, text.length()) > 40) shown.append('…');
        return shown.toString();
    }

    /** What a value is, for "expected …, found …": {@code text 'abc'}, {@code 3.5}, {@code an array}. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "text " + quote(node.textValue());
            case NUMBER -> shorten(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** An integer with thousands separators: 100,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

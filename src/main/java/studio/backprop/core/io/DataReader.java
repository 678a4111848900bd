package studio.backprop.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import studio.backprop.core.data.DataException;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.data.Digits;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.Scaling;
import studio.backprop.core.problem.Problem;

/** Reads the {@code data} object of a network session: samples written out, a generator, or a built-in data set. */
final class DataReader {
    private static final List<String> DATA_FIELDS = List.of("name", "train", "test", "scaling");
    private static final List<String> SCALING_FIELDS = List.of("inputs", "targets", "inputNames", "targetNames");
    private static final List<String> GENERATOR_FIELDS = List.of("name", "generator", "count", "noise", "seed", "testFraction");
    private static final List<String> BUILTIN_FIELDS = List.of("name", "builtin", "seed", "testFraction");
    private static final List<String> BUILTINS = List.of("lecture", "xor", "digits");
    private static final List<String> SAMPLE_FIELDS = List.of("inputs", "targets");

    /** The digits split last read, kept: unpacking the bundled images costs far more than reading the file. */
    private static Dataset lastDigits;
    private static long lastDigitsSeed;
    private static double lastDigitsFraction;

    private final JsonFields fields;
    /** Inputs and targets read so far, training and test set together. */
    private long dataNumbers;

    DataReader(JsonFields fields) {
        this.fields = fields;
    }

    /** The data of {@code top} for a network of these layer sizes; {@code name} names data that does not name itself. */
    Dataset data(ObjectNode top, String name, int[] sizes) {
        ObjectNode data = fields.object(fields.required(top, "", "data"), "data");
        if (data.has("generator") || data.has("builtin")) {
            Dataset made = data.has("generator") ? generated(data) : builtin(data);
            requireShape(made, sizes, data.has("generator") ? "data.generator" : "data.builtin");
            String dataName = data.has("name") ? fields.nonBlank(data.get("name"), "data.name", 200) : made.name();
            return new Dataset(dataName, made.train(), made.test(), null);
        }
        fields.allowOnly(data, "data", Set.of(), DATA_FIELDS);
        String dataName = data.has("name") ? fields.nonBlank(data.get("name"), "data.name", 200) : name;
        List<Sample> train = samples(fields.required(data, "data", "train"), "data.train", sizes);
        if (train.isEmpty()) throw fields.problem("data.train", "session.noSamples");
        List<Sample> test = data.has("test") ? samples(data.get("test"), "data.test", sizes) : List.of();
        Scaling scaling = data.has("scaling") ? scaling(fields.object(data.get("scaling"), "data.scaling"), sizes) : null;
        return new Dataset(dataName, train, test, scaling);
    }

    /** {@code {"inputs": [10, 5], "targets": [100], "inputNames": […], "targetNames": […]}}: what the samples were divided by. */
    private Scaling scaling(ObjectNode node, int[] sizes) {
        fields.allowOnly(node, "data.scaling", Set.of(), SCALING_FIELDS);
        int inputs = sizes[0];
        int targets = sizes[sizes.length - 1];
        double[] in = fields.numbers(fields.required(node, "data.scaling", "inputs"), "data.scaling.inputs", inputs,
                Problem.of("session.why.input"));
        double[] out = fields.numbers(fields.required(node, "data.scaling", "targets"), "data.scaling.targets", targets,
                Problem.of("session.why.target"));
        for (int k = 0; k < in.length; k++) if (in[k] == 0) throw fields.problem("data.scaling.inputs[" + k + "]", "session.zeroDivisor");
        for (int k = 0; k < out.length; k++) if (out[k] == 0) throw fields.problem("data.scaling.targets[" + k + "]", "session.zeroDivisor");
        return new Scaling(in, out, names(node, "inputNames", inputs, "x"), names(node, "targetNames", targets, "y"));
    }

    private List<String> names(ObjectNode node, String key, int expected, String prefix) {
        String path = "data.scaling." + key;
        List<String> names = new ArrayList<>();
        if (!node.has(key)) {
            for (int k = 1; k <= expected; k++) names.add(prefix + k);
            return names;
        }
        JsonNode array = fields.array(node.get(key), path);
        if (array.size() != expected) throw fields.problem(path, "session.nameCount", expected, array.size());
        for (int k = 0; k < expected; k++) names.add(fields.nonBlank(array.get(k), path + "[" + k + "]", 200));
        return names;
    }

    /** {@code {"generator": "circle", "count": 500, "noise": 0.1, "seed": 7, "testFraction": 0.5}}. */
    private Dataset generated(ObjectNode data) {
        if (data.has("builtin")) throw fields.problem("data.builtin", "session.generatorAndBuiltin");
        fields.allowOnly(data, "data", Set.of(), GENERATOR_FIELDS);
        Datasets.Shape shape = fields.choice(data.get("generator"), "data.generator", Problem.of("session.what.generator"),
                Datasets.Shape.values(), Datasets.Shape::id);
        int count = fields.whole(fields.required(data, "data", "count"), "data.count", 2, SessionFiles.MAX_SAMPLES);
        double noise = data.has("noise") ? fields.number(data.get("noise"), "data.noise") : 0;
        if (!(noise >= 0 && noise <= Datasets.MAX_NOISE)) throw fields.problem("data.noise", "session.noise", Datasets.MAX_NOISE, noise);
        int seed = data.has("seed") ? fields.whole(data.get("seed"), "data.seed", 0, SessionReader.MAX_SEED) : 0;
        double testFraction = data.has("testFraction") ? fields.fraction(data.get("testFraction"), "data.testFraction") : 0;
        return Datasets.generate(shape, count, noise, seed, testFraction);
    }

    /** {@code {"builtin": "digits", "seed": 1, "testFraction": 0.2}}; lecture and xor take neither. */
    private Dataset builtin(ObjectNode data) {
        fields.allowOnly(data, "data", Set.of(), BUILTIN_FIELDS);
        String which = fields.choice(data.get("builtin"), "data.builtin", Problem.of("session.what.builtin"),
                BUILTINS.toArray(String[]::new), s -> s);
        if (!which.equals("digits")) {
            for (String field : List.of("seed", "testFraction")) {
                if (data.has(field)) throw fields.problem("data." + field, "session.fixedBuiltin", JsonFields.quote(which), field);
            }
            return which.equals("xor") ? Datasets.xor() : Datasets.lecture();
        }
        int seed = data.has("seed") ? fields.whole(data.get("seed"), "data.seed", 0, SessionReader.MAX_SEED) : 0;
        double testFraction = data.has("testFraction") ? fields.fraction(data.get("testFraction"), "data.testFraction") : 0;
        try {
            return digits(seed, testFraction);
        } catch (DataException e) {
            throw fields.problem("data.builtin", "plain", e.asProblem());
        }
    }

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
            throw fields.problem(path, "session.dataShape", JsonFields.quote(made.name()), first.inputCount(), first.targetCount(),
                    sizes[0], outputs);
        }
    }

    private List<Sample> samples(JsonNode node, String path, int[] sizes) {
        JsonNode array = fields.array(node, path);
        if (array.size() > SessionFiles.MAX_SAMPLES) {
            throw fields.problem(path, "session.tooManySamples", JsonFields.count(array.size()), JsonFields.count(SessionFiles.MAX_SAMPLES));
        }
        long numbers = (long) array.size() * (sizes[0] + sizes[sizes.length - 1]) + dataNumbers;
        if (numbers > SessionFiles.MAX_DATA_NUMBERS) {
            throw fields.problem(path, "session.tooManyNumbers", JsonFields.count(numbers), JsonFields.count(SessionFiles.MAX_DATA_NUMBERS));
        }
        dataNumbers = numbers;
        List<Sample> samples = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String samplePath = path + "[" + i + "]";
            ObjectNode sample = fields.object(array.get(i), samplePath);
            fields.allowOnly(sample, samplePath, Set.of(), SAMPLE_FIELDS);
            double[] inputs = fields.numbers(fields.required(sample, samplePath, "inputs"), samplePath + ".inputs", sizes[0],
                    Problem.of("session.why.inputNeuron"));
            double[] targets = fields.numbers(fields.required(sample, samplePath, "targets"), samplePath + ".targets",
                    sizes[sizes.length - 1], Problem.of("session.why.outputNeuron"));
            samples.add(new Sample(inputs, targets));
        }
        return samples;
    }
}

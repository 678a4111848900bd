package studio.backprop.core.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.Scaling;
import studio.backprop.core.problem.Problem;

/**
 * Writes a session as the JSON of the current format version, laid out for people: one field per line,
 * one weight row or sample per line. The same session always gives the same text.
 */
final class SessionWriter {
    private final String source;
    private final StringBuilder out = new StringBuilder();

    /** @param source the file name that errors name */
    SessionWriter(String source) {
        this.source = source;
    }

    /** The session as JSON text, ending with a line break. */
    String write(Session session) {
        out.append("{\n");
        field(1, "format").append(string(SessionReader.FORMAT)).append(",\n");
        field(1, "version").append(SessionReader.CURRENT_VERSION).append(",\n");
        if (session.document() instanceof ExpressionDocument expression) {
            header(session, "expression");
            field(1, "expression").append(string(expression.source())).append(",\n");
            field(1, "values").append(values(expression.values())).append('\n');
        } else {
            NetworkDocument network = (NetworkDocument) session.document();
            header(session, "network");
            network(network.network());
            data(network);
            if (!session.training().isEmpty()) training(session.training());
            field(1, "sample").append(network.sample()).append('\n');
        }
        return out.append("}\n").toString();
    }

    private void header(Session session, String kind) {
        field(1, "kind").append(string(kind)).append(",\n");
        field(1, "name").append(string(session.name())).append(",\n");
        field(1, "description").append(string(session.description())).append(",\n");
    }

    private void network(NetworkSpec spec) {
        field(1, "network").append("{\n");
        field(2, "sizes").append(joined(Arrays.stream(spec.sizes()).mapToObj(String::valueOf).toList())).append(",\n");
        field(2, "activations").append(joined(spec.activations().stream().map(a -> string(Ids.of(a))).toList())).append(",\n");
        field(2, "loss").append(string(Ids.of(spec.loss()))).append(",\n");
        field(2, "bias").append(string(Ids.of(spec.biasMode()))).append(",\n");
        field(2, "updateBiases").append(spec.updateBiases()).append(",\n");
        field(2, "learningRate").append(number(spec.learningRate(), "network.learningRate")).append(",\n");
        field(2, "updateOrder").append(string(Ids.of(spec.updateOrder()))).append(",\n");
        double[][][] weights = spec.weights();
        field(2, "weights").append("[\n");
        for (int l = 0; l < weights.length; l++) {
            indent(3).append("[\n");
            for (int j = 0; j < weights[l].length; j++) {
                indent(4).append(numbers(weights[l][j], "network.weights[" + l + "][" + j + "]"));
                out.append(j < weights[l].length - 1 ? ",\n" : "\n");
            }
            indent(3).append(l < weights.length - 1 ? "],\n" : "]\n");
        }
        indent(2).append("],\n");
        double[][] biases = spec.biases();
        field(2, "biases").append("[\n");
        for (int l = 0; l < biases.length; l++) {
            indent(3).append(numbers(biases[l], "network.biases[" + l + "]")).append(l < biases.length - 1 ? ",\n" : "\n");
        }
        indent(2).append("]\n");
        indent(1).append("},\n");
    }

    private void data(NetworkDocument network) {
        field(1, "data").append("{\n");
        field(2, "name").append(string(network.data().name())).append(",\n");
        samples("train", network.data().train());
        out.append(",\n");
        samples("test", network.data().test());
        Scaling scaling = network.data().scaling();
        if (scaling != null) {
            out.append(",\n");
            field(2, "scaling").append("{").append(string("inputs")).append(": ").append(numbers(scaling.inputCount(), scaling::inputDivisor))
                    .append(", ").append(string("targets")).append(": ").append(numbers(scaling.targetCount(), scaling::targetDivisor))
                    .append(", ").append(string("inputNames")).append(": ").append(strings(scaling.inputNames()))
                    .append(", ").append(string("targetNames")).append(": ").append(strings(scaling.targetNames())).append("}");
        }
        out.append('\n');
        indent(1).append("},\n");
    }

    /** {@code [10, 5]}: the numbers of a scaling. */
    private String numbers(int count, IntToDoubleFunction value) {
        List<String> items = new ArrayList<>();
        for (int k = 0; k < count; k++) items.add(number(value.applyAsDouble(k), "data.scaling"));
        return "[" + String.join(", ", items) + "]";
    }

    /** {@code ["a", "b"]}. */
    private String strings(List<String> texts) {
        List<String> items = new ArrayList<>();
        for (String text : texts) items.add(string(text));
        return "[" + String.join(", ", items) + "]";
    }

    /** The training defaults that are set, on one line. */
    private void training(TrainingSettings t) {
        List<String> fields = new ArrayList<>();
        if (t.epochs() != null) fields.add(string("epochs") + ": " + t.epochs());
        if (t.iterations() != null) fields.add(string("iterations") + ": " + t.iterations());
        if (t.batchSize() != null) fields.add(string("batchSize") + ": " + t.batchSize());
        if (t.momentum() != null) fields.add(string("momentum") + ": " + number(t.momentum(), "training.momentum"));
        if (t.l2() != null) fields.add(string("l2") + ": " + number(t.l2(), "training.l2"));
        if (t.l1() != null) fields.add(string("l1") + ": " + number(t.l1(), "training.l1"));
        if (t.dropout() != null) fields.add(string("dropout") + ": " + number(t.dropout(), "training.dropout"));
        if (t.shuffle() != null) fields.add(string("shuffle") + ": " + t.shuffle());
        if (t.seed() != null) fields.add(string("seed") + ": " + t.seed());
        if (t.expand() != null) fields.add(string("expand") + ": " + string(t.expand()));
        if (t.earlyStop() != null) fields.add(string("earlyStop") + ": " + t.earlyStop());
        if (t.schedule() != null) fields.add(string("schedule") + ": " + string(t.schedule()));
        if (t.stopOn() != null) fields.add(string("stopOn") + ": " + string(t.stopOn()));
        if (t.validation() != null) fields.add(string("validation") + ": " + number(t.validation(), "training.validation"));
        field(1, "training").append("{").append(String.join(", ", fields)).append("}").append(",\n");
    }

    private void samples(String key, List<Sample> samples) {
        field(2, key);
        if (samples.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < samples.size(); i++) {
            String path = "data." + key + "[" + i + "]";
            indent(3).append("{\"inputs\": ").append(numbers(samples.get(i).inputs(), path + ".inputs"))
                    .append(", \"targets\": ").append(numbers(samples.get(i).targets(), path + ".targets")).append('}')
                    .append(i < samples.size() - 1 ? ",\n" : "\n");
        }
        indent(2).append(']');
    }

    private String values(Map<String, Double> values) {
        if (values.isEmpty()) return "{}";
        return values.entrySet().stream()
                .map(e -> string(e.getKey()) + ": " + number(e.getValue(), SessionReader.join("values", e.getKey())))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private StringBuilder field(int depth, String key) {
        return indent(depth).append(string(key)).append(": ");
    }

    private StringBuilder indent(int depth) {
        return out.append("  ".repeat(depth));
    }

    private String numbers(double[] values, String path) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            list.append(i == 0 ? "" : ", ").append(number(values[i], path + "[" + i + "]"));
        }
        return list.append(']').toString();
    }

    private static String joined(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    /** A JSON number that reads back as exactly the same double: whole numbers without ".0". */
    private String number(Double value, String path) {
        if (value == null || !Double.isFinite(value)) {
            throw new SessionException(source, path, Problem.of("session.saveNotFinite", value));
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static String string(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}

package studio.backprop.core.code;

import java.util.EnumSet;
import java.util.Set;
import studio.backprop.core.graph.Op;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.UpdateOrder;

/**
 * A network as a NumPy script: the document's numbers as arrays, the forward pass as matrix code, and the backward
 * pass written out as the lecture's equations — ∂E/∂out, ∂out/∂net, δ, ∂net/∂w, ∂E/∂w, the sum over paths into a
 * hidden neuron — each line commented with the trace's step numbers and equation.
 */
final class NumpyScript extends NetworkScript {
    NumpyScript(NetworkReport report) {
        super(report, "NumPy code", "import numpy as np");
    }

    @Override
    protected void body() {
        functions();
        document();
        forward("");
        error();
        backward();
        update();
        if (layerByLayer()) layerByLayerUpdate();
        report();
    }

    private void functions() {
        Set<Activation> used = EnumSet.copyOf(spec.activations());
        if (used.contains(Activation.SIGMOID)) {
            out.blank().blank().line("def sigmoid(x):").line("    \"\"\"" + Op.SIGMOID.symbol() + "(x) = 1 / (1 + e^−x).\"\"\"")
                    .line("    return 1 / (1 + np.exp(-x))");
        }
        if (used.contains(Activation.SOFTMAX)) {
            out.blank().blank().line("def softmax(x):").line("    \"\"\"e^x_k / Σ_j e^x_j, computed without overflow.\"\"\"")
                    .line("    e = np.exp(x - np.max(x))").line("    return e / e.sum()");
        }
        out.blank();
    }

    private void document() {
        out.blank().comment("The document: input, target, weights W[l][j, k] (from neuron k to neuron j), biases, η.");
        double[] inputs = report.sample().inputs();
        out.line(in(1) + " = np.array(" + PythonWriter.list(inputs) + ")", report.neurons(0));
        out.line("target = np.array(" + PythonWriter.list(report.sample().targets()) + ")",
                "target_" + report.neurons(top).replace(", ", ", target_"));
        for (int l = 0; l < top; l++) {
            out.line(weights(l) + " = np.array([", "from " + report.neurons(l) + " to " + report.neurons(l + 1));
            for (int to = 0; to < spec.size(l + 1); to++) {
                double[] row = new double[spec.size(l)];
                for (int from = 0; from < row.length; from++) row[from] = spec.weight(l, to, from);
                out.line("    " + PythonWriter.list(row) + ",", report.weightRow(l, to));
            }
            out.line("])");
            double[] biases = new double[spec.size(l + 1)];
            for (int to = 0; to < biases.length; to++) biases[to] = spec.bias(l, to);
            switch (spec.biasMode()) {
                case PER_NEURON -> out.line(bias(l) + " = np.array(" + PythonWriter.list(biases) + ")",
                        "b_" + report.neurons(l + 1).replace(", ", ", b_"));
                case PER_LAYER -> out.line(bias(l) + " = " + PythonWriter.number(biases[0]),
                        bias(l) + ", shared by " + report.neurons(l + 1));
                case NONE -> { }
            }
        }
        out.line("eta = " + PythonWriter.number(spec.learningRate()), "the learning rate η");
    }

    /** The forward pass; a {@code tag} ("_lbl") runs it again with the parameters of that name. */
    private void forward(String tag) {
        String w = "W";
        String b = "b";
        if (tag.isEmpty()) out.blank().comment("Forward pass");
        for (int layer = 1; layer <= top; layer++) {
            int l = layer - 1;
            String net = "net_" + report.suffix(layer) + tag;
            String sum = w + (l + 1) + tag + " @ " + (layer == 1 ? in(1) : "out_" + report.suffix(layer - 1) + tag)
                    + (spec.biasMode() == BiasMode.NONE ? "" : " + " + b + (l + 1) + tag);
            out.line(net + " = " + sum, tag.isEmpty() ? report.comment(report.of(Quantity.Kind.NET, layer)) : "");
            out.line("out_" + report.suffix(layer) + tag + " = " + activation(spec.activation(layer), net),
                    tag.isEmpty() ? report.comment(report.of(Quantity.Kind.OUT, layer)) : "");
        }
    }

    private void error() {
        out.blank().comment("Error");
        String o = "out_" + report.suffix(top);
        out.line("E = " + lossTerms(o), report.comment(report.of(Quantity.Kind.ERROR, top)));
        out.line("E_total = " + (spec.loss() == Loss.MSE ? "E.mean()" : "E.sum()"),
                report.comment(report.of(Quantity.Kind.TOTAL, top)));
    }

    private void backward() {
        out.blank().comment("Backward pass: the chain rule, layer by layer from the output");
        for (int layer = top; layer >= 1; layer--) {
            String s = report.suffix(layer);
            String o = "out_" + s;
            if (layer == top) {
                out.line("dE_d" + o + " = " + outGradient(o), report.comment(report.of(Quantity.Kind.OUT_GRADIENT, layer)));
            } else {
                String above = report.suffix(layer + 1);
                out.line("paths_" + s + " = delta_" + above + "[:, None] * " + weights(layer),
                        report.comment(report.of(Quantity.Kind.PATH, layer)));
                out.line("dE_d" + o + " = paths_" + s + ".sum(axis=0)", report.comment(report.of(Quantity.Kind.OUT_GRADIENT, layer)));
            }
            Activation activation = spec.activation(layer);
            out.line("dout_dnet_" + s + " = " + activationGradient(activation, s),
                    activation == Activation.SOFTMAX ? "the Jacobian: [k, j] = ∂out_k/∂net_j"
                            : report.comment(report.of(Quantity.Kind.ACTIVATION_GRADIENT, layer)));
            out.line("delta_" + s + " = " + (activation == Activation.SOFTMAX ? "dout_dnet_" + s + ".T @ dE_d" + o
                    : "dE_d" + o + " * dout_dnet_" + s), report.comment(report.of(Quantity.Kind.DELTA, layer)));
            int l = layer - 1;
            out.line(netWeight(l) + " = np.tile(" + in(layer) + ", (" + spec.size(layer) + ", 1))",
                    report.comment(report.of(Quantity.Kind.NET_WEIGHT_GRADIENT, l)));
            out.line("dE_d" + weights(l) + " = delta_" + s + "[:, None] * " + netWeight(l),
                    report.comment(report.of(Quantity.Kind.WEIGHT_GRADIENT, l)));
            if (biasesLearn()) {
                out.line("dE_d" + bias(l) + " = delta_" + s + (spec.biasMode() == BiasMode.PER_LAYER ? ".sum()" : ".copy()"),
                        report.comment(report.of(Quantity.Kind.BIAS_GRADIENT, l)));
            }
        }
    }

    private void update() {
        out.blank().comment("Update: p⁺ = p − η·∂E_total/∂p" + (biasesLearn() ? "" : " (the biases stay as they are)"));
        for (int l = top - 1; l >= 0; l--) {
            out.line(weights(l) + "_new = " + weights(l) + " - eta * dE_d" + weights(l),
                    report.comment(report.of(Quantity.Kind.UPDATED_WEIGHT, l)));
            if (biasesLearn()) {
                out.line(bias(l) + "_new = " + bias(l) + " - eta * dE_d" + bias(l), report.comment(report.of(Quantity.Kind.UPDATED_BIAS, l)));
            }
        }
    }

    /**
     * The document trains layer by layer: each layer is updated before the error is propagated below it, so the
     * deltas below use the new weights. The pass above is the trace's (every gradient from the old weights); this
     * is what the document's training does with it, and the loss on the next forward pass.
     */
    private void layerByLayerUpdate() {
        out.blank().comment("The document's update order is layer by layer: each layer is updated before the error\n"
                + "is propagated below it, so the deltas below use the new weights (the trace above uses the old).");
        String lbl = "_lbl";
        for (int layer = top; layer >= 1; layer--) {
            String s = report.suffix(layer);
            int l = layer - 1;
            if (layer == top) {
                out.line("delta_" + s + lbl + " = delta_" + s);
            } else {
                String above = report.suffix(layer + 1);
                out.line("delta_" + s + lbl + " = (delta_" + above + lbl + "[:, None] * " + weights(layer) + lbl
                        + ").sum(axis=0) * dout_dnet_" + s);
            }
            out.line(weights(l) + lbl + " = " + weights(l) + " - eta * delta_" + s + lbl + "[:, None] * " + netWeight(l));
            if (spec.biasMode() != BiasMode.NONE) {
                String gradient = "delta_" + s + lbl + (spec.biasMode() == BiasMode.PER_LAYER ? ".sum()" : "");
                out.line(bias(l) + lbl + " = " + (biasesLearn() ? bias(l) + " - eta * " + gradient : bias(l)));
            }
        }
        out.blank().comment("The next forward pass with the layer-by-layer parameters");
        forward(lbl);
        String o = "out_" + report.suffix(top) + lbl;
        out.line("E_total" + lbl + " = (" + lossTerms(o) + ")." + (spec.loss() == Loss.MSE ? "mean()" : "sum()"));
    }

    private void report() {
        out.blank().comment("Every quantity of the trace, in its order (the comment is the trace's step number)");
        out.line("REPORT = [");
        for (NetworkReport.Entry entry : report.entries()) {
            out.line("    (" + PythonWriter.string(entry.name()) + ", " + value(entry.quantity(), "") + "),",
                    Integer.toString(entry.step()));
        }
        if (spec.updateOrder() == UpdateOrder.LAYER_BY_LAYER && top > 1) {
            for (NetworkReport.Entry entry : report.entries()) {
                Quantity q = entry.quantity();
                if (q.kind() == Quantity.Kind.UPDATED_WEIGHT || q.kind() == Quantity.Kind.UPDATED_BIAS) {
                    out.line("    (" + PythonWriter.string(entry.name() + ScriptHeader.LAYER_BY_LAYER) + ", " + value(q, "_lbl") + "),");
                }
            }
            out.line("    (" + PythonWriter.string(ScriptHeader.LOSS_AFTER) + ", E_total_lbl),");
        }
        out.line("]");
        ScriptHeader.printReport(out, "");
    }

    /** Where a quantity lives in the script; {@code tag} "_lbl" reads the layer-by-layer parameters. */
    private String value(Quantity q, String tag) {
        int l = q.layer();
        String s = isNeuronKind(q.kind()) ? report.suffix(l) : "";
        String at = "[" + q.row() + "]";
        String atMatrix = "[" + q.row() + ", " + q.column() + "]";
        String biasAt = spec.biasMode() == BiasMode.PER_LAYER ? "" : at;
        return switch (q.kind()) {
            case NET -> "net_" + s + at;
            case OUT -> "out_" + s + at;
            case ERROR -> "E" + at;
            case TOTAL -> "E_total";
            case OUT_GRADIENT -> "dE_dout_" + s + at;
            case ACTIVATION_GRADIENT -> "dout_dnet_" + s + at;
            case DELTA -> "delta_" + s + at;
            case NET_WEIGHT_GRADIENT -> netWeight(l) + atMatrix;
            case WEIGHT_GRADIENT -> "dE_d" + weights(l) + atMatrix;
            case BIAS_GRADIENT -> "dE_d" + bias(l) + biasAt;
            case PATH -> "paths_" + s + atMatrix;
            case UPDATED_WEIGHT -> weights(l) + (tag.isEmpty() ? "_new" : tag) + atMatrix;
            case UPDATED_BIAS -> bias(l) + (tag.isEmpty() ? "_new" : tag) + biasAt;
        };
    }

    private static boolean isNeuronKind(Quantity.Kind kind) {
        return switch (kind) {
            case NET, OUT, OUT_GRADIENT, ACTIVATION_GRADIENT, DELTA, PATH -> true;
            default -> false;
        };
    }

    /** The error term of every output, E_o1 …, from the loss op. */
    private String lossTerms(String o) {
        return switch (spec.termOp()) {
            case HALF_SQUARED_ERROR -> "0.5 * (target - " + o + ") ** 2";
            case SQUARED_ERROR -> "(target - " + o + ") ** 2";
            case BINARY_CROSS_ENTROPY -> "-(target * np.log(" + o + ") + (1 - target) * np.log(1 - " + o + "))";
            case CROSS_ENTROPY -> "-target * np.log(" + o + ")";
            default -> throw new IllegalStateException("no NumPy code for the loss term " + spec.termOp().displayName());
        };
    }

    /** ∂E_total/∂out of every output: the loss op's derivative (times 1/n for a mean). */
    private String outGradient(String o) {
        String local = switch (spec.termOp()) {
            case HALF_SQUARED_ERROR -> "-(target - " + o + ")";
            case SQUARED_ERROR -> "-2 * (target - " + o + ")";
            case BINARY_CROSS_ENTROPY -> "(" + o + " - target) / (" + o + " * (1 - " + o + "))";
            case CROSS_ENTROPY -> "-target / " + o;
            default -> throw new IllegalStateException("no NumPy code for the loss term " + spec.termOp().displayName());
        };
        return spec.loss() == Loss.MSE ? "(1 / " + spec.size(top) + ") * (" + local + ")" : local;
    }

    private static String activation(Activation activation, String net) {
        return switch (activation) {
            case SIGMOID -> "sigmoid(" + net + ")";
            case TANH -> "np.tanh(" + net + ")";
            case RELU -> "np.maximum(" + net + ", 0.0)";
            case LINEAR -> net + ".copy()";
            case SOFTMAX -> "softmax(" + net + ")";
        };
    }

    private static String activationGradient(Activation activation, String s) {
        String out = "out_" + s;
        return switch (activation) {
            case SIGMOID -> out + " * (1 - " + out + ")";
            case TANH -> "1 - " + out + " ** 2";
            case RELU -> "np.where(net_" + s + " > 0, 1.0, 0.0)";
            case LINEAR -> "np.ones_like(net_" + s + ")";
            case SOFTMAX -> "np.diag(" + out + ") - np.outer(" + out + ", " + out + ")";
        };
    }

    private static String weights(int l) {
        return "W" + (l + 1);
    }

    private static String bias(int l) {
        return "b" + (l + 1);
    }
}

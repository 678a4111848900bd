package studio.backprop.core.code;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;

/**
 * A network as a PyTorch script: one {@code torch.nn} module per layer holding the document's weights and biases,
 * the loss from {@code torch.nn.functional}, autograd for every gradient ({@code .grad} of the nets, outputs and
 * parameters, {@code torch.autograd.grad} for the local derivatives the trace shows) and {@code torch.optim.SGD} for
 * the update — so a class can watch autograd agree with the hand computation, number for number.
 */
final class TorchScript extends NetworkScript {
    TorchScript(NetworkReport report) {
        super(report, "PyTorch code (torch.nn and autograd)", "import torch", "from torch import nn");
    }

    @Override
    protected void body() {
        out.line("torch.set_default_dtype(torch.float64)  # the studio computes in doubles");
        module();
        document();
        forward();
        backward();
        if (layerByLayer()) layerByLayerUpdate();
        update();
        report();
    }

    private void module() {
        out.blank().blank().line("class Dense(nn.Module):");
        out.line("    \"\"\"One layer: net = W·x + b (a bias per neuron, one shared by the layer, or none), out = activation(net).\"\"\"");
        out.blank();
        out.line("    def __init__(self, weight, bias, shared, activation):");
        out.line("        super().__init__()");
        out.line("        self.linear = nn.Linear(len(weight[0]), len(weight), bias=bias is not None and not shared)");
        out.line("        self.shared_bias = nn.Parameter(torch.tensor(bias)) if shared else None");
        out.line("        self.activation = activation");
        out.line("        with torch.no_grad():");
        out.line("            self.linear.weight.copy_(torch.tensor(weight))");
        out.line("            if self.linear.bias is not None:");
        out.line("                self.linear.bias.copy_(torch.tensor(bias))");
        out.blank();
        out.line("    def forward(self, x):");
        out.line("        net = self.linear(x)");
        out.line("        if self.shared_bias is not None:");
        out.line("            net = net + self.shared_bias");
        out.line("        return net, self.activation(net)");
        out.blank();
    }

    private void document() {
        out.blank().comment("The document: input, target, one layer per module with its weights [to][from] and biases, η.");
        out.line(report.suffix(0) + " = torch.tensor(" + PythonWriter.list(report.sample().inputs()) + ")", report.neurons(0));
        out.line("target = torch.tensor(" + PythonWriter.list(report.sample().targets()) + ")",
                "target_" + report.neurons(top).replace(", ", ", target_"));
        for (int l = 0; l < top; l++) {
            List<String> rows = new ArrayList<>();
            for (int to = 0; to < spec.size(l + 1); to++) {
                double[] row = new double[spec.size(l)];
                for (int from = 0; from < row.length; from++) row[from] = spec.weight(l, to, from);
                rows.add(PythonWriter.list(row));
            }
            double[] biases = new double[spec.size(l + 1)];
            for (int to = 0; to < biases.length; to++) biases[to] = spec.bias(l, to);
            String bias = switch (spec.biasMode()) {
                case PER_NEURON -> PythonWriter.list(biases) + ", False";
                case PER_LAYER -> PythonWriter.number(biases[0]) + ", True";
                case NONE -> "None, False";
            };
            out.line(layer(l) + " = Dense([", "from " + report.neurons(l) + " to " + report.neurons(l + 1));
            for (int to = 0; to < rows.size(); to++) out.line("    " + rows.get(to) + ",", report.weightRow(l, to));
            out.line("], " + bias + ", " + module(spec.activation(l + 1)) + ")");
        }
        out.line("eta = " + PythonWriter.number(spec.learningRate()), "the learning rate η");
    }

    private void forward() {
        out.blank().comment("Forward pass: each layer returns its net and its out");
        for (int layer = 1; layer <= top; layer++) {
            String s = report.suffix(layer);
            out.line("net_" + s + ", out_" + s + " = " + layer(layer - 1) + "(" + in(layer) + ")",
                    report.comment(report.of(Quantity.Kind.NET, layer)));
        }
        String o = "out_" + report.suffix(top);
        out.line("E = " + switch (spec.termOp()) {
            case HALF_SQUARED_ERROR -> "0.5 * nn.functional.mse_loss(" + o + ", target, reduction=\"none\")";
            case SQUARED_ERROR -> "nn.functional.mse_loss(" + o + ", target, reduction=\"none\")";
            case BINARY_CROSS_ENTROPY -> "nn.functional.binary_cross_entropy(" + o + ", target, reduction=\"none\")";
            case CROSS_ENTROPY -> "-torch.xlogy(target, " + o + ")";
            default -> throw new IllegalStateException("no PyTorch code for the loss term " + spec.termOp().displayName());
        }, report.comment(report.of(Quantity.Kind.ERROR, top)));
        out.line("E_total = " + (spec.loss() == Loss.MSE ? "E.mean()" : "E.sum()"), report.comment(report.of(Quantity.Kind.TOTAL, top)));
    }

    private void backward() {
        List<String> kept = new ArrayList<>();
        for (int layer = 1; layer <= top; layer++) {
            kept.add("net_" + report.suffix(layer));
            kept.add("out_" + report.suffix(layer));
        }
        out.blank().comment("The local derivatives the trace shows, from autograd as well");
        for (int layer = top; layer >= 1; layer--) {
            String s = report.suffix(layer);
            if (spec.activation(layer) != Activation.SOFTMAX) {
                out.line("dout_dnet_" + s + " = torch.autograd.grad(out_" + s + ".sum(), net_" + s + ", retain_graph=True)[0]",
                        report.comment(report.of(Quantity.Kind.ACTIVATION_GRADIENT, layer)));
            }
            out.line(netWeight(layer - 1) + " = torch.autograd.grad(net_" + s + ".sum(), " + weight(layer - 1)
                    + ", retain_graph=True)[0]", report.comment(report.of(Quantity.Kind.NET_WEIGHT_GRADIENT, layer - 1)));
        }
        out.blank().comment("Backward pass: autograd fills .grad of every net (δ), out and parameter. (Keep the nets'\n"
                + "and outs' gradients only now: a hook set earlier would add the autograd.grad calls above to them.)");
        out.line("for tensor in (" + String.join(", ", kept) + "):");
        out.line("    tensor.retain_grad()");
        out.line("E_total.backward()");
        for (int layer = top - 1; layer >= 1; layer--) {
            String s = report.suffix(layer);
            out.line("paths_" + s + " = net_" + report.suffix(layer + 1) + ".grad[:, None] * " + weight(layer) + ".detach()",
                    report.comment(report.of(Quantity.Kind.PATH, layer)));
        }
    }

    /** Every weight, and the biases when the document updates them, one SGD step. */
    private void update() {
        List<String> parameters = new ArrayList<>();
        for (int l = 0; l < top; l++) {
            parameters.add(weight(l));
            if (biasesLearn()) parameters.add(bias(l));
        }
        out.blank().comment("Update: p⁺ = p − η·∂E_total/∂p" + (biasesLearn() ? "" : " (the biases stay as they are)"));
        out.line("optimizer = torch.optim.SGD([" + String.join(", ", parameters) + "], lr=eta)");
        List<NetworkReport.Entry> updates = new ArrayList<>();
        for (int l = top - 1; l >= 0; l--) {
            updates.addAll(report.of(Quantity.Kind.UPDATED_WEIGHT, l));
            updates.addAll(report.of(Quantity.Kind.UPDATED_BIAS, l));
        }
        out.line("optimizer.step()", report.comment(updates));
    }

    /**
     * The document trains layer by layer: each layer is updated before the error is propagated below it, so the
     * deltas below use the new weights, times autograd's ∂out/∂net from the pass.
     */
    private void layerByLayerUpdate() {
        out.blank().comment("The document's update order is layer by layer: each layer is updated before the error\n"
                + "is propagated below it, so the deltas below use the new weights (the trace above uses the old).");
        String lbl = "_lbl";
        out.line("delta_" + report.suffix(top) + lbl + " = net_" + report.suffix(top) + ".grad");
        for (int layer = top; layer >= 1; layer--) {
            String s = report.suffix(layer);
            int l = layer - 1;
            if (layer < top) {
                String above = report.suffix(layer + 1);
                out.line("with torch.no_grad():");
                out.line("    delta_" + s + lbl + " = (W" + (l + 2) + lbl + ".T @ delta_" + above + lbl + ") * dout_dnet_" + s);
            }
            out.line("with torch.no_grad():");
            out.line("    W" + (l + 1) + lbl + " = " + weight(l) + " - eta * torch.outer(delta_" + s + lbl + ", " + in(layer) + ")");
            if (spec.biasMode() != BiasMode.NONE) {
                String gradient = "delta_" + s + lbl + (spec.biasMode() == BiasMode.PER_LAYER ? ".sum()" : "");
                out.line("    b" + (l + 1) + lbl + " = " + bias(l) + (biasesLearn() ? " - eta * " + gradient : ".clone()"));
            }
        }
        out.line("with torch.no_grad():", "the next forward pass with the layer-by-layer parameters");
        out.line("    x" + lbl + " = " + report.suffix(0));
        for (int l = 0; l < top; l++) {
            out.line("    x" + lbl + " = " + layer(l) + ".activation(W" + (l + 1) + lbl + " @ x" + lbl
                    + (spec.biasMode() == BiasMode.NONE ? "" : " + b" + (l + 1) + lbl) + ")");
        }
        String o = "x" + lbl;
        out.line("    E_total" + lbl + " = (" + switch (spec.termOp()) {
            case HALF_SQUARED_ERROR -> "0.5 * nn.functional.mse_loss(" + o + ", target, reduction=\"none\")";
            case SQUARED_ERROR -> "nn.functional.mse_loss(" + o + ", target, reduction=\"none\")";
            case BINARY_CROSS_ENTROPY -> "nn.functional.binary_cross_entropy(" + o + ", target, reduction=\"none\")";
            case CROSS_ENTROPY -> "-torch.xlogy(target, " + o + ")";
            default -> throw new IllegalStateException("no PyTorch code for the loss term " + spec.termOp().displayName());
        } + ")." + (spec.loss() == Loss.MSE ? "mean()" : "sum()"));
    }

    private void report() {
        out.blank().comment("Every quantity of the trace, in its order (the comment is the trace's step number)");
        out.line("REPORT = [");
        for (NetworkReport.Entry entry : report.entries()) {
            out.line("    (" + PythonWriter.string(entry.name()) + ", " + value(entry.quantity()) + "),", Integer.toString(entry.step()));
        }
        if (layerByLayer()) {
            for (NetworkReport.Entry entry : report.entries()) {
                Quantity q = entry.quantity();
                String at = "[" + q.row() + (q.kind() == Quantity.Kind.UPDATED_WEIGHT ? ", " + q.column() : "") + "]";
                if (q.kind() == Quantity.Kind.UPDATED_WEIGHT || q.kind() == Quantity.Kind.UPDATED_BIAS) {
                    String name = (q.kind() == Quantity.Kind.UPDATED_WEIGHT ? "W" : "b") + (q.layer() + 1) + "_lbl"
                            + (q.kind() == Quantity.Kind.UPDATED_BIAS && spec.biasMode() == BiasMode.PER_LAYER ? "" : at);
                    out.line("    (" + PythonWriter.string(entry.name() + ScriptHeader.LAYER_BY_LAYER) + ", " + name + "),");
                }
            }
            out.line("    (" + PythonWriter.string(ScriptHeader.LOSS_AFTER) + ", E_total_lbl),");
        }
        out.line("]");
        ScriptHeader.printReport(out, ".item()");
    }

    private String value(Quantity q) {
        int l = q.layer();
        String at = "[" + q.row() + "]";
        String atMatrix = "[" + q.row() + ", " + q.column() + "]";
        String biasAt = spec.biasMode() == BiasMode.PER_LAYER ? "" : at;
        return switch (q.kind()) {
            case NET -> "net_" + report.suffix(l) + at;
            case OUT -> "out_" + report.suffix(l) + at;
            case ERROR -> "E" + at;
            case TOTAL -> "E_total";
            case OUT_GRADIENT -> "out_" + report.suffix(l) + ".grad" + at;
            case ACTIVATION_GRADIENT -> "dout_dnet_" + report.suffix(l) + at;
            case DELTA -> "net_" + report.suffix(l) + ".grad" + at;
            case NET_WEIGHT_GRADIENT -> netWeight(l) + atMatrix;
            case WEIGHT_GRADIENT -> weight(l) + ".grad" + atMatrix;
            case BIAS_GRADIENT -> bias(l) + ".grad" + biasAt;
            case PATH -> "paths_" + report.suffix(l) + atMatrix;
            case UPDATED_WEIGHT -> weight(l) + atMatrix;
            case UPDATED_BIAS -> bias(l) + biasAt;
        };
    }

    /** The torch.nn module of an activation. */
    private static String module(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case RELU -> "nn.ReLU()";
            case LINEAR -> "nn.Identity()";
            case SOFTMAX -> "nn.Softmax(dim=0)";
        };
    }

    private static String layer(int l) {
        return "layer" + (l + 1);
    }

    private static String weight(int l) {
        return layer(l) + ".linear.weight";
    }

    private String bias(int l) {
        return layer(l) + (spec.biasMode() == BiasMode.PER_LAYER ? ".shared_bias" : ".linear.bias");
    }
}

package studio.backprop.core.code;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.UpdateOrder;

/** The opening of a generated script: what it rebuilds, how to run it and what it prints. */
final class ScriptHeader {
    private ScriptHeader() { }

    /** The suffix of every printed name that the layer-by-layer order adds beside the trace. */
    static final String LAYER_BY_LAYER = " (layer-by-layer)";
    /** The printed name of the loss after a layer-by-layer update. */
    static final String LOSS_AFTER = "E_total after the update" + LAYER_BY_LAYER;

    /** The docstring of a network script. */
    static void network(PythonWriter out, String title, NetworkSpec spec, String needs, int sample, int samples) {
        List<String> sizes = new ArrayList<>();
        for (int size : spec.sizes()) sizes.add(Integer.toString(size));
        List<String> activations = new ArrayList<>();
        for (Activation a : spec.activations()) activations.add(a.id());
        out.line("#!/usr/bin/env python3");
        out.line("\"\"\"Backprop Studio: " + escape(title) + ", one pass of its network as " + needs + ".");
        out.blank();
        out.line("Network " + String.join("-", sizes) + ", activations " + String.join(", ", activations)
                + ", loss " + spec.loss().id() + ", learning rate " + PythonWriter.number(spec.learningRate()) + ",");
        out.line(switch (spec.biasMode()) {
            case PER_NEURON -> "a bias per neuron";
            case PER_LAYER -> "one bias per layer, shared by its neurons";
            case NONE -> "no biases";
        } + (spec.biasMode() == BiasMode.NONE ? "" : spec.updateBiases() ? " (updated)" : " (not updated)")
                + ", update order " + (spec.updateOrder() == UpdateOrder.EXACT ? "exact" : "layer-by-layer")
                + (samples > 1 ? ", training sample " + (sample + 1) + " of " + samples : "") + ".");
        out.blank();
        out.line("It runs one forward pass, the backward pass and the update, and prints every quantity of the");
        out.line("studio's trace in its order, one per line as NAME VALUE, with the trace's names and every digit");
        out.line("of the double (repr), so each line can be checked against `backprop-studio trace`.");
        out.line("\"\"\"");
    }

    /** Makes the standard output UTF-8, so the trace's names (∂, δ, ⁺) print on any console. */
    static void utf8(PythonWriter out) {
        out.line("if hasattr(sys.stdout, \"reconfigure\"):");
        out.line("    sys.stdout.reconfigure(encoding=\"utf-8\")");
    }

    /** The closing print loop over the report; {@code scalar} turns a value into a float (".item()" for a tensor). */
    static void printReport(PythonWriter out, String scalar) {
        out.line("for name, value in REPORT:");
        out.line("    print(name, repr(" + (scalar.isEmpty() ? "float(value)" : "value" + scalar) + "))");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    }
}

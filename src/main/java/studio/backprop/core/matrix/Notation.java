package studio.backprop.core.matrix;

import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.problem.Choice;

/**
 * How the matrices of a pass are named: the lecture's (net_h, out_h, W_h, δ_h, E_total), Nielsen's
 * (zˡ, aˡ, wˡ, bˡ, δˡ, C, with the input layer as layer 1 and wˡ_jk from neuron k to neuron j) or Welch Labs'
 * (X, W⁽¹⁾, z⁽²⁾, a⁽²⁾, ŷ, J). A notation changes names and, for Nielsen, shows weight matrices as
 * [to][from]; it never changes a number. Layers are {@link NetworkSpec}'s: 0 is the input layer.
 */
public enum Notation implements Choice {
    LECTURE, NIELSEN, WELCH;

    /** A name in plain text (Unicode super- and subscripts) and in LaTeX. */
    public record Label(String text, String latex) {
        /** This label with a plain and a LaTeX suffix appended. */
        Label append(String plainSuffix, String latexSuffix) {
            return new Label(text + plainSuffix, latex + latexSuffix);
        }
    }

    /** Whether weight matrices are shown with a row per destination neuron (Nielsen's wˡ_jk). */
    public boolean weightsByDestination() {
        return this == NIELSEN;
    }

    /** The outputs of layer {@code layer}: X / a¹ / i for the inputs, ŷ / aᴸ / out_o for the outputs. */
    public Label out(NetworkSpec spec, int layer) {
        int top = spec.layerCount() - 1;
        return switch (this) {
            case LECTURE -> layer == 0 ? new Label("i", "i") : lecture("out", spec, layer);
            case NIELSEN -> nielsen("a", layer);
            case WELCH -> layer == 0 ? new Label("X", "X") : layer == top ? new Label("ŷ", "\\hat{y}") : welch("a", layer + 1);
        };
    }

    /** The net inputs of layer {@code layer} ≥ 1: net_h / zˡ / z⁽ˡ⁾. */
    public Label net(NetworkSpec spec, int layer) {
        return layered(spec, layer, "net", "z", 1);
    }

    /** The weights into layer {@code layer} ≥ 1: W_h / wˡ / W⁽ˡ⁾. */
    public Label weights(NetworkSpec spec, int layer) {
        return layered(spec, layer, "W", this == NIELSEN ? "w" : "W", 0);
    }

    /** The biases of layer {@code layer} ≥ 1: b_h (b1 when shared) / bˡ / b⁽ˡ⁾. */
    public Label biases(NetworkSpec spec, int layer) {
        if (this == LECTURE && spec.biasMode() == BiasMode.PER_LAYER) return new Label("b" + layer, "b_{" + layer + "}");
        return layered(spec, layer, "b", "b", 1);
    }

    /** The error terms of layer {@code layer} ≥ 1: δ_h / δˡ / δ⁽ˡ⁾. */
    public Label delta(NetworkSpec spec, int layer) {
        return layered(spec, layer, "δ", "δ", 1);
    }

    /**
     * A quantity of layer {@code layer} ≥ 1: {@code lecture} with the layer's letter (net_h), or {@code symbol}
     * with Nielsen's layer number (zˡ) or with Welch's, {@code welchShift} past the layer (z⁽ˡ⁺¹⁾; W⁽ˡ⁾ has 0).
     */
    private Label layered(NetworkSpec spec, int layer, String lecture, String symbol, int welchShift) {
        return switch (this) {
            case LECTURE -> lecture(lecture, spec, layer);
            case NIELSEN -> nielsen(symbol, layer);
            case WELCH -> welch(symbol, layer + welchShift);
        };
    }

    /** The cost: E_total / C / J. */
    public Label cost() {
        return switch (this) {
            case LECTURE -> new Label("E_total", "E_{total}");
            case NIELSEN -> new Label("C", "C");
            case WELCH -> new Label("J", "J");
        };
    }

    /** The targets: target / y / y. */
    public Label target() {
        return this == LECTURE ? new Label("target", "target") : new Label("y", "y");
    }

    /** The learning rate: η. */
    public Label rate() {
        return new Label("η", "\\eta");
    }

    /** The letter of a layer's neurons in the lecture's names: i, h (h1, h2 … when deep), o. */
    private static String letter(NetworkSpec spec, int layer) {
        int top = spec.layerCount() - 1;
        if (layer == 0) return "i";
        if (layer == top) return "o";
        return spec.layerCount() == 3 ? "h" : "h" + layer;
    }

    private static Label lecture(String base, NetworkSpec spec, int layer) {
        String sub = letter(spec, layer);
        // net, out: plain math italic as in the slides; JLaTeXMath sets \mathit{out} as "o ut"
        return new Label(base + "_" + sub, latexBase(base) + "_{" + sub + "}");
    }

    /** Nielsen counts the input layer as layer 1. */
    private static Label nielsen(String base, int layer) {
        int n = layer + 1;
        return new Label(base + superscript(Integer.toString(n)), latexBase(base) + "^{" + n + "}");
    }

    private static Label welch(String base, int number) {
        return new Label(base + superscript("(" + number + ")"), latexBase(base) + "^{(" + number + ")}");
    }

    private static String latexBase(String base) {
        return base.equals("δ") ? "\\delta" : base;
    }

    /** Digits and parentheses as Unicode superscripts. */
    static String superscript(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(switch (c) {
                case '0' -> '⁰'; case '1' -> '¹'; case '2' -> '²'; case '3' -> '³'; case '4' -> '⁴';
                case '5' -> '⁵'; case '6' -> '⁶'; case '7' -> '⁷'; case '8' -> '⁸'; case '9' -> '⁹';
                case '(' -> '⁽'; case ')' -> '⁾'; case 'T' -> 'ᵀ';
                default -> c;
            });
        }
        return out.toString();
    }
}

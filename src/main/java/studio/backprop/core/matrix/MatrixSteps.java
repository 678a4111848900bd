package studio.backprop.core.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.matrix.MatrixStep.Grid;
import studio.backprop.core.matrix.MatrixStep.Kind;
import studio.backprop.core.matrix.MatrixStep.Piece;
import studio.backprop.core.matrix.MatrixStep.Tex;
import studio.backprop.core.matrix.Notation.Label;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.LoweredNetwork;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkTrace;

/**
 * The steps of a {@link MatrixPass} in a {@link Notation}, in the lecture's order (forward layer by layer,
 * the cost, backward from the output layer, the updates from the output layer), each with the scalar steps
 * of {@link NetworkTrace} it covers. The scalar steps are those of the neuron-level trace of one sample of
 * the same network; their order and count do not depend on the sample.
 */
public final class MatrixSteps {
    private MatrixSteps() { }

    /** The steps of the pass, their coverage taken from the scalar trace of the pass's first sample. */
    public static List<MatrixStep> of(MatrixPass pass, Notation notation) {
        LoweredNetwork lowered = Lowering.lower(pass.spec(), pass.samples().get(0));
        return of(pass, notation, lowered, NetworkTrace.trace(lowered));
    }

    /** The steps of the pass, covering the steps of {@code scalar}, the neuron-level trace of {@code lowered}. */
    public static List<MatrixStep> of(MatrixPass pass, Notation notation, LoweredNetwork lowered, Trace scalar) {
        Map<Key, List<Integer>> covers = coverage(lowered, scalar);
        return new Builder(pass, notation, covers).build();
    }

    /** The index of the matrix step that covers scalar step {@code scalarIndex}, or −1. */
    public static int containing(List<MatrixStep> steps, int scalarIndex) {
        for (MatrixStep step : steps) {
            if (Collections.binarySearch(step.covers(), scalarIndex) >= 0) return step.index();
        }
        return -1;
    }

    /** The whole pass as an {@code align*} block, one equation per line, headed by phase comments. */
    public static String toLatex(List<MatrixStep> steps, NumberStyle style, int maxSize) {
        StringBuilder out = new StringBuilder("\\begin{align*}\n");
        for (int i = 0; i < steps.size(); i++) {
            MatrixStep step = steps.get(i);
            String line = step.toLatex(style, maxSize);
            int eq = line.indexOf(" = ");
            out.append("  ").append(eq < 0 ? line : line.substring(0, eq) + " &= " + line.substring(eq + 3));
            out.append(i + 1 < steps.size() ? " \\\\\n" : "\n");
        }
        return out.append("\\end{align*}\n").toString();
    }

    private record Key(Kind kind, int layer) { }

    /** Which matrix step each scalar step belongs to, by what it computes. */
    private static Map<Key, List<Integer>> coverage(LoweredNetwork lowered, Trace scalar) {
        Map<Key, List<Integer>> out = new HashMap<>();
        for (Step step : scalar.steps()) {
            Key key = key(step, lowered.element(step.target()));
            if (key != null) out.computeIfAbsent(key, k -> new ArrayList<>()).add(step.index());
        }
        return out;
    }

    private static Key key(Step step, Element element) {
        if (step.phase() == Phase.ERROR) return new Key(Kind.COST, 0);
        if (element instanceof Element.Neuron n) {
            if (step.phase() == Phase.FORWARD) return new Key(n.part() == Element.Part.NET ? Kind.NET : Kind.OUT, n.layer());
            return new Key(Kind.DELTA, n.layer());
        }
        boolean update = step.phase() == Phase.UPDATE;
        if (element instanceof Element.Weight w) return new Key(update ? Kind.WEIGHT_UPDATE : Kind.WEIGHT_GRADIENT, w.layer() + 1);
        if (element instanceof Element.Bias b) return new Key(update ? Kind.BIAS_UPDATE : Kind.BIAS_GRADIENT, b.layer() + 1);
        return null;
    }

    /** Builds the equations of one pass in one notation. */
    private static final class Builder {
        private final MatrixPass pass;
        private final NetworkSpec spec;
        private final Notation notation;
        private final Map<Key, List<Integer>> covers;
        private final int top;
        private final int rows;
        private final List<MatrixStep> steps = new ArrayList<>();

        Builder(MatrixPass pass, Notation notation, Map<Key, List<Integer>> covers) {
            this.pass = pass;
            this.spec = pass.spec();
            this.notation = notation;
            this.covers = covers;
            this.top = pass.top();
            this.rows = pass.samples().size();
        }

        List<MatrixStep> build() {
            for (int l = 1; l <= top; l++) {
                net(l);
                out(l);
            }
            cost();
            for (int l = top; l >= 1; l--) {
                delta(l);
                weightGradient(l);
                if (hasBiases() && spec.updateBiases()) biasGradient(l);
            }
            for (int l = top; l >= 1; l--) {
                weightUpdate(l);
                if (hasBiases() && spec.updateBiases()) biasUpdate(l);
            }
            return steps;
        }

        private boolean hasBiases() {
            return spec.biasMode() != BiasMode.NONE;
        }

        private void net(int l) {
            Label z = notation.net(spec, l);
            Label a = notation.out(spec, l - 1);
            Label w = notation.weights(spec, l);
            Label b = notation.biases(spec, l);
            boolean transposed = notation.weightsByDestination();
            String wText = transposed ? "(" + w.text() + ")ᵀ" : w.text();
            String wLatex = transposed ? "(" + w.latex() + ")^{T}" : w.latex();
            String plus = hasBiases() ? " + " + b.text() : "";
            String plusLatex = hasBiases() ? " + " + b.latex() : "";
            String label = z.text() + " = " + a.text() + wText + plus;
            String symbolic = z.latex() + " = " + a.latex() + " " + wLatex + plusLatex;
            List<Piece> pieces = new ArrayList<>();
            pieces.add(new Tex(symbolic + " = "));
            pieces.add(outGrid(l - 1));
            pieces.add(weightGrid(l, pass.weights(l)));
            if (transposed) pieces.add(new Tex("^{T}"));
            if (hasBiases()) {
                pieces.add(new Tex(" + "));
                pieces.add(biasGrid(l, pass.biases(l)));
            }
            pieces.add(new Tex(" = "));
            pieces.add(grid(pass.net(l), (i, j) -> NetworkNames.net(spec, l, j)));
            add(Phase.FORWARD, Kind.NET, l, label, symbolic, pieces);
        }

        private void out(int l) {
            Label a = notation.out(spec, l);
            Label z = notation.net(spec, l);
            Activation f = spec.activation(l);
            String name = switch (f) {
                case SIGMOID -> "σ";
                case TANH -> "tanh";
                case RELU -> "relu";
                case SOFTMAX -> "softmax";
                case LINEAR -> "";
            };
            String latexName = switch (f) {
                case SIGMOID -> "\\sigma";
                case TANH -> "\\tanh";
                case RELU -> "\\operatorname{relu}";
                case SOFTMAX -> "\\operatorname{softmax}";
                case LINEAR -> "";
            };
            String label = a.text() + " = " + name + "(" + z.text() + ")";
            String symbolic = a.latex() + " = " + latexName + "\\left(" + z.latex() + "\\right)";
            List<Piece> pieces = new ArrayList<>();
            pieces.add(new Tex(symbolic + " = " + latexName + "\\bigl("));
            pieces.add(grid(pass.net(l), (i, j) -> NetworkNames.net(spec, l, j)));
            pieces.add(new Tex("\\bigr) = "));
            pieces.add(outGrid(l));
            add(Phase.FORWARD, Kind.OUT, l, label, symbolic, pieces);
        }

        private void cost() {
            Label j = notation.cost();
            Label y = notation.target();
            Label yHat = notation.out(spec, top);
            boolean mean = pass.reduction() == MatrixPass.Reduction.MEAN && rows > 1;
            String[] term = switch (spec.loss()) {
                case HALF_SSE -> new String[] {"½Σ(" + y.text() + " − " + yHat.text() + ")²",
                        "\\tfrac{1}{2}\\sum\\left(" + y.latex() + " - " + yHat.latex() + "\\right)^{2}"};
                case MSE -> new String[] {"(1/K)Σ(" + y.text() + " − " + yHat.text() + ")²",
                        "\\tfrac{1}{K}\\sum\\left(" + y.latex() + " - " + yHat.latex() + "\\right)^{2}"};
                case CROSS_ENTROPY -> spec.activation(top) == Activation.SOFTMAX
                        ? new String[] {"−Σ " + y.text() + "·ln " + yHat.text(), "-\\sum " + y.latex() + "\\ln " + yHat.latex()}
                        : new String[] {"−Σ[" + y.text() + "·ln " + yHat.text() + " + (1 − " + y.text() + ")·ln(1 − " + yHat.text() + ")]",
                        "-\\sum\\left[" + y.latex() + "\\ln " + yHat.latex() + " + (1 - " + y.latex() + ")\\ln(1 - " + yHat.latex() + ")\\right]"};
            };
            String label = j.text() + " = " + (mean ? "(1/N)" : "") + term[0];
            String symbolic = j.latex() + " = " + (mean ? "\\tfrac{1}{N}" : "") + term[1];
            if (pass.lambda() > 0) {
                StringBuilder plain = new StringBuilder();
                StringBuilder latex = new StringBuilder();
                for (int l = 1; l <= top; l++) {
                    Label w = notation.weights(spec, l);
                    plain.append(l > 1 ? " + " : "").append("Σ").append(w.text()).append("²");
                    latex.append(l > 1 ? " + " : "").append("\\sum ").append(w.latex()).append("^{2}");
                }
                label += " + (λ/2)(" + plain + ")";
                symbolic += " + \\tfrac{\\lambda}{2}\\left(" + latex + "\\right)";
            }
            NumberStyle style = NumberStyle.LECTURE;
            List<Piece> pieces = new ArrayList<>();
            pieces.add(new Tex(symbolic + ",\\quad " + y.latex() + " = "));
            pieces.add(grid(pass.target(), (i, k) -> NetworkNames.target(spec, k)));
            pieces.add(new Tex(",\\quad " + yHat.latex() + " = "));
            pieces.add(outGrid(top));
            pieces.add(new Tex(",\\quad " + j.latex() + " = "));
            if (pass.lambda() > 0) {
                pieces.add(new Tex(number(pass.cost() - pass.penalty(), style) + " + " + number(pass.penalty(), style) + " = "));
            }
            pieces.add(new Grid(Matrix.row(pass.cost()), List.of(NetworkNames.TOTAL)));
            add(Phase.ERROR, Kind.COST, 0, label, symbolic, pieces);
        }

        private void delta(int l) {
            Label d = notation.delta(spec, l);
            Label z = notation.net(spec, l);
            Label j = notation.cost();
            Label a = notation.out(spec, l);
            List<Piece> pieces = new ArrayList<>();
            String label;
            String symbolic;
            if (l == top && spec.activation(l) == Activation.SOFTMAX) {
                label = d.text() + "_j = " + a.text() + "_j(g_j − Σ_k g_k " + a.text() + "_k), g = ∇" + j.text();
                symbolic = d.latex() + "_{j} = " + a.latex() + "_{j}\\left(g_{j} - \\sum_{k} g_{k}" + a.latex() + "_{k}\\right),\\ g = \\nabla_{"
                        + a.latex() + "} " + j.latex();
                pieces.add(new Tex(symbolic + ",\\quad g = "));
                pieces.add(grid(pass.outputGradient(), (i, k) -> NetworkNames.out(spec, l, k)));
                pieces.add(new Tex(",\\quad " + d.latex() + " = "));
            } else if (l == top) {
                label = d.text() + " = ∇" + j.text() + " ⊙ " + prime(l).text() + "(" + z.text() + ")";
                symbolic = d.latex() + " = \\nabla_{" + a.latex() + "} " + j.latex() + " \\odot " + prime(l).latex()
                        + "\\left(" + z.latex() + "\\right)";
                pieces.add(new Tex(symbolic + " = "));
                pieces.add(grid(pass.outputGradient(), (i, k) -> NetworkNames.out(spec, l, k)));
                pieces.add(new Tex(" \\odot "));
                pieces.add(activationGradientGrid(l));
                pieces.add(new Tex(" = "));
            } else {
                Label above = notation.delta(spec, l + 1);
                Label w = notation.weights(spec, l + 1);
                boolean byDestination = notation.weightsByDestination();
                label = d.text() + " = (" + above.text() + (byDestination ? w.text() : w.text() + "ᵀ") + ") ⊙ "
                        + prime(l).text() + "(" + z.text() + ")";
                symbolic = d.latex() + " = \\left(" + above.latex() + " " + (byDestination ? w.latex() : "(" + w.latex() + ")^{T}")
                        + "\\right) \\odot " + prime(l).latex() + "\\left(" + z.latex() + "\\right)";
                pieces.add(new Tex(symbolic + " = \\bigl("));
                pieces.add(deltaGrid(l + 1, pass.delta(l + 1)));
                pieces.add(weightGrid(l + 1, pass.weights(l + 1)));
                if (!byDestination) pieces.add(new Tex("^{T}"));
                pieces.add(new Tex("\\bigr) \\odot "));
                pieces.add(activationGradientGrid(l));
                pieces.add(new Tex(" = "));
            }
            pieces.add(deltaGrid(l, pass.delta(l)));
            add(Phase.BACKWARD, Kind.DELTA, l, label, symbolic, pieces);
        }

        private void weightGradient(int l) {
            Label j = notation.cost();
            Label w = notation.weights(spec, l);
            Label a = notation.out(spec, l - 1);
            Label d = notation.delta(spec, l);
            boolean byDestination = notation.weightsByDestination();
            boolean l2 = pass.lambda() > 0;
            String label = "∂" + j.text() + "/∂" + w.text() + " = "
                    + (byDestination ? d.text() + "ᵀ" + a.text() : a.text() + "ᵀ" + d.text()) + (l2 ? " + λ" + w.text() : "");
            String symbolic = "\\frac{\\partial " + j.latex() + "}{\\partial " + w.latex() + "} = "
                    + (byDestination ? "(" + d.latex() + ")^{T} " + a.latex() : "(" + a.latex() + ")^{T} " + d.latex())
                    + (l2 ? " + \\lambda " + w.latex() : "");
            List<Piece> pieces = new ArrayList<>();
            pieces.add(new Tex(symbolic + " = "));
            Piece delta = deltaGrid(l, pass.delta(l));
            Piece in = outGrid(l - 1);
            Collections.addAll(pieces, byDestination ? delta : in, new Tex("^{T}"), byDestination ? in : delta);
            if (l2) Collections.addAll(pieces, new Tex(" + " + number(pass.lambda(), NumberStyle.LECTURE) + " \\cdot "), weightGrid(l, pass.weights(l)));
            Collections.addAll(pieces, new Tex(" = "), weightGrid(l, pass.weightGradient(l)));
            add(Phase.BACKWARD, Kind.WEIGHT_GRADIENT, l, label, symbolic, pieces);
        }

        private void biasGradient(int l) {
            Label j = notation.cost();
            Label b = notation.biases(spec, l);
            Label d = notation.delta(spec, l);
            boolean shared = spec.biasMode() == BiasMode.PER_LAYER;
            String label = "∂" + j.text() + "/∂" + b.text() + " = Σ" + (shared ? " " : "_rows ") + d.text();
            String symbolic = "\\frac{\\partial " + j.latex() + "}{\\partial " + b.latex() + "} = \\sum"
                    + (shared ? "_{i,j} " : "_{\\mathrm{rows}} ") + d.latex();
            List<Piece> pieces = new ArrayList<>();
            pieces.add(new Tex(symbolic + " = \\sum" + (shared ? "_{i,j} " : "_{\\mathrm{rows}} ")));
            pieces.add(deltaGrid(l, pass.delta(l)));
            pieces.add(new Tex(" = "));
            pieces.add(biasPiece(l, pass.biasGradient(l), pass.sharedBiasGradient(l)));
            add(Phase.BACKWARD, Kind.BIAS_GRADIENT, l, label, symbolic, pieces);
        }

        private void weightUpdate(int l) {
            update(Kind.WEIGHT_UPDATE, l, notation.weights(spec, l),
                    weightGrid(l, pass.weights(l)), weightGrid(l, pass.weightGradient(l)), weightGrid(l, pass.updatedWeights(l)));
        }

        private void biasUpdate(int l) {
            update(Kind.BIAS_UPDATE, l, notation.biases(spec, l), biasPiece(l, pass.biases(l), pass.biases(l).get(0, 0)),
                    biasPiece(l, pass.biasGradient(l), pass.sharedBiasGradient(l)),
                    biasPiece(l, pass.updatedBiases(l), pass.updatedBiases(l).get(0, 0)));
        }

        /** x⁺ = x − η·∂J/∂x for the weights or biases x of layer l, with their matrices before, the gradient and after. */
        private void update(Kind kind, int l, Label x, Piece before, Piece gradient, Piece after) {
            Label j = notation.cost();
            String label = x.text() + "⁺ = " + x.text() + " − η·∂" + j.text() + "/∂" + x.text();
            String symbolic = x.latex() + "^{+} = " + x.latex() + " - \\eta \\frac{\\partial " + j.latex() + "}{\\partial " + x.latex() + "}";
            List<Piece> pieces = List.of(new Tex(symbolic + " = "), before,
                    new Tex(" - " + number(spec.learningRate(), NumberStyle.LECTURE) + " \\cdot "), gradient, new Tex(" = "), after);
            add(Phase.UPDATE, kind, l, label, symbolic, pieces);
        }

        /** Layer l's biases as a matrix, or as the one shared value when the layer has one bias ({@link BiasMode#PER_LAYER}). */
        private Piece biasPiece(int l, Matrix perNeuron, double shared) {
            if (spec.biasMode() != BiasMode.PER_LAYER) return biasGrid(l, perNeuron);
            return new Grid(Matrix.row(shared), List.of(NetworkNames.bias(spec, l - 1, 0)));
        }

        /** f′ of layer l: σ′, tanh′, relu′, or 1 for a linear layer. */
        private Label prime(int l) {
            return switch (spec.activation(l)) {
                case SIGMOID -> new Label("σ′", "\\sigma'");
                case TANH -> new Label("tanh′", "\\tanh'");
                case RELU -> new Label("relu′", "\\operatorname{relu}'");
                case LINEAR, SOFTMAX -> new Label("f′", "f'");
            };
        }

        private Grid activationGradientGrid(int l) {
            Matrix m = pass.activationGradient(l).orElseThrow();
            return grid(m, (i, k) -> NetworkNames.out(spec, l, k));
        }

        private Grid outGrid(int l) {
            return grid(pass.out(l), (i, k) -> NetworkNames.out(spec, l, k));
        }

        /** δ entries select their neuron's net node: δ = ∂E/∂net. */
        private Grid deltaGrid(int l, Matrix m) {
            return grid(m, (i, k) -> NetworkNames.net(spec, l, k));
        }

        /** A weight matrix in the notation's orientation: [from][to], or [to][from] for Nielsen. */
        private Grid weightGrid(int l, Matrix fromTo) {
            if (notation.weightsByDestination()) {
                return grid(fromTo.transpose(), (to, from) -> NetworkNames.weight(spec, l - 1, to, from));
            }
            return grid(fromTo, (from, to) -> NetworkNames.weight(spec, l - 1, to, from));
        }

        private Grid biasGrid(int l, Matrix row) {
            return grid(row, (i, k) -> NetworkNames.bias(spec, l - 1, k));
        }

        private static Grid grid(Matrix m, BiFunction<Integer, Integer, String> name) {
            List<String> names = new ArrayList<>(m.rows() * m.cols());
            for (int i = 0; i < m.rows(); i++) {
                for (int k = 0; k < m.cols(); k++) names.add(name.apply(i, k));
            }
            return new Grid(m, names);
        }

        private static String number(double value, NumberStyle style) {
            return Matrix.row(value).toLatex(style, 1, 1).replace("\\begin{bmatrix}", "").replace("\\end{bmatrix}", "");
        }

        private void add(Phase phase, Kind kind, int layer, String label, String symbolic, List<Piece> pieces) {
            List<Integer> covered = new ArrayList<>(covers.getOrDefault(new Key(kind, layer), List.of()));
            Collections.sort(covered);
            steps.add(new MatrixStep(steps.size(), phase, kind, layer, label, symbolic, pieces, covered));
        }
    }
}

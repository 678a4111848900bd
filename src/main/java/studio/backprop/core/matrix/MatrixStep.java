package studio.backprop.core.matrix;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;

/**
 * One step of the matrix pass: an equation over whole matrices, such as z⁽²⁾ = XW⁽¹⁾, with the actual
 * numbers, and the scalar {@link studio.backprop.core.graph.Trace} steps it stands for (z⁽²⁾ = XW⁽¹⁾ covers
 * the steps that compute net_h1, net_h2, net_h3). One cursor can drive both: matrix step k shows with
 * scalar step {@link #lastCovered()}.
 *
 * @param index    position in the matrix pass, from 0
 * @param phase    forward, error, backward or update
 * @param kind     what the step computes
 * @param layer    the layer it belongs to (1 … L; 0 for the cost)
 * @param label    the equation in symbols, plain text ("z⁽²⁾ = XW⁽¹⁾")
 * @param symbolic the same in LaTeX
 * @param equation the equation with numbers: LaTeX pieces and matrices in order, the symbolic form first
 * @param covers   the indices of the scalar steps it covers, ascending
 */
public record MatrixStep(int index, Phase phase, Kind kind, int layer, String label, String symbolic,
                         List<Piece> equation, List<Integer> covers) {

    /** What a matrix step computes. */
    public enum Kind { NET, OUT, COST, DELTA, WEIGHT_GRADIENT, BIAS_GRADIENT, WEIGHT_UPDATE, BIAS_UPDATE }

    /** A part of an equation: LaTeX text or a matrix of numbers. */
    public sealed interface Piece permits Tex, Grid { }

    /** LaTeX (math mode) between matrices. */
    public record Tex(String latex) implements Piece { }

    /**
     * A matrix as it is written in this step.
     *
     * @param matrix the numbers as shown
     * @param names  per entry, row-major, the scalar graph node it is a value or gradient of (w5, net_h1,
     *               out_o1, target_o1, E_total), or the empty string
     */
    public record Grid(Matrix matrix, List<String> names) implements Piece {
        public Grid {
            names = List.copyOf(names);
            if (names.size() != matrix.rows() * matrix.cols()) {
                throw new IllegalArgumentException("a " + matrix.shape() + " grid needs " + matrix.rows() * matrix.cols()
                        + " entry names, not " + names.size());
            }
        }

        /** The node name of entry (i, j). */
        public String name(int i, int j) {
            return names.get(i * matrix.cols() + j);
        }
    }

    public MatrixStep {
        equation = List.copyOf(equation);
        covers = List.copyOf(covers);
    }

    /** The last scalar step it covers, or −1 when it covers none. */
    public int lastCovered() {
        return covers.isEmpty() ? -1 : covers.get(covers.size() - 1);
    }

    /** The matrices of the equation, in order. */
    public List<Grid> grids() {
        List<Grid> out = new ArrayList<>();
        for (Piece piece : equation) if (piece instanceof Grid g) out.add(g);
        return out;
    }

    /** The equation with its numbers as one LaTeX string (math mode); large matrices elided beyond {@code maxSize}. */
    public String toLatex(NumberStyle style, int maxSize) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : equation) {
            if (piece instanceof Tex t) out.append(t.latex());
            else out.append(((Grid) piece).matrix().toLatex(style, maxSize, maxSize));
        }
        return out.toString();
    }
}

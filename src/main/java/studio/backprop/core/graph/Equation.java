package studio.backprop.core.graph;

/**
 * One equation as the lecture writes it: {@code lhs = symbolic = substituted = result}, e.g.
 * {@code ∂E_total/∂w5 = ∂E_total/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = 0.74136507 · 0.186815602 · 0.593269992 = 0.082167041}.
 *
 * @param lhs         what is computed
 * @param symbolic    how, in symbols; null when the quantity is given rather than computed
 * @param substituted the same with numbers in place of symbols; null when it adds nothing
 * @param result      the value
 */
public record Equation(Formula lhs, Formula symbolic, Formula substituted, double result) {

    /** {@code lhs = symbolic = substituted = result} in plain text. */
    public String toText(NumberStyle style) {
        StringBuilder out = new StringBuilder(lhs.toText(style));
        if (symbolic != null) out.append(" = ").append(symbolic.toText(style));
        if (substituted != null) out.append(" = ").append(substituted.toText(style));
        return out.append(" = ").append(style.format(result)).toString();
    }

    /** The same in LaTeX (math mode). */
    public String toLatex(NumberStyle style) {
        StringBuilder out = new StringBuilder(lhs.toLatex(style));
        if (symbolic != null) out.append(" = ").append(symbolic.toLatex(style));
        if (substituted != null) out.append(" = ").append(substituted.toLatex(style));
        return out.append(" = ").append(style.format(result)).toString();
    }
}

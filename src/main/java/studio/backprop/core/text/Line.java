package studio.backprop.core.text;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.graph.Equation;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;

/**
 * One step as the documents write it, in plain text or in LaTeX: what is computed, the symbolic equation, the
 * substituted equation and the result — the lecture's {@code lhs = symbolic = substituted = result}. The sign rule
 * (a negative operand after an operator in parentheses, a bare result) is {@link studio.backprop.core.graph.Formula}'s.
 *
 * @param number      the step's number as printed, from 1
 * @param lhs         what is computed
 * @param symbolic    how, in symbols; null when the quantity is given
 * @param substituted the same with numbers; null when it adds nothing
 * @param result      the value
 */
public record Line(int number, String lhs, String symbolic, String substituted, String result) {

    /** A step in plain text with Unicode symbols. */
    public static Line text(Step step, NumberStyle style) {
        Equation eq = step.equation();
        return new Line(step.index() + 1, eq.lhs().toText(style), eq.symbolic() == null ? null : eq.symbolic().toText(style),
                eq.substituted() == null ? null : eq.substituted().toText(style), style.format(eq.result()));
    }

    /** A step in LaTeX math mode (no dollars). */
    public static Line latex(Step step, NumberStyle style) {
        Equation eq = step.equation();
        return new Line(step.index() + 1, eq.lhs().toLatex(style), eq.symbolic() == null ? null : eq.symbolic().toLatex(style),
                eq.substituted() == null ? null : eq.substituted().toLatex(style), style.format(eq.result()));
    }

    /** The right-hand sides in order: the symbolic and substituted forms that exist, then the result. */
    public List<String> forms() {
        List<String> forms = new ArrayList<>(3);
        if (symbolic != null) forms.add(symbolic);
        if (substituted != null) forms.add(substituted);
        forms.add(result);
        return forms;
    }

    /** {@code lhs = symbolic = substituted = result} on one line. */
    public String joined() {
        return lhs + " = " + String.join(" = ", forms());
    }
}

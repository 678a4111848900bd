package studio.backprop.core.expr;

import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.PlacedProblem;
import studio.backprop.core.problem.ProblemRuntimeException;

/**
 * An expression that cannot be read or given values. The message says what is wrong, where (when the
 * mistake has a place in the text) and what was expected, e.g.
 * {@code column 4: expected a number, a name or '(' but found '*'}.
 */
public final class ExpressionException extends ProblemRuntimeException implements PlacedProblem {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final transient Problem reason;

    /** A mistake with no place in the text (an empty expression, a missing value). */
    ExpressionException(Problem reason) {
        super(reason);
        this.line = 0;
        this.column = 0;
        this.reason = reason;
    }

    /** A mistake at a place in the text; {@code where} is its description ("column 4" or "line 2, column 4"). */
    ExpressionException(int line, int column, Problem where, Problem reason) {
        super(where.english() + ": " + reason.english(), Problem.of("expr.at", where, reason), null);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The 1-based line of the mistake, or 0 when it has no place in the text. */
    public int line() {
        return line;
    }

    /** The 1-based column (in characters as the user sees them), or 0 when it has no place in the text. */
    public int column() {
        return column;
    }

    /** The message without its place, as a code and arguments. */
    @Override
    public Problem typedReason() {
        return reason;
    }
}

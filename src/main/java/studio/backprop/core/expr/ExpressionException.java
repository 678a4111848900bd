package studio.backprop.core.expr;

import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.Problematic;

/**
 * An expression that cannot be read or given values. The message says what is wrong, where (when the
 * mistake has a place in the text) and what was expected, e.g.
 * {@code column 4: expected a number, a name or '(' but found '*'}.
 */
public final class ExpressionException extends RuntimeException implements Problematic {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final transient Problem where;
    private final transient Problem reason;

    /** A mistake with no place in the text (an empty expression, a missing value). */
    ExpressionException(Problem reason) {
        super(reason.english());
        this.line = 0;
        this.column = 0;
        this.where = null;
        this.reason = reason;
    }

    /** A mistake at a place in the text; {@code where} is its description ("column 4" or "line 2, column 4"). */
    ExpressionException(int line, int column, Problem where, Problem reason) {
        super(where.english() + ": " + reason.english());
        this.line = line;
        this.column = column;
        this.where = where;
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

    /** The message without its place, in English, for views that mark the place themselves. */
    public String reason() {
        return reason.english();
    }

    /** The message without its place, as a code and arguments. */
    public Problem typedReason() {
        return reason;
    }

    /** The whole message: the place, when there is one, and what is wrong. */
    @Override
    public Problem asProblem() {
        return where == null ? reason : Problem.of("expr.at", where, reason);
    }
}

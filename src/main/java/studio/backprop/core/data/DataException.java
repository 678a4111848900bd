package studio.backprop.core.data;

import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.Problematic;

/**
 * Data could not be read: the message is one line that says where (file, line, column) and what is
 * wrong, ready to show to the user as it is; {@link #asProblem()} gives it in the user's language.
 */
public final class DataException extends Exception implements Problematic {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final transient Problem problem;

    /** A problem with the whole input (empty, too large, not gzip); {@link #line()} is 0. */
    public DataException(Problem problem) {
        this(0, problem);
    }

    /** A problem on one line (1-based, as an editor counts); the problem already names the line. */
    public DataException(int line, Problem problem) {
        super(problem.english());
        this.line = line;
        this.problem = problem;
    }

    /** A problem caused by a lower-level failure (an unreadable file). */
    public DataException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.line = 0;
        this.problem = problem;
    }

    /** The 1-based line the problem is on, or 0 if it concerns the whole input. */
    public int line() {
        return line;
    }

    @Override
    public Problem asProblem() {
        return problem;
    }
}

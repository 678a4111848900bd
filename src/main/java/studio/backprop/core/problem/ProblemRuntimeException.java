package studio.backprop.core.problem;

/**
 * The base of the core's unchecked exceptions that carry a {@link Problem}: what went wrong, with its place, for a
 * front end to say in the user's language; the message is the English text for logs and tests.
 */
public abstract class ProblemRuntimeException extends RuntimeException implements Problematic {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    /** The problem, its English text as the message. */
    protected ProblemRuntimeException(Problem problem) {
        this(problem.english(), problem, null);
    }

    /** The problem with a message of its own (the English text as it reads in one line) and the low-level cause, if any. */
    protected ProblemRuntimeException(String message, Problem problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    @Override
    public final Problem asProblem() {
        return problem;
    }
}

package studio.backprop.core.problem;

/** A refused argument or edit whose message is a {@link Problem}; its message is the English text. */
public final class ProblemException extends IllegalArgumentException implements Problematic {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    /** The problem {@code code} with these arguments. */
    public ProblemException(String code, Object... arguments) {
        this(Problem.of(code, arguments));
    }

    @Override
    public Problem asProblem() {
        return problem;
    }
}

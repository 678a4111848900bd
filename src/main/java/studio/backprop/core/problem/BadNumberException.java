package studio.backprop.core.problem;

/** Text that is not an acceptable number, with a {@link Problem} that says why; its message is the English text. */
public final class BadNumberException extends NumberFormatException implements Problematic {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public BadNumberException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    @Override
    public Problem asProblem() {
        return problem;
    }
}

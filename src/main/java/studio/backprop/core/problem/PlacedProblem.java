package studio.backprop.core.problem;

/**
 * An exception about a place (a file, a field, a column of an expression) whose {@link #asProblem()} names the
 * place; its reason is what is wrong apart from where, for views that mark the place themselves.
 */
public interface PlacedProblem extends Problematic {
    /** What is wrong, without the place, as a code and arguments. */
    Problem typedReason();

    /** What is wrong, without the place, in English. */
    default String reason() {
        return typedReason().english();
    }
}

package studio.backprop.core.problem;

/** An exception whose message is a {@link Problem}, so a front end can show it in the user's language. */
public interface Problematic {
    /** What went wrong, with its place (file, field, line, column) among the arguments. */
    Problem asProblem();
}

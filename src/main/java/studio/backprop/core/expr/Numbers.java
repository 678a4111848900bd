package studio.backprop.core.expr;

import java.util.regex.Pattern;
import studio.backprop.core.problem.ProblemException;
import studio.backprop.core.problem.Problem;

/** Strict reading of numbers the user types into a field or on the command line ({@code --set x=-2}). */
public final class Numbers {
    /** The largest magnitude a typed value may have; beyond it a teaching example is surely a typo. */
    public static final double MAX_MAGNITUDE = 1e12;

    /** An optional sign, digits with an optional fraction (or a fraction alone), an optional exponent. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() { }

    /**
     * The number the text denotes: {@code -2}, {@code 0.5}, {@code 1e-3}, {@code .5}, {@code −2} (Unicode
     * minus), surrounding spaces ignored. Refuses empty text, letters, {@code NaN}, {@code Infinity},
     * hexadecimal and type suffixes that Java would otherwise accept, and magnitudes above {@link #MAX_MAGNITUDE}.
     *
     * @param text the text as typed
     * @param what what the number is, as a message should name it: a name ("x") or a {@link Problem} ("the learning rate")
     * @throws ProblemException with a message that names {@code what} and says what was expected
     */
    public static double parseValue(String text, Object what) {
        String trimmed = text == null ? "" : text.strip().replace('−', '-');
        if (trimmed.isEmpty()) throw new ProblemException(Problem.of("number.empty", what));
        if (!NUMBER.matcher(trimmed).matches()) {
            String shown = text.strip();
            if (shown.matches("(?i)[-+−]?(nan|inf|infinity|∞)")) {
                throw new ProblemException(Problem.of("number.notFinite", what, shown));
            }
            throw new ProblemException(Problem.of("number.notNumber", what, shown));
        }
        double value = Double.parseDouble(trimmed);
        if (!(Math.abs(value) <= MAX_MAGNITUDE)) {
            throw new ProblemException(Problem.of("number.tooLarge", what, text.strip()));
        }
        return value;
    }
}

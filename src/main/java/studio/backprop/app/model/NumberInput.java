package studio.backprop.app.model;

import studio.backprop.app.support.Messages;
import studio.backprop.core.expr.Numbers;
import studio.backprop.core.problem.ProblemException;

/**
 * Reads a number a user typed. What counts as a number is {@link Numbers#parseValue}'s rule, the same as
 * the command line's {@code --set}; this class only words the refusal in the user's language: empty text,
 * text that is no number (letters, NaN, infinities), or a magnitude above 1e12.
 */
public final class NumberInput {
    /** The largest magnitude accepted. */
    public static final double LIMIT = Numbers.MAX_MAGNITUDE;

    private NumberInput() { }

    /** The value, or a message (naming {@code what}) saying why the text is not acceptable. */
    public static EditResult parse(String what, String text) {
        String trimmed = text == null ? "" : text.strip();
        try {
            return EditResult.accepted(Numbers.parseValue(trimmed, what));
        } catch (ProblemException refused) {
            if (trimmed.isEmpty()) return EditResult.rejected(Messages.format("edit.empty", what));
            if (isOutOfRange(trimmed)) return EditResult.rejected(Messages.format("edit.tooLarge", what, trimmed, "1e12"));
            return EditResult.rejected(Messages.format("edit.notNumber", what, trimmed));
        }
    }

    /** Whether the text names a finite number, just one too large to accept (1e13). */
    private static boolean isOutOfRange(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text.replace('−', '-')));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}

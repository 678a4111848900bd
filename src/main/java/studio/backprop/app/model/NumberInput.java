package studio.backprop.app.model;

import java.util.regex.Pattern;
import studio.backprop.app.Messages;

/** Reads a number a user typed; rejects letters, empty text, NaN, infinities and magnitudes above 1e12. */
public final class NumberInput {
    /** The largest magnitude accepted. */
    public static final double LIMIT = 1e12;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberInput() { }

    /** The value, or a message (naming {@code what}) saying why the text is not acceptable. */
    public static EditResult parse(String what, String text) {
        String trimmed = text == null ? "" : text.strip().replace('−', '-');
        if (trimmed.isEmpty()) return EditResult.rejected(Messages.format("edit.empty", what));
        if (!DECIMAL.matcher(trimmed).matches()) return EditResult.rejected(Messages.format("edit.notNumber", what, trimmed));
        double value = Double.parseDouble(trimmed);
        if (!Double.isFinite(value) || Math.abs(value) > LIMIT) {
            return EditResult.rejected(Messages.format("edit.tooLarge", what, trimmed, "1e12"));
        }
        return EditResult.accepted(value);
    }
}

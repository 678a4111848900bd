package studio.backprop.core.graph;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are printed. {@link #LECTURE} prints them as the lecture does: nine decimal places
 * (0.593269992, 1.105905967), never fewer than six nor more than ten significant digits
 * (0.000438568, 0.0000351019), trailing zeros dropped (0.3775). Otherwise a fixed count of
 * significant digits. Every number the app and the command line show goes through here.
 *
 * @param significantDigits digits to keep, or 0 for the lecture's style
 */
public record NumberStyle(int significantDigits) {

    /** As the lecture prints. */
    public static final NumberStyle LECTURE = new NumberStyle(0);

    public NumberStyle {
        if (significantDigits < 0 || significantDigits > 17) {
            throw new IllegalArgumentException("significant digits must be between 1 and 17, not " + significantDigits);
        }
    }

    /** A style with the given significant digits (1 to 17). */
    public static NumberStyle digits(int significantDigits) {
        if (significantDigits < 1) {
            throw new IllegalArgumentException("significant digits must be between 1 and 17, not " + significantDigits);
        }
        return new NumberStyle(significantDigits);
    }

    /**
     * The value as an operand after a binary operator ("3 · (-4)", "a + 0"): in parentheses when it prints
     * with a minus, bare otherwise — the rule every equation follows.
     */
    public String operand(double value) {
        String text = format(value);
        return text.startsWith("-") ? "(" + text + ")" : text;
    }

    /** The value as text; ASCII minus so that it can be pasted into any program. */
    public String format(double value) {
        if (Double.isNaN(value)) return "NaN";
        if (Double.isInfinite(value)) return value > 0 ? "∞" : "-∞";
        if (value == 0) return "0";
        BigDecimal exact = new BigDecimal(value);
        int exponent = exact.precision() - exact.scale() - 1; // position of the leading digit
        int digits = significantDigits > 0 ? significantDigits : Math.min(10, Math.max(6, exponent + 10));
        BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_UP)).stripTrailingZeros();
        int roundedExponent = rounded.precision() - rounded.scale() - 1;
        if (roundedExponent < -6 || roundedExponent >= 12) {
            String mantissa = rounded.movePointLeft(roundedExponent).stripTrailingZeros().toPlainString();
            return mantissa + "e" + roundedExponent;
        }
        return rounded.toPlainString();
    }
}

package studio.backprop.cli;

import picocli.CommandLine.Option;
import studio.backprop.core.graph.NumberStyle;

/** {@code --digits N}: significant digits; without it, numbers are printed as the lecture prints them. */
final class DigitsOption {
    @Option(names = "--digits", paramLabel = "N") Integer digits;

    NumberStyle style() {
        if (digits == null) return NumberStyle.LECTURE;
        if (digits < 1 || digits > 17) throw new IllegalArgumentException("--digits must be between 1 and 17, not " + digits);
        return NumberStyle.digits(digits);
    }
}

package studio.backprop.core.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What went wrong, as a code and its arguments, so that each front end shows it in its own language: the texts
 * are in {@code studio/backprop/core/problems.properties} (English, the one source of the English messages) and
 * {@code problems_pt_BR.properties}. A text fills {@code {0}}, {@code {1}}, … with the arguments; an argument
 * that is itself a problem is shown in the same language, any other argument as it is (file names, field
 * paths, numbers and the user's own text are never translated).
 *
 * @param code      the key of the text, such as {@code expr.unexpectedCharacter}
 * @param arguments what fills the placeholders, in order
 */
public record Problem(String code, List<Object> arguments) {
    /** The base name of the texts. */
    public static final String BUNDLE_NAME = "studio.backprop.core.problems";

    public Problem {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "" : a).toList());
    }

    /** The problem {@code code} with these arguments. */
    public static Problem of(String code, Object... arguments) {
        return new Problem(code, Arrays.asList(arguments));
    }

    /** The text in a language, English when the language has no texts of its own. */
    public String text(Locale locale) {
        String pattern = bundle(locale).getString(code);
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                text.append(index < arguments.size() ? shown(arguments.get(index), locale) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    /** The English text, as logs, tests and the command line show it. */
    public String english() {
        return text(Locale.ROOT);
    }

    @Override
    public String toString() {
        return english();
    }

    private static String shown(Object argument, Locale locale) {
        return argument instanceof Problem problem ? problem.text(locale) : String.valueOf(argument);
    }

    /** The texts of a language without falling back to the system's locale (English is the base). */
    public static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE_NAME, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE_NAME, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }
}

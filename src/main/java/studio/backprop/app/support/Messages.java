package studio.backprop.app.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.util.StringConverter;
import studio.backprop.core.problem.Choice;

/**
 * Every user-visible string, from {@code studio/backprop/app/messages.properties} or, in Portuguese (Brazil),
 * {@code messages_pt_BR.properties}; {@link Language#current()} picks the language once, at start.
 */
public final class Messages {
    /** The base name of the bundles. */
    public static final String BUNDLE_NAME = "studio.backprop.app.messages";
    private static final ResourceBundle BUNDLE = load(Language.current());

    private Messages() { }

    /** The text for a key. */
    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text for a key with {@code {0}}, {@code {1}}, … filled in. */
    public static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }

    /** The name of {@code choice} in the bundle, under {@code prefix + choice.id()} ({@code digits.expansion.shift}). */
    public static String name(String prefix, Choice choice) {
        return get(prefix + choice.id());
    }

    /** Shows the choices of a choice or combo box by their names under {@code prefix}; nothing for none; reads nothing back. */
    public static <C extends Choice> StringConverter<C> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(C choice) {
                return choice == null ? "" : name(prefix, choice);
            }

            @Override
            public C fromString(String text) {
                return null;
            }
        };
    }

    /** The bundle for a language, without falling back to the system's default locale (English is the base). */
    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle itself, for controls that take one. */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}

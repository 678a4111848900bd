package studio.backprop.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every user-visible string, from {@code studio/backprop/app/messages.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("studio.backprop.app.messages", Locale.ROOT);

    private Messages() { }

    /** The text for a key. */
    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text for a key with {@code {0}}, {@code {1}}, … filled in. */
    public static String format(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }

    /** The bundle itself, for controls that take one. */
    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}

package studio.backprop.app.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language the studio speaks: English (the base bundle) or Portuguese (Brazil). The choice is, in order,
 * the system property {@code -Dbackprop.locale=pt-BR}, the {@code locale} line of {@code settings.properties} in
 * {@link StudioDirs#configDir()}, and the system's default locale; anything else is English.
 */
public final class Language {
    /** System property naming the language as a tag, e.g. {@code pt-BR} or {@code en}. */
    public static final String PROPERTY = "backprop.locale";
    /** The settings file in the config folder that holds the saved choice. */
    public static final String SETTINGS_FILE = Settings.FILE;
    /** The key of the saved choice in the settings file. */
    public static final String SETTING = "locale";
    /** Brazilian Portuguese. */
    public static final Locale PORTUGUESE_BRAZIL = Locale.forLanguageTag("pt-BR");
    /** The languages the studio has bundles for, English first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, PORTUGUESE_BRAZIL);

    private Language() { }

    /** The language for this run: from the system property, the saved setting, then the system default. */
    public static Locale current() {
        return resolve(System.getProperty(PROPERTY), saved(StudioDirs.configDir()).orElse(null), Locale.getDefault());
    }

    /**
     * The supported language for the first non-blank of {@code property} and {@code saved} (language tags such as
     * {@code pt-BR}, {@code pt_BR} or {@code en}), else for {@code systemDefault}: any Portuguese gives Portuguese
     * (Brazil), anything else English.
     */
    public static Locale resolve(String property, String saved, Locale systemDefault) {
        Locale wanted = systemDefault;
        if (property != null && !property.isBlank()) wanted = fromTag(property);
        else if (saved != null && !saved.isBlank()) wanted = fromTag(saved);
        return wanted != null && "pt".equals(wanted.getLanguage()) ? PORTUGUESE_BRAZIL : Locale.ENGLISH;
    }

    private static Locale fromTag(String tag) {
        return Locale.forLanguageTag(tag.strip().replace('_', '-'));
    }

    /** The saved language tag in {@code configDir}, if the settings file has one and can be read. */
    public static Optional<String> saved(Path configDir) {
        return Settings.get(configDir, SETTING);
    }

    /** Saves {@code locale} as the language for the next start, keeping the file's other settings. */
    public static void save(Path configDir, Locale locale) throws IOException {
        Settings.put(configDir, SETTING, locale.toLanguageTag());
    }

    /** A language's name in that language, as a language menu shows it to someone who reads only that one. */
    public static String nameOf(Locale locale) {
        return "pt".equals(locale.getLanguage()) ? "Português (Brasil)" : "English";
    }
}

package studio.backprop.app.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import studio.backprop.app.support.Settings;
import studio.backprop.core.problem.Choice;

/**
 * The chosen theme, kept for the next start in the settings file beside the language choice
 * ({@code settings.properties} in the studio's config folder, key {@value #SETTING}). The file's other
 * settings are kept as they are; an unreadable file or an unknown name means the light theme, never a failed start.
 */
public final class ThemeSettings {
    /** The settings file, shared with the language choice. */
    public static final String SETTINGS_FILE = Settings.FILE;
    /** The key of the theme in the settings file. */
    public static final String SETTING = "theme";

    private ThemeSettings() { }

    /** The saved theme in {@code configDir}, if the settings file names one. */
    public static Optional<Theme> saved(Path configDir) {
        return Settings.get(configDir, SETTING).flatMap(name -> Choice.find(Theme.class, name.toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    /** Saves {@code theme} for the next start, keeping the file's other settings. */
    public static void save(Path configDir, Theme theme) throws IOException {
        Settings.put(configDir, SETTING, theme.id());
    }
}

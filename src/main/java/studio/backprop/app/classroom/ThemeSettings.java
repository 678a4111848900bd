package studio.backprop.app.classroom;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import studio.backprop.app.support.Language;

/**
 * The chosen theme, kept for the next start in the settings file beside the language choice
 * ({@code settings.properties} in the studio's config folder, key {@value #SETTING}). The file's other
 * settings are kept as they are; an unreadable file or an unknown name means the light theme, never a failed start.
 */
public final class ThemeSettings {
    /** The settings file, shared with the language choice. */
    public static final String SETTINGS_FILE = Language.SETTINGS_FILE;
    /** The key of the theme in the settings file. */
    public static final String SETTING = "theme";

    private ThemeSettings() { }

    /** The saved theme in {@code configDir}, if the settings file names one. */
    public static Optional<Theme> saved(Path configDir) {
        String name = read(configDir.resolve(SETTINGS_FILE)).getProperty(SETTING);
        if (name == null) return Optional.empty();
        try {
            return Optional.of(Theme.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Saves {@code theme} for the next start, keeping the file's other settings. */
    public static void save(Path configDir, Theme theme) throws IOException {
        Path file = configDir.resolve(SETTINGS_FILE);
        Properties settings = read(file);
        settings.setProperty(SETTING, theme.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Files.createDirectories(configDir);
        Path temp = Files.createTempFile(configDir, ".settings", ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            settings.store(out, "Backprop Studio settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Properties read(Path file) {
        Properties settings = new Properties();
        if (!Files.isRegularFile(file)) return settings;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException | RuntimeException unreadable) {
            settings.clear();
        }
        return settings;
    }
}

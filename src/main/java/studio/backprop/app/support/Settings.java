package studio.backprop.app.support;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import studio.backprop.core.io.OutputTarget;

/**
 * The studio's settings file, {@value #FILE} in a config folder ({@link StudioDirs#configDir()}): one
 * {@code key=value} line per choice kept for the next start (the language, the theme). Saving one choice keeps
 * the others; an unreadable file reads as empty, so a broken file means the defaults, never a failed start.
 */
public final class Settings {
    /** The settings file's name in the config folder. */
    public static final String FILE = "settings.properties";

    private Settings() { }

    /** The stripped, non-blank value of {@code key} in {@code configDir}'s settings file, if it has one. */
    public static Optional<String> get(Path configDir, String key) {
        return Optional.ofNullable(read(configDir.resolve(FILE)).getProperty(key)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Sets {@code key} to {@code value}, keeping the file's other settings; creates the folder and the file. */
    public static void put(Path configDir, String key, String value) throws IOException {
        Path file = configDir.resolve(FILE);
        Properties settings = read(file);
        settings.setProperty(key, value);
        StringWriter text = new StringWriter();
        settings.store(text, "Backprop Studio settings");
        OutputTarget.write(file, OutputTarget.text(text.toString()));
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

package studio.backprop.app.support;

import java.nio.file.Path;

/**
 * Where the studio keeps its own small files (the recent-files list and the recovery file) and how often it
 * autosaves. System properties override both, so tests and the crash test use a folder of their own and a
 * short interval: {@code -Dbackprop.config.dir=DIR}, {@code -Dbackprop.autosave.seconds=N}.
 */
public final class StudioDirs {
    /** System property naming the folder; default {@code ~/.backprop-studio}. */
    public static final String CONFIG_DIR = "backprop.config.dir";
    /** System property with the autosave interval in seconds; default 60. */
    public static final String AUTOSAVE_SECONDS = "backprop.autosave.seconds";
    /** The default autosave interval. */
    public static final int DEFAULT_AUTOSAVE_SECONDS = 60;

    private StudioDirs() { }

    /** The folder for the studio's own files (it may not exist yet). */
    public static Path configDir() {
        String configured = System.getProperty(CONFIG_DIR);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return Path.of(System.getProperty("user.home"), ".backprop-studio");
    }

    /** The autosave interval in seconds, at least 1; a malformed property gives the default. */
    public static int autosaveSeconds() {
        String configured = System.getProperty(AUTOSAVE_SECONDS);
        if (configured == null) return DEFAULT_AUTOSAVE_SECONDS;
        try {
            return Math.max(1, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTOSAVE_SECONDS;
        }
    }
}

package studio.backprop.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;

/**
 * The start-up measurement of {@code bench}: with {@code -Dbackprop.exitAfterShown=true}, once the first window
 * is shown the application prints {@code startup.window MS ms} (milliseconds since the JVM started) and
 * {@code heap.app.used MB MB} (heap in use after a full collection), then exits.
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "backprop.exitAfterShown";

    private StartupProbe() { }

    /** Called right after the stage is shown: measures on the next pulse, when the window has been drawn, and exits. */
    public static void afterShown() {
        if (!Boolean.getBoolean(PROPERTY)) return;
        Platform.runLater(() -> {
            long elapsed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup.window " + elapsed + " ms");
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            double used = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
            System.out.println(String.format(Locale.ROOT, "heap.app.used %.1f MB", used));
            System.out.flush();
            Platform.exit();
        });
    }
}

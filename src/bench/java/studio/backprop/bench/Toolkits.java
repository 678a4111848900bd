package studio.backprop.bench;

import java.util.Locale;

/**
 * Whether the JavaFX toolkit can start for an offscreen export: it needs a display, or Monocle's headless
 * platform on the class path (then selected here, as the tests select it, before the toolkit starts).
 */
final class Toolkits {
    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private Toolkits() { }

    /** Null when the toolkit should start; otherwise why it cannot, in a few words. */
    static String whyNot() {
        if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) return null;
        if (hasDisplay()) return null;
        if (!onClassPath(MONOCLE)) return "no display (DISPLAY unset) and no Monocle on the class path";
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        return null;
    }

    /** One line for a failure to start the toolkit. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.replaceAll("\\s+", " ").trim());
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) return true;
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, Toolkits.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

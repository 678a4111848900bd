package studio.backprop;

import studio.backprop.app.Launcher;
import studio.backprop.cli.Cli;

/** Entry point: with a command, the headless command line; without one, the window. */
public final class Main {
    /** Held so the setting is not garbage-collected with the logger. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Main() { }

    public static void main(String[] args) {
        // JavaFX warns that it runs from the class path; that is how this jar is meant to run.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        if (args.length > 0) {
            Cli.main(args);
        } else {
            Launcher.launch(args);
        }
    }
}

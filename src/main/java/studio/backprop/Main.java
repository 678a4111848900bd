package studio.backprop;

import java.util.logging.Level;
import java.util.logging.Logger;
import studio.backprop.app.Launcher;
import studio.backprop.cli.Cli;

/** Entry point: with a command, the headless command line; without one, the window. */
public final class Main {
    /** Held so the setting is not garbage-collected with the logger. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Main() { }

    public static void main(String[] args) {
        // JavaFX warns that it runs from the class path; that is how this jar is meant to run.
        JAVAFX_LOG.setLevel(Level.SEVERE);
        if (args.length > 0) {
            Cli.main(args);
        } else {
            Launcher.launch(args);
        }
    }
}

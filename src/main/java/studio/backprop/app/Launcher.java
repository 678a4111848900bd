package studio.backprop.app;

import javafx.application.Application;
import studio.backprop.app.view.DiagramView;

/** Starts the window from a class that does not extend Application (so a plain classpath launch works). */
public final class Launcher {
    private Launcher() { }

    /** Opens the main window and returns when it is closed. */
    public static void launch(String[] args) {
        StartupProbe.markLaunch();
        Preload.start();
        DiagramView.beforeToolkit();
        Application.launch(StudioApp.class, args);
    }
}

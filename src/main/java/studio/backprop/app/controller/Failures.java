package studio.backprop.app.controller;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import studio.backprop.app.support.Messages;

/**
 * The window's last line of defence: an exception or error that no code caught, on any thread, becomes one
 * dialog with one line — what went wrong, never a stack trace — and the window keeps running. While a
 * dialog is open, further failures do not stack more dialogs on it.
 */
public final class Failures {
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private Failures() { }

    /** Catches what nothing else caught, on every thread and the JavaFX thread, for the window {@code owner}. */
    public static void install(Window owner) {
        Thread.UncaughtExceptionHandler handler = (thread, failure) -> show(owner, failure);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    /** The one line a person reads for a failure. */
    public static String line(Throwable failure) {
        if (failure instanceof OutOfMemoryError) return Messages.get("lead.failure.memory");
        String what = failure.getMessage() == null || failure.getMessage().isBlank() ? failure.getClass().getSimpleName()
                : failure.getMessage().lines().findFirst().orElse("").strip();
        return Messages.format("lead.failure.other", what);
    }

    private static void show(Window owner, Throwable failure) {
        String line = line(failure);
        Runnable dialog = () -> {
            if (!SHOWING.compareAndSet(false, true)) return;
            try {
                Alert alert = new Alert(Alert.AlertType.ERROR, line);
                alert.setHeaderText(null);
                alert.setTitle(Messages.get("lead.failure.title"));
                if (owner != null && owner.isShowing()) alert.initOwner(owner);
                alert.showAndWait();
            } finally {
                SHOWING.set(false);
            }
        };
        if (Platform.isFxApplicationThread()) dialog.run();
        else Platform.runLater(dialog);
    }
}

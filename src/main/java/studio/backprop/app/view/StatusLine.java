package studio.backprop.app.view;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/**
 * The window's status line. A message that reports success or progress is neutral and fades after
 * {@link #SHOWN}; a problem is red and stays until the next message or the next step.
 */
public final class StatusLine extends Label {
    /** How long a neutral message stays before it fades. */
    public static final Duration SHOWN = Duration.seconds(4);
    /** How long the fade takes. */
    public static final Duration FADE = Duration.millis(600);

    private final SequentialTransition fading;

    public StatusLine() {
        getStyleClass().add(Styles.STATUS);
        setMaxWidth(Double.MAX_VALUE);
        FadeTransition fade = new FadeTransition(FADE, this);
        fade.setToValue(0);
        fading = new SequentialTransition(new PauseTransition(SHOWN), fade);
        fading.setOnFinished(e -> {
            setText("");
            setOpacity(1);
        });
    }

    /** Shows a neutral message that fades after a few seconds. */
    public void info(String message) {
        show(message, false);
        if (message != null && !message.isEmpty()) fading.playFromStart();
    }

    /** Shows a problem in red; it stays until the next message or {@link #clearError}. */
    public void error(String message) {
        show(message, true);
    }

    /** Clears a problem shown (a neutral message goes on fading by itself). */
    public void clearError() {
        if (isError()) show("", false);
    }

    /** Whether the line shows a problem now. */
    public boolean isError() {
        return getStyleClass().contains(Styles.STATUS_ERROR);
    }

    private void show(String message, boolean problem) {
        fading.stop();
        setOpacity(1);
        setText(message == null ? "" : message);
        getStyleClass().remove(Styles.STATUS_ERROR);
        if (problem && !getText().isEmpty()) getStyleClass().add(Styles.STATUS_ERROR);
    }
}

package studio.backprop.app.view;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made the first time the pointer comes over the control. Each tooltip is a popup window of
 * its own; the window's toolbar and diagram headers have fourteen, 30–50 ms of the JavaFX thread before the first
 * frame for something nobody sees before hovering. The tooltip's behaviour starts with the pointer's next move, so
 * the first hover shows it as before. The text is the control's accessible help from the start (what a screen
 * reader takes from a tooltip), and its accessible text where the control shows only a picture.
 */
public final class LazyTooltip {
    private LazyTooltip() { }

    /** Gives {@code control} a tooltip with {@code text} when the pointer first enters it. */
    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        if (control instanceof Labeled labeled && (labeled.getText() == null || labeled.getText().isEmpty())) {
            control.setAccessibleText(text);
        }
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) control.setTooltip(new Tooltip(text));
            }
        });
    }
}

package studio.backprop.app.controller;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import studio.backprop.app.model.StudioModel;

/**
 * Scene-wide stepping keys, whatever has focus (except text fields): → Space PageDown forward,
 * ← PageUp back, Home to the start, End to the end.
 */
public final class KeyBindings {
    private KeyBindings() { }

    /** Installs the keys on a scene; {@code before} runs before each step (e.g. to pause playback). */
    public static void install(Scene scene, StudioModel model, Runnable before) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed()) return; // taken by an earlier filter (quiz mode asks before it steps)
            if (e.getTarget() instanceof TextInputControl text && text.isEditable()) return;
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
            Runnable command = switch (e.getCode()) {
                case RIGHT, SPACE, PAGE_DOWN -> model::stepForward;
                case LEFT, PAGE_UP -> model::stepBack;
                case HOME -> model::reset;
                case END -> model::toEnd;
                default -> null;
            };
            if (command == null) return;
            before.run();
            command.run();
            e.consume();
        });
    }
}

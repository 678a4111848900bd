package studio.backprop.app.controller;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import studio.backprop.app.controller.Contribution.Phase;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.view.DiagramView;
import studio.backprop.app.view.Styles;

/**
 * The keyboard, whatever has focus.
 * <ul>
 * <li>Clicker keys: → Space PageDown forward, ← PageUp back, Home to the start, End to the end — except
 * while typing in a text field, and except the arrows while a diagram walks its items (after Tab selected
 * one there; Esc gives the arrows back to stepping).</li>
 * <li>Enter and Esc in a text field of the pass (the inspector's, the quiz's, the expression's) hand the
 * focus back to the diagram last used, so the clicker's keys step again — after Enter only when the
 * model took the value (a refused one keeps the field and its message).</li>
 * <li>Application accelerators (Ctrl+Z, Ctrl+Shift+Z, Ctrl+S, Ctrl+O, Ctrl+E, F1, F5, …) work in a text
 * field too: the field keeps only what it uses itself — its own undo and redo while it has typing to
 * undo, copy, cut, paste, select all, and plain typing.</li>
 * </ul>
 * The stepping keys run in the {@link Phase#COMMAND} phase: a feature that takes a key first (quiz mode)
 * filters in the {@link Phase#INTERCEPT} phase and consumes it.
 */
public final class KeyBindings implements Feature {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final Scene scene;
    private final StudioModel model;
    private final Runnable before;
    private DiagramView lastDiagram;

    /** The keys of a scene; {@code before} runs before each step (e.g. to pause playback). */
    public KeyBindings(Scene scene, StudioModel model, Runnable before) {
        this.scene = scene;
        this.model = model;
        this.before = before;
        scene.focusOwnerProperty().addListener((o, was, is) -> {
            if (is instanceof DiagramView diagram) lastDiagram = diagram;
        });
    }

    @Override
    public Contribution contribute() {
        return Contribution.builder()
                .filter(Phase.COMMAND, KeyEvent.KEY_PRESSED, this::handBackAfterTyping)
                .filter(Phase.COMMAND, KeyEvent.KEY_PRESSED, this::step)
                .build();
    }

    /** Enter or Esc in a text field of the pass hands the focus back to a diagram. */
    private void handBackAfterTyping(KeyEvent e) {
        if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) && e.getTarget() instanceof TextField field
                && typing(e)) {
            boolean escape = e.getCode() == KeyCode.ESCAPE;
            Platform.runLater(() -> handBack(scene, field, lastDiagram, escape || model.getErrorMessage().isEmpty()));
        }
    }

    /** The clicker's keys step; in a text field, the window's accelerators run. */
    private void step(KeyEvent e) {
        if (e.isConsumed()) return; // taken in the intercept phase (quiz mode asks before it steps)
        if (typing(e)) {
            runAccelerator(scene, e);
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
        if (menuBarActive()) return; // F10 or Alt: the arrows walk the menu bar, not the pass
        if (e.getTarget() instanceof DiagramView diagram && diagram.walking() && e.getCode().isArrowKey()) return;
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
    }

    /** Moves the focus from a field that still has it to the diagram last used (or the first one shown). */
    private static void handBack(Scene scene, TextField field, DiagramView last, boolean accepted) {
        if (!accepted || scene.getFocusOwner() != field) return;
        DiagramView target = last != null && last.getScene() == scene && visible(last) ? last : null;
        if (target == null) {
            for (Node node : scene.getRoot().lookupAll("." + Styles.DIAGRAM)) {
                if (node instanceof DiagramView diagram && visible(diagram)) {
                    target = diagram;
                    break;
                }
            }
        }
        if (target != null) target.requestFocus();
    }

    /** Whether the key goes to a text field the user types in. */
    /**
     * Whether the keyboard is in the menu bar (after F10 or Alt): the menu bar's skin marks the menu it walks
     * as hovered without taking the focus, so the focus owner cannot tell.
     */
    private boolean menuBarActive() {
        for (Node bar : scene.getRoot().lookupAll(".menu-bar")) {
            for (Node menu : bar.lookupAll(".menu")) {
                if (menu != bar && menu.isHover()) return true;
            }
        }
        return false;
    }

    private static boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl text && text.isEditable() && visible(text);
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    /** Runs the scene's accelerator for a key pressed in a text field, unless the field uses the key itself. */
    private static void runAccelerator(Scene scene, KeyEvent e) {
        TextInputControl text = (TextInputControl) e.getTarget();
        boolean modified = e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown();
        if (!modified && !e.getCode().isFunctionKey()) return; // plain typing, Enter, Esc, arrows
        if (UNDO.match(e) && text.isUndoable()) return;
        if ((REDO.match(e) || REDO_Y.match(e)) && text.isRedoable()) return;
        if (e.isShortcutDown() && !e.isShiftDown() && switch (e.getCode()) {
            case A, C, X, V, INSERT, LEFT, RIGHT, HOME, END, BACK_SPACE, DELETE -> true;
            default -> false;
        }) return;
        for (Map.Entry<KeyCombination, Runnable> accelerator : scene.getAccelerators().entrySet()) {
            if (accelerator.getKey().match(e)) {
                accelerator.getValue().run();
                e.consume();
                return;
            }
        }
    }
}

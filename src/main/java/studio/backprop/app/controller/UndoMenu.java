package studio.backprop.app.controller;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import studio.backprop.app.controller.Contribution.MenuName;
import studio.backprop.app.controller.Contribution.Place;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;

/**
 * Edit → Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, also Ctrl+Y), named after the change they revert or make
 * again and disabled when there is none. A text field with focus keeps these keys for its own text.
 */
public final class UndoMenu implements Feature {
    private final Scene scene;
    private final StudioModel model;

    /** Undo and Redo of {@code model}, with the extra Ctrl+Y key on {@code scene}. */
    public UndoMenu(Scene scene, StudioModel model) {
        this.scene = scene;
        this.model = model;
    }

    @Override
    public Contribution contribute() {
        MenuItem undo = new MenuItem();
        undo.setId("undoItem");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.textProperty().bind(model.undoReasonProperty().map(reason -> reason.isEmpty()
                ? Messages.get("doc.menu.undo") : Messages.format("doc.menu.undoReason", reason)));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        MenuItem redo = new MenuItem();
        redo.setId("redoItem");
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redo.textProperty().bind(model.redoReasonProperty().map(reason -> reason.isEmpty()
                ? Messages.get("doc.menu.redo") : Messages.format("doc.menu.redoReason", reason)));
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        return Contribution.builder()
                .menu(MenuName.EDIT, Place.TOP, undo, redo)
                .accelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (!(scene.getFocusOwner() instanceof TextInputControl) && model.canRedoProperty().get()) model.redo();
                })
                .build();
    }
}

package studio.backprop.app.controller;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import studio.backprop.app.controller.Contribution.MenuName;
import studio.backprop.app.controller.Contribution.Place;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.MainView;

/**
 * File → Export (Ctrl+E) and File → Export as code, below the File menu's document commands.
 *
 * @param scene the window's scene (the dialogs' owner)
 * @param model whose document is exported
 * @param view  hears the outcome
 */
public record ExportMenu(Scene scene, StudioModel model, MainView view) implements Feature {

    @Override
    public Contribution contribute() {
        MenuItem export = new MenuItem(Messages.get("menu.export"));
        export.setId("exportItem");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> ExportDialog.show(scene.getWindow(), model, view::showStatus, view::showError));
        MenuItem code = new MenuItem(Messages.get("lead.menu.exportCode"));
        code.setId("exportCodeItem");
        code.setOnAction(e -> CodeExportDialog.show(scene.getWindow(), model.getDocument(), view::showStatus, view::showError));
        return Contribution.builder().menu(MenuName.FILE, Place.BOTTOM, export, code).build();
    }
}

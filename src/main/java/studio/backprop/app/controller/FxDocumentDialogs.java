package studio.backprop.app.controller;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.backprop.app.support.Messages;

/** The document questions as JavaFX dialogs and file choosers, owned by the main window. */
public final class FxDocumentDialogs implements DocumentDialogs {
    private final Supplier<Window> owner;

    /** Dialogs owned by the window {@code owner} gives when they open. */
    public FxDocumentDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Choice askToSave(String documentName) {
        ButtonType save = new ButtonType(Messages.get("doc.ask.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("doc.ask.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("doc.ask.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.format("doc.ask.header", documentName),
                Messages.get("doc.ask.text"), save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Choice.SAVE : answer == discard ? Choice.DISCARD : Choice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        File chosen = chooser(Messages.get("doc.open.title"), folder, null).showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String fileName) {
        File chosen = chooser(Messages.get("doc.saveAs.title"), folder, fileName).showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public boolean offerRecovery(String what) {
        ButtonType restore = new ButtonType(Messages.get("doc.recover.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("doc.recover.discard"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, Messages.get("doc.recover.header"),
                Messages.format("doc.recover.text", what), restore, discard);
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, Messages.get("doc.error.header"), message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(Messages.get("app.title"));
        alert.setHeaderText(header);
        Window window = owner.get();
        if (window != null) alert.initOwner(window);
        return alert;
    }

    private FileChooser chooser(String title, Path folder, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("doc.filter.sessions"), "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("doc.filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        if (fileName != null) chooser.setInitialFileName(fileName);
        return chooser;
    }
}

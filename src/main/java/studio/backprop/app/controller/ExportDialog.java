package studio.backprop.app.controller;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import studio.backprop.app.Messages;
import studio.backprop.app.export.ExportBackground;
import studio.backprop.app.export.ExportView;
import studio.backprop.app.export.PngExport;
import studio.backprop.app.model.StudioModel;

/** File → Export PNG: asks for the view, the scale and the background, then a file, and writes it. */
public final class ExportDialog {
    private ExportDialog() { }

    /** Shows the dialog; returns a message for the status line (what was written, or what went wrong). */
    public static Optional<String> show(Window owner, StudioModel model) {
        ChoiceBox<ExportView> view = new ChoiceBox<>();
        view.getItems().setAll(ExportView.values());
        view.setValue(ExportView.NETWORK);
        view.setConverter(converter("export.view."));
        ChoiceBox<Double> scale = new ChoiceBox<>();
        for (double s : PngExport.SCALES) scale.getItems().add(s);
        scale.setValue(2.0);
        scale.setConverter(new StringConverter<>() {
            @Override public String toString(Double s) { return s == null ? "" : Messages.format("export.scaleValue", s.intValue()); }
            @Override public Double fromString(String s) { return null; }
        });
        ChoiceBox<ExportBackground> background = new ChoiceBox<>();
        background.getItems().setAll(ExportBackground.values());
        background.setValue(ExportBackground.WHITE);
        background.setConverter(converter("export.background."));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("export.view")), view);
        grid.addRow(1, new Label(Messages.get("export.scale")), scale);
        grid.addRow(2, new Label(Messages.get("export.background")), background);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("export.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return Optional.empty();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.pngFiles"), List.of("*.png")));
        chooser.setInitialFileName(view.getValue().name().toLowerCase() + ".png");
        File file = chooser.showSaveDialog(owner);
        if (file == null) return Optional.empty();
        try {
            PngExport.export(model.getDocument(), model.getTrace(), view.getValue(), model.getCursor(), scale.getValue(),
                    background.getValue(), file.toPath());
            return Optional.of(Messages.format("export.done", file));
        } catch (IOException | RuntimeException e) {
            return Optional.of(Messages.format("export.failed", file, e.getMessage()));
        }
    }

    private static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override public String toString(E value) { return value == null ? "" : Messages.get(prefix + value.name().toLowerCase()); }
            @Override public E fromString(String s) { return null; }
        };
    }
}

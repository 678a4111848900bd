package studio.backprop.app.controller;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.app.view.Styles;
import studio.backprop.app.view.WindowTheme;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.export.ExportBackground;
import studio.backprop.rendering.export.ExportFormat;
import studio.backprop.rendering.export.ExportOptions;
import studio.backprop.rendering.export.ExportView;
import studio.backprop.rendering.export.Exporter;
import studio.backprop.rendering.export.PngExport;

/**
 * File → Export: asks for the format (PNG, SVG, PDF, TikZ, or the whole pass as an animated GIF), the view
 * (only those the document has, the one on screen first) and the format's settings, then a file; writes it
 * off the JavaFX thread and reports on the status line.
 */
public final class ExportDialog {
    private ExportDialog() { }

    /** Shows the dialog; {@code status} hears what was written, or what went wrong (on the JavaFX thread). */
    public static void show(Window owner, StudioModel model, Consumer<String> status, Consumer<String> error) {
        Document document = model.getDocument();
        Trace trace = model.getTrace();
        int step = model.getCursor() + 1;
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.PNG);
        format.setConverter(converter("export.format."));
        ChoiceBox<ExportView> view = new ChoiceBox<>();
        view.setConverter(converter("export.view."));
        ExportView current = currentView(owner, document);
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
        Spinner<Integer> delay = new Spinner<>(50, 10_000, ExportOptions.DEFAULT_DELAY, 50);
        delay.setEditable(true);
        CheckBox tikzBody = new CheckBox(Messages.get("export.tikzBody"));
        Runnable update = () -> {
            ExportFormat f = format.getValue();
            ExportView chosen = view.getValue();
            view.getItems().setAll(views(document, f == ExportFormat.GIF || step > 0));
            view.setValue(view.getItems().contains(chosen) ? chosen : view.getItems().contains(current) ? current : view.getItems().get(0));
            scale.setDisable(f != ExportFormat.PNG && f != ExportFormat.GIF);
            background.setDisable(f == ExportFormat.GIF || f == ExportFormat.TIKZ);
            delay.setDisable(f != ExportFormat.GIF);
            tikzBody.setDisable(f != ExportFormat.TIKZ);
        };
        format.valueProperty().addListener(o -> update.run());
        update.run();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("export.format")), format);
        grid.addRow(1, new Label(Messages.get("export.view")), view);
        grid.addRow(2, new Label(Messages.get("export.scale")), scale);
        grid.addRow(3, new Label(Messages.get("export.background")), background);
        grid.addRow(4, new Label(Messages.get("export.delay")), delay);
        grid.add(tikzBody, 1, 5);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("export.dialogTitle"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        ExportFormat chosenFormat = format.getValue();
        ExportView chosenView = view.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.dialogTitle"));
        String extension = chosenFormat.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("export.files." + chosenFormat.name().toLowerCase(Locale.ROOT)), List.of("*." + extension)));
        chooser.setInitialFileName((chosenFormat == ExportFormat.GIF ? "pass-" : "") + chosenView.name().toLowerCase(Locale.ROOT) + "." + extension);
        File file = chooser.showSaveDialog(owner);
        if (file == null) return;
        ExportOptions options = ExportOptions.defaults().look(WindowTheme.current(), scale.getValue(), background.getValue())
                .frames(1, -1, delay.getValue()).tikzBody(tikzBody.isSelected());
        write(document, trace, chosenView, Math.max(step, chosenView == ExportView.EQUATION ? 1 : 0), chosenFormat, options,
                file.toPath(), status, error);
    }

    /** The views a document has: the network diagram only for a network, the equation only once a step is shown. */
    static List<ExportView> views(Document document, boolean equation) {
        List<ExportView> views = new ArrayList<>();
        if (document instanceof NetworkDocument) views.add(ExportView.NETWORK);
        views.add(ExportView.GRAPH);
        if (equation) views.add(ExportView.EQUATION);
        return views;
    }

    /** The diagram on screen: the network diagram when the document is a network and it is shown, else the graph. */
    private static ExportView currentView(Window owner, Document document) {
        if (!(document instanceof NetworkDocument)) return ExportView.GRAPH;
        Node network = owner == null || owner.getScene() == null ? null : owner.getScene().lookup("#" + Styles.NETWORK_VIEW_ID);
        boolean shown = network == null || network.getScene() != null && network.isVisible() && network.getLayoutBounds().getWidth() > 0;
        return shown ? ExportView.NETWORK : ExportView.GRAPH;
    }

    /**
     * Writes off the JavaFX thread (a PNG's snapshot is taken on it, the encoding and the writing are not);
     * the status line hears when it starts and how it ended. Each export has its own channel: a second export
     * never cancels the first.
     */
    private static void write(Document document, Trace trace, ExportView view, int step, ExportFormat format,
                              ExportOptions options, Path file, Consumer<String> status, Consumer<String> error) {
        status.accept(Messages.format("export.working", file));
        new LatestWins<Path>("export " + file.getFileName()).submit(stale -> {
            Exporter.export(document, trace, view, step, format, options, file);
            return file;
        }, written -> status.accept(Messages.format("export.done", written)),
                failure -> error.accept(Messages.format("export.failed", file, message(failure))));
    }

    private static String message(Throwable error) {
        return error == null ? "" : Problems.text(error);
    }

    private static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override public String toString(E value) { return value == null ? "" : Messages.get(prefix + value.name().toLowerCase(Locale.ROOT)); }
            @Override public E fromString(String s) { return null; }
        };
    }
}

package studio.backprop.app.digits;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.Palette;
import studio.backprop.app.view.Styles;
import studio.backprop.core.data.Expansion;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.ExpansionComparison;

/**
 * Nielsen's artificial expansion beside the digits: a few training images with their shifted or rotated copies,
 * and the test accuracy of the preset trained with and without the copies (same seed, same epochs). Binds to
 * an {@link ExpansionModel}.
 */
final class ExpansionPane extends VBox {
    private static final double CELL = 44;
    private static final double GAP = 8;
    private final ExpansionModel model;
    private final Canvas copies = new Canvas(CELL * 7 + GAP * 8 + 10, (CELL + 18) * ExpansionModel.PREVIEW_IMAGES + 20);
    private final Canvas bars = new Canvas(420, 90);

    ExpansionPane(ExpansionModel model) {
        super(8);
        this.model = model;
        setId("digitsExpansion");
        ChoiceBox<Expansion.Kind> kind = new ChoiceBox<>();
        kind.getItems().addAll(Expansion.Kind.SHIFT, Expansion.Kind.ROTATE, Expansion.Kind.BOTH);
        kind.setConverter(Messages.names("digits.expansion."));
        kind.setValue(model.kindProperty().get());
        kind.setId("digitsExpansionKind");
        kind.valueProperty().addListener((o, was, is) -> model.setKind(is));
        Spinner<Integer> epochs = new Spinner<>(1, 200, model.getEpochs());
        epochs.setId("digitsExpansionEpochs");
        epochs.setEditable(true);
        epochs.setPrefWidth(80);
        epochs.valueProperty().addListener((o, was, is) -> model.setEpochs(is));
        Button compare = new Button(Messages.get("digits.expansionCompare"));
        compare.setId("digitsExpansionCompare");
        compare.setOnAction(e -> model.compare());
        compare.disableProperty().bind(model.runningProperty());
        Button cancel = new Button(Messages.get("digits.expansionCancel"));
        cancel.setId("digitsExpansionCancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setPrefWidth(120);
        HBox row = new HBox(8, kind, new Label(Messages.get("digits.expansionEpochs")), epochs, compare, cancel, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(Messages.get("digits.expansionHelp"));
        help.setWrapText(true);
        help.setMaxWidth(440);
        Label message = new Label();
        message.setId("digitsExpansionMessage");
        message.setWrapText(true);
        message.setMaxWidth(440);
        message.textProperty().bind(model.messageProperty());
        Label heading = new Label(Messages.get("digits.expansionCopies"));
        heading.getStyleClass().add(Styles.PANE_TITLE);
        getChildren().addAll(help, row, heading, copies, bars, message);
        model.previewProperty().addListener(o -> drawCopies());
        model.kindProperty().addListener(o -> drawCopies());
        model.resultProperty().addListener(o -> drawBars());
        drawCopies();
        drawBars();
    }

    private void drawCopies() {
        GraphicsContext gc = copies.getGraphicsContext2D();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, copies.getWidth(), copies.getHeight());
        gc.setFont(Palette.SMALL);
        gc.setFill(Palette.MUTED);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        Expansion.Kind kind = model.kindProperty().get();
        List<String> labels = labels(kind);
        for (int c = 0; c < labels.size(); c++) gc.fillText(labels.get(c), x(c) + CELL / 2, 2);
        List<Sample> originals = model.previewProperty().get();
        for (int r = 0; r < originals.size(); r++) {
            double[] image = originals.get(r).inputs();
            double y = 18 + r * (CELL + 18);
            DigitsRenderer.image(gc, image, x(0), y, CELL);
            List<double[]> made = Expansion.copies(image, kind);
            for (int c = 0; c < made.size(); c++) DigitsRenderer.image(gc, made.get(c), x(c + 1), y, CELL);
        }
    }

    private static double x(int column) {
        return 4 + column * (CELL + GAP) + (column > 0 ? GAP : 0);
    }

    private static List<String> labels(Expansion.Kind kind) {
        List<String> labels = new ArrayList<>(List.of(Messages.get("digits.expansionOriginal")));
        if (kind == Expansion.Kind.SHIFT || kind == Expansion.Kind.BOTH) labels.addAll(List.of("↑", "↓", "←", "→"));
        if (kind == Expansion.Kind.ROTATE || kind == Expansion.Kind.BOTH) {
            labels.add("↺ " + (int) Expansion.DEGREES + "°");
            labels.add("↻ " + (int) Expansion.DEGREES + "°");
        }
        return labels;
    }

    private void drawBars() {
        GraphicsContext gc = bars.getGraphicsContext2D();
        double w = bars.getWidth();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, w, bars.getHeight());
        ExpansionComparison done = model.resultProperty().get();
        if (done == null) return;
        gc.setFont(Palette.SMALL);
        gc.setTextBaseline(VPos.CENTER);
        bar(gc, 10, Messages.format("digits.expansionPlain", done.plainSamples()), done.plainAccuracy(), Palette.MUTED, w);
        bar(gc, 46, Messages.format("digits.expansionExpanded", done.expandedSamples()), done.expandedAccuracy(), Palette.NEGATIVE, w);
    }

    /** One accuracy bar; the axis runs from 80 % to 100 % so that differences of a point are visible. */
    private static void bar(GraphicsContext gc, double y, String label, double accuracy, Color colour, double width) {
        double left = 150;
        double span = width - left - 70;
        double share = Math.max(0, Math.min(1, (accuracy - 0.8) / 0.2));
        gc.setFill(Palette.INK);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(label, 0, y + 13);
        gc.setFill(colour);
        gc.fillRect(left, y, span * share, 26);
        gc.setStroke(Palette.EDGE);
        gc.strokeRect(left, y, span, 26);
        gc.setFill(Palette.INK);
        gc.fillText(ExpansionModel.percent(accuracy), left + span + 6, y + 13);
    }
}

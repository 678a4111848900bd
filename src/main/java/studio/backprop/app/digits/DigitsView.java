package studio.backprop.app.digits;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.Palette;
import studio.backprop.app.view.Styles;

/**
 * The digits workspace (3Blue1Brown's and Nielsen's handwritten-digit network), drawn from a {@link DigitsModel}:
 * a drawing pad classified live with a bar per digit and the layers lighting up; training with its test accuracy
 * and confusion matrix; each first-layer neuron's weights as an image; one training image's backward pass with
 * what the output layer wants and a button that opens the pass; and the expanded-data comparison. It binds and
 * draws; every decision is the model's.
 */
public final class DigitsView extends BorderPane {
    private static final double BARS_W = 330;
    private static final double NUDGES_W = 430;
    private final DigitsModel model;
    private final Canvas pad = canvas("digitsPad", PadDrawing.SIZE, PadDrawing.SIZE);
    private final Canvas preview = canvas("digitsPreview", 96, 96);
    private final Canvas bars = canvas("digitsBars", BARS_W, 170);
    private final Canvas activations = canvas("digitsActivations", BARS_W, 330);
    private final Canvas confusion = canvas("digitsConfusion", 330, 330);
    private final Canvas weights = canvas("digitsWeights", 330, 330);
    private final Canvas example = canvas("digitsExample", 96, 96);
    private final Canvas nudges = canvas("digitsNudges", NUDGES_W, 330);
    private final Label guess = new Label();
    private final Label status = new Label();
    private final Label exampleLabel = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button train = new Button(Messages.get("digits.train"));
    private final Button backprop = new Button(Messages.get("digits.backprop"));
    private final Spinner<Integer> sample = new Spinner<>(1, 1, 1);

    public DigitsView(DigitsModel model) {
        this.model = model;
        setId("digitsPane");
        initGraphics();
        bind();
        redrawPad();
        redrawTrained();
    }

    /** The workspace's model. */
    public DigitsModel model() {
        return model;
    }

    private void initGraphics() {
        Button clear = new Button(Messages.get("digits.clear"));
        clear.setId("digitsClear");
        clear.setOnAction(e -> model.clearPad());
        guess.setId("digitsGuess");
        guess.getStyleClass().add(Styles.PANE_TITLE);
        VBox left = column(Messages.get("digits.draw"), pad, clear, heading(Messages.get("digits.seen")), preview, guess);
        VBox middle = column(Messages.get("digits.probabilities"), bars, heading(Messages.get("digits.layers")), activations);

        train.setId("digitsTrain");
        progress.setId("digitsProgress");
        progress.setPrefWidth(200);
        status.setId("digitsStatus");
        status.setWrapText(true);
        status.setMaxWidth(330);
        HBox trainRow = new HBox(8, train, progress);
        trainRow.setAlignment(Pos.CENTER_LEFT);
        VBox trainingBox = column(null, trainRow, status, heading(Messages.get("digits.confusion")), confusion);

        VBox weightsBox = column(null, wrapped(Messages.get("digits.weightsHelp"), 330), weights);

        sample.setId("digitsSample");
        sample.setEditable(true);
        sample.setPrefWidth(110);
        backprop.setId("digitsBackprop");
        exampleLabel.setId("digitsExampleLabel");
        HBox pick = new HBox(8, new Label(Messages.get("digits.sample")), sample, backprop);
        pick.setAlignment(Pos.CENTER_LEFT);
        HBox picked = new HBox(10, example, exampleLabel);
        picked.setAlignment(Pos.CENTER_LEFT);
        VBox exampleBox = column(null, pick, picked, wrapped(Messages.get("digits.wantsHelp"), NUDGES_W), nudges);

        TabPane inner = new TabPane(tab("digitsTrainingTab", "digits.trainingTab", trainingBox),
                tab("digitsExampleTab", "digits.exampleTab", exampleBox),
                tab("digitsWeightsTab", "digits.weightsTab", weightsBox),
                tab("digitsExpansionTab", "digits.expansionTab", new ExpansionPane(model.expansion())));
        inner.setId("digitsInnerTabs");
        HBox row = new HBox(16, left, middle, inner);
        row.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(row);
        scroll.setFitToHeight(true);
        setCenter(scroll);
    }

    private void bind() {
        pad.setOnMousePressed(e -> {
            model.drawing().begin(e.getX(), e.getY());
            model.padChanged();
        });
        pad.setOnMouseDragged(e -> {
            model.drawing().extend(e.getX(), e.getY());
            model.padChanged();
        });
        train.setOnAction(e -> model.train());
        train.disableProperty().bind(model.trainingProperty());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        backprop.setOnAction(e -> model.openExample());
        backprop.disableProperty().bind(model.trainedProperty().isNull());
        sample.disableProperty().bind(model.trainedProperty().isNull());
        sample.valueProperty().addListener((o, was, is) -> {
            if (is != null && is != model.sampleProperty().get()) model.pickSample(is);
        });
        model.padRevisionProperty().addListener(o -> redrawPad());
        model.trainedProperty().addListener(o -> redrawTrained());
        model.exampleProperty().addListener(o -> redrawExample());
        model.wantedProperty().addListener((o, was, is) -> {
            if (is != null) DigitsRenderer.nudges(nudges.getGraphicsContext2D(), is.nudges(), is.label(), nudges.getWidth(), nudges.getHeight());
        });
    }

    /** The pad, its 8×8 image, the bars, the layers and the guess. */
    private void redrawPad() {
        drawStrokes();
        double[] image = model.drawing().image();
        DigitsRenderer.image(preview.getGraphicsContext2D(), image, 0, 0, preview.getWidth());
        double[] probabilities = model.probabilities().orElse(null);
        String placeholder = Messages.get(model.hasNetwork() ? "digits.drawPrompt" : "digits.noNetwork");
        DigitsRenderer.bars(bars.getGraphicsContext2D(), probabilities, placeholder, bars.getWidth(), bars.getHeight());
        DigitsRenderer.activations(activations.getGraphicsContext2D(), model.layersProperty().get(), activations.getWidth(),
                activations.getHeight());
        if (probabilities == null) {
            guess.setText(placeholder);
        } else {
            int best = ConfusionMatrix.argmax(probabilities);
            guess.setText(Messages.format("digits.guess", best, Math.round(100 * probabilities[best])));
        }
    }

    /** The confusion matrix, the first-layer weights and the range of training images. */
    private void redrawTrained() {
        DigitsTraining.Trained trained = model.trainedProperty().get();
        DigitsRenderer.confusion(confusion.getGraphicsContext2D(), trained == null ? null : trained.confusion(),
                confusion.getWidth(), confusion.getHeight());
        DigitsRenderer.firstLayerWeights(weights.getGraphicsContext2D(), trained == null ? null : trained.network().weights()[0],
                weights.getWidth(), weights.getHeight());
        if (trained != null) {
            int count = trained.data().train().size();
            sample.setValueFactory(new IntegerSpinnerValueFactory(1, count, model.sampleProperty().get()));
        }
    }

    private void redrawExample() {
        DigitsModel.Example picked = model.exampleProperty().get();
        if (picked == null) return;
        DigitsRenderer.image(example.getGraphicsContext2D(), picked.image(), 0, 0, example.getWidth());
        exampleLabel.setText(Messages.format("digits.example", picked.label(), picked.answer()));
        exampleLabel.setTextFill(picked.right() ? Palette.VALUE : Palette.CURRENT);
    }

    private void drawStrokes() {
        GraphicsContext gc = pad.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, pad.getWidth(), pad.getHeight());
        gc.setStroke(Color.web("#d0d7de"));
        gc.setLineWidth(1);
        gc.strokeRect(0.5, 0.5, pad.getWidth() - 1, pad.getHeight() - 1);
        gc.setStroke(Palette.INK);
        gc.setFill(Palette.INK);
        gc.setLineWidth(2 * PadDrawing.BRUSH_RADIUS);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        double r = PadDrawing.BRUSH_RADIUS;
        for (List<PadDrawing.Point> stroke : model.drawing().strokes()) {
            PadDrawing.Point first = stroke.get(0);
            gc.fillOval(first.x() - r, first.y() - r, 2 * r, 2 * r);
            gc.beginPath();
            gc.moveTo(first.x(), first.y());
            for (PadDrawing.Point p : stroke.subList(1, stroke.size())) gc.lineTo(p.x(), p.y());
            gc.stroke();
        }
    }

    private static Canvas canvas(String id, double width, double height) {
        Canvas canvas = new Canvas(width, height);
        canvas.setId(id);
        return canvas;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.PANE_TITLE);
        return label;
    }

    private static Label wrapped(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(width);
        return label;
    }

    private static VBox column(String title, Node... children) {
        VBox box = new VBox(6);
        if (title != null) box.getChildren().add(heading(title));
        box.getChildren().addAll(children);
        box.setPadding(new Insets(4));
        return box;
    }

    private static Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(Messages.get(key), content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }
}

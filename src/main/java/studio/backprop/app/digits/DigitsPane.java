package studio.backprop.app.digits;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.Palette;
import studio.backprop.app.view.Styles;
import studio.backprop.core.data.Digits;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.FastNetwork;

/**
 * The digits workspace (3Blue1Brown's and Nielsen's handwritten-digit network): a drawing pad classified
 * live with a bar per digit and the layers lighting up; training of the {@code digits} preset on a
 * background thread with its test accuracy and confusion matrix; each first-layer neuron's weights as an
 * image; and one training image's backward pass — what the output layer wants, and a button that opens
 * the pass in the network diagram. The network is trained when the tab is first shown.
 */
public final class DigitsPane extends BorderPane {
    private static final double BARS_W = 330;
    private static final double NUDGES_W = 430;
    private final StudioModel model;
    private final TabPane tabs;
    private final PadDrawing drawing = new PadDrawing();
    private final Canvas pad = canvas("digitsPad", PadDrawing.SIZE, PadDrawing.SIZE);
    private final Canvas preview = canvas("digitsPreview", 96, 96);
    private final Canvas bars = canvas("digitsBars", BARS_W, 170);
    private final Canvas activations = canvas("digitsActivations", BARS_W, 330);
    private final Canvas confusion = canvas("digitsConfusion", 330, 330);
    private final Canvas weights = canvas("digitsWeights", 330, 330);
    private final Canvas example = canvas("digitsExample", 96, 96);
    private final Canvas nudges = canvas("digitsNudges", NUDGES_W, 330);
    private final Label guess = new Label();
    private final Label status = new Label(Messages.get("digits.untrained"));
    private final Label exampleLabel = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button train = new Button(Messages.get("digits.train"));
    private final Button backprop = new Button(Messages.get("digits.backprop"));
    private final Spinner<Integer> sample = new Spinner<>(1, 1, 1);
    /** Numbers the last traced example; a newer request makes an older result stale. */
    private final AtomicInteger exampleRequest = new AtomicInteger();
    private DigitsTraining.Trained trained;
    private FastNetwork network;
    private double[] probabilities;
    private boolean training;

    /**
     * @param model the shared model, into which the backward pass of an example is opened
     * @param tabs  the main window's tabs: the pass tab is selected after opening, and the network is
     *              trained the first time this pane's tab is selected
     */
    public DigitsPane(StudioModel model, TabPane tabs) {
        this.model = model;
        this.tabs = tabs;
        setId("digitsPane");
        initGraphics();
        registerListeners();
        redrawAll();
    }

    private void initGraphics() {
        Button clear = new Button(Messages.get("digits.clear"));
        clear.setId("digitsClear");
        clear.setOnAction(e -> clearPad());
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
                tab("digitsExpansionTab", "digits.expansionTab", new ExpansionPane(new ExpansionModel())));
        inner.setId("digitsInnerTabs");
        HBox row = new HBox(16, left, middle, inner);
        row.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(row);
        scroll.setFitToHeight(true);
        setCenter(scroll);
        setTrainedControls(false);
    }

    private void registerListeners() {
        pad.setOnMousePressed(e -> {
            drawing.begin(e.getX(), e.getY());
            padChanged();
        });
        pad.setOnMouseDragged(e -> {
            drawing.extend(e.getX(), e.getY());
            padChanged();
        });
        train.setOnAction(e -> train());
        backprop.setOnAction(e -> currentExample().ifPresent(this::publish));
        sample.valueProperty().addListener((o, was, is) -> exampleChanged());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is.getContent() == this) ensureTrained();
        });
    }

    // Commands

    /** Trains the network unless it is trained or training already. */
    public void ensureTrained() {
        if (trained == null && !training) train();
    }

    /** Trains the digits preset on a background thread (the same seeds every time), then shows the results. */
    public void train() {
        if (training) return;
        training = true;
        train.setDisable(true);
        progress.setProgress(0);
        status.setText(Messages.get("digits.training"));
        Thread worker = new Thread(() -> {
            try {
                DigitsTraining.Trained result = DigitsTraining.run(fraction -> Platform.runLater(() -> progress.setProgress(fraction)));
                Platform.runLater(() -> trainingDone(result, null));
            } catch (RuntimeException e) {
                Platform.runLater(() -> trainingDone(null, e.getMessage()));
            }
        }, "digits-training");
        worker.setDaemon(true);
        worker.start();
    }

    /** Wipes the pad. */
    public void clearPad() {
        drawing.clear();
        padChanged();
    }

    /** The pad's drawing (its model); call {@link #padChanged()} after changing it directly. */
    public PadDrawing drawing() {
        return drawing;
    }

    /** The network's probabilities for the pad's drawing, or empty before training or with a blank pad. */
    public Optional<double[]> probabilities() {
        return Optional.ofNullable(probabilities).map(double[]::clone);
    }

    /** The result of the last training, or empty before the first has finished. */
    public Optional<DigitsTraining.Trained> trained() {
        return Optional.ofNullable(trained);
    }

    /** Whether a training run is going on. */
    public boolean isTraining() {
        return training;
    }

    /** Classifies the pad's drawing again and redraws the pad, its 8×8 image, the bars and the layers. */
    public void padChanged() {
        double[] image = drawing.image();
        probabilities = network != null && !drawing.isEmpty() ? network.predict(image) : null;
        redrawPad();
        DigitsRenderer.image(preview.getGraphicsContext2D(), image, 0, 0, preview.getWidth());
        String placeholder = Messages.get(network == null ? "digits.noNetwork" : "digits.drawPrompt");
        DigitsRenderer.bars(bars.getGraphicsContext2D(), probabilities, placeholder, bars.getWidth(), bars.getHeight());
        DigitsRenderer.activations(activations.getGraphicsContext2D(),
                network != null && !drawing.isEmpty() ? LayerActivations.of(trained.network(), network, image) : null,
                activations.getWidth(), activations.getHeight());
        if (probabilities == null) {
            guess.setText(placeholder);
        } else {
            int best = ConfusionMatrix.argmax(probabilities);
            guess.setText(Messages.format("digits.guess", best, Math.round(100 * probabilities[best])));
        }
    }

    private void trainingDone(DigitsTraining.Trained result, String failure) {
        training = false;
        train.setDisable(false);
        if (result == null) {
            status.setText(Messages.format("digits.failed", failure == null ? Messages.get("error.unknown") : failure));
            return;
        }
        trained = result;
        network = new FastNetwork(result.network());
        ConfusionMatrix matrix = result.confusion();
        status.setText(Messages.format("digits.accuracy", NumberStyle.digits(4).format(matrix.accuracy()), matrix.correct(),
                matrix.total(), result.millis() / 1000.0, result.result().updates()));
        int count = result.data().train().size();
        sample.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, count,
                Math.min(Math.max(1, sample.getValue()), count)));
        setTrainedControls(true);
        redrawAll();
        exampleChanged();
    }

    private void setTrainedControls(boolean ready) {
        sample.setDisable(!ready);
        backprop.setDisable(!ready);
    }

    /** The document of the picked training image's pass with the trained network, if trained. */
    private Optional<NetworkDocument> currentExample() {
        if (trained == null) return Optional.empty();
        int index = Math.max(0, Math.min(trained.data().train().size() - 1, sample.getValue() - 1));
        return Optional.of(new NetworkDocument(DigitsTraining.PRESET, trained.network(), trained.data(), index));
    }

    /** Opens a document in the shared model and shows the pass tab; the one way this pane changes the document. */
    private void publish(Document document) {
        status.setText(Messages.get("digits.tracing"));
        model.replaceDocumentInBackground(document, Messages.get("digits.undoReason")).thenAccept(result -> {
            if (!result.accepted()) {
                status.setText(result.message());
                return;
            }
            status.setText("");
            tabs.getTabs().stream().filter(t -> "passTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    /** Shows the picked image and traces its pass off the FX thread for the nudges. */
    private void exampleChanged() {
        Optional<NetworkDocument> picked = currentExample();
        if (picked.isEmpty()) return;
        NetworkDocument document = picked.get();
        Sample image = document.data().train().get(document.sample());
        DigitsRenderer.image(example.getGraphicsContext2D(), image.inputs(), 0, 0, example.getWidth());
        int label = Digits.label(image);
        int answer = ConfusionMatrix.argmax(network.predict(image.inputs()));
        exampleLabel.setText(Messages.format("digits.example", label, answer));
        exampleLabel.setTextFill(label == answer ? Palette.VALUE : Palette.CURRENT);
        int request = exampleRequest.incrementAndGet();
        Thread worker = new Thread(() -> {
            Trace trace = Backprop.evaluate(Lowering.lower(document.network(), image).graph());
            OutputNudges wanted = OutputNudges.of(document.network(), trace);
            Platform.runLater(() -> {
                if (request == exampleRequest.get()) {
                    DigitsRenderer.nudges(nudges.getGraphicsContext2D(), wanted, label, nudges.getWidth(), nudges.getHeight());
                }
            });
        }, "digits-example");
        worker.setDaemon(true);
        worker.start();
    }

    private void redrawAll() {
        padChanged();
        DigitsRenderer.confusion(confusion.getGraphicsContext2D(), trained == null ? null : trained.confusion(),
                confusion.getWidth(), confusion.getHeight());
        DigitsRenderer.firstLayerWeights(weights.getGraphicsContext2D(), trained == null ? null : trained.network().weights()[0],
                weights.getWidth(), weights.getHeight());
    }

    private void redrawPad() {
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
        for (List<PadDrawing.Point> stroke : drawing.strokes()) {
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

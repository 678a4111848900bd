package studio.backprop.app.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.Styles;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Loss;

/**
 * The training tab: the preset, data, network and training settings at the left; play, pause, one
 * iteration and reset on top; the decision boundary, the loss curve, the network with its live weights, the
 * gradient sizes per layer and the gradient check in the middle; what happened at the bottom. It only binds
 * to the {@link TrainingModel}; every command and check is the model's.
 */
public final class TrainingView extends BorderPane {
    /** The data sources offered: every generated shape, then the two fixed sets. */
    private static final List<String> SOURCES = Stream.concat(Arrays.stream(Datasets.Shape.values()).map(Datasets.Shape::id),
            Stream.of("xor", "lecture")).toList();
    private static final List<Activation> HIDDEN = List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LINEAR);

    private final TrainingModel model;
    private final TrainingForm form;
    private final LossChart lossChart = new LossChart();
    private final BoundaryView boundary = new BoundaryView();
    private final TrainingDiagram diagram = new TrainingDiagram();
    private final GradientBars bars = new GradientBars();
    private final VBox layerRows = new VBox(4);
    private final List<Spinner<Integer>> layerSizes = new ArrayList<>();
    private final List<ComboBox<Activation>> layerActivations = new ArrayList<>();
    private final ComboBox<Activation> output = activations(List.of(Activation.values()));
    private final ComboBox<Loss> loss = new ComboBox<>(FXCollections.observableArrayList(Loss.values()));
    private final ComboBox<Structure.Init> init = new ComboBox<>(FXCollections.observableArrayList(Structure.Init.values()));
    private final TextField initSeed = new TextField("1");

    public TrainingView(TrainingModel model) {
        this.model = model;
        this.form = model.form();
        setId("trainingView");
        setTop(toolbar());
        setLeft(settings());
        setCenter(workspace());
        setBottom(messages());
        bindViews();
    }

    /** The model this view shows. */
    public TrainingModel model() { return model; }

    /** The loss chart. */
    public LossChart lossChart() { return lossChart; }

    /** The decision-boundary heatmap. */
    public BoundaryView boundaryView() { return boundary; }

    private void bindViews() {
        lossChart.curveProperty().bind(model.lossCurveProperty());
        boundary.planeProperty().bind(model.inspection().planeProperty());
        boundary.dataProperty().bind(model.dataProperty());
        diagram.networkProperty().bind(model.networkProperty());
        bars.sizesProperty().bind(model.gradientSizesProperty());
        diagram.hoveredProperty().addListener((o, was, is) -> model.inspection().hoveredProperty().set(is));
        model.setup().structureProperty().addListener((o, was, is) -> showStructure(is));
        showStructure(model.setup().structureProperty().get());
    }

    // --- top: preset and run controls

    /** The run's controls and read-outs, in a tool bar that wraps rather than hide items behind ">>". */
    private FlowPane toolbar() {
        ComboBox<String> presets = new ComboBox<>(FXCollections.observableArrayList(TrainingSetup.networkPresets()));
        presets.setId("presetChoice");
        presets.setValue(model.setup().nameProperty().get());
        presets.setOnAction(e -> {
            if (presets.getValue() != null && !presets.getValue().equals(model.setup().nameProperty().get())) model.setup().loadPreset(presets.getValue());
        });
        Button play = button("trainPlay", "mdi2p-play", "training.play", model::play);
        Button pause = button("trainPause", "mdi2p-pause", "training.pause", model::pause);
        Button step = button("trainStep", "mdi2s-step-forward", "training.step", model::stepOnce);
        Button reset = button("trainReset", "mdi2r-restore", "training.reset", model::reset);
        Runnable enable = () -> {
            boolean running = model.isRunning();
            play.setDisable(running);
            step.setDisable(running);
            pause.setDisable(!running);
        };
        model.stateProperty().addListener(o -> enable.run());
        enable.run();
        Label state = new Label();
        state.setId("trainState");
        state.getStyleClass().add(Styles.PANE_TITLE);
        state.setMinWidth(80);
        model.stateProperty().addListener((o, was, is) -> state.setText(stateText(is)));
        state.setText(stateText(model.getState()));
        Label iteration = new Label();
        iteration.setId("trainIteration");
        iteration.getStyleClass().add(Styles.MONO);
        Runnable showIteration = () -> iteration.setText(Messages.format("training.iteration",
                String.valueOf(model.getIteration()), String.valueOf(model.totalIterations())));
        model.iterationProperty().addListener(o -> showIteration.run());
        form.lengthProperty().addListener(o -> showIteration.run());
        form.unitProperty().addListener(o -> showIteration.run());
        form.batchSizeProperty().addListener(o -> showIteration.run());
        model.dataProperty().addListener(o -> showIteration.run());
        showIteration.run();
        Label train = lossLabel("trainLoss", "training.trainLoss", Styles.LOSS_TRAIN);
        model.trainLossProperty().addListener((o, was, is) -> train.setText(Messages.format("training.trainLoss", TrainingModel.format(is.doubleValue()))));
        train.setText(Messages.format("training.trainLoss", TrainingModel.format(model.getTrainLoss())));
        Label test = lossLabel("testLoss", "training.testLoss", Styles.LOSS_TEST);
        model.testLossProperty().addListener((o, was, is) -> test.setText(Messages.format("training.testLoss", TrainingModel.format(is.doubleValue()))));
        test.setText(Messages.format("training.testLoss", TrainingModel.format(model.getTestLoss())));
        ComboBox<Integer> pace = new ComboBox<>(FXCollections.observableArrayList(TrainingForm.PACES));
        pace.setId("trainPace");
        pace.setConverter(converter(p -> p == 0 ? Messages.get("training.pace.full") : Messages.format("training.pace.per", String.valueOf(p))));
        pace.setValue(form.paceProperty().get());
        pace.setTooltip(new Tooltip(Messages.get("training.pace")));
        pace.setOnAction(e -> form.setPace(pace.getValue()));
        FlowPane bar = new FlowPane(6, 4, new Label(Messages.get("training.preset")), presets, separator(), play, pause, step, reset,
                pace, separator(), state, iteration, separator(), train, separator(), test);
        bar.setId("trainingToolbar");
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    /** A loss read-out in the colour of its curve, as the theme's stylesheet gives it (readable on its background). */
    private static Label lossLabel(String id, String key, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(Styles.MONO, styleClass);
        return label;
    }

    private static String stateText(TrainingModel.State state) {
        return Messages.get("training.state." + state.name().toLowerCase(Locale.ROOT));
    }

    private static Button button(String id, String icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    // --- left: data, network, settings

    private Node settings() {
        VBox box = new VBox(6, heading("training.section.data"), dataSection(), new Separator(),
                heading("training.section.network"), networkSection(), new Separator(),
                heading("training.section.settings"), trainingSection(), new Separator(),
                heading("training.section.stopping"), new StoppingSection(model.stopping()));
        box.setPadding(new Insets(6, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("trainingSettings");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(312);
        scroll.setMinWidth(260);
        return scroll;
    }

    private Node dataSection() {
        ComboBox<String> source = new ComboBox<>(FXCollections.observableArrayList(SOURCES));
        source.setId("dataSource");
        source.setConverter(converter(id -> Messages.get("training.data." + id)));
        source.setValue("circle");
        source.setMaxWidth(Double.MAX_VALUE);
        TextField count = field("dataCount", "200");
        TextField noise = field("dataNoise", "0");
        TextField seed = field("dataSeed", "7");
        TextField test = field("dataTest", "50");
        source.valueProperty().addListener((o, was, is) -> {
            boolean generated = !is.equals("xor") && !is.equals("lecture");
            for (TextField f : List.of(count, noise, seed, test)) f.setDisable(!generated);
        });
        Button use = new Button(Messages.get("training.data.use"));
        use.setId("useData");
        use.setOnAction(e -> {
            switch (source.getValue()) {
                case "lecture" -> model.setup().useLectureSample();
                case "xor" -> model.setup().useXor();
                default -> model.setup().generate(Datasets.Shape.valueOf(source.getValue().toUpperCase(Locale.ROOT).replace('-', '_')),
                        count.getText(), noise.getText(), seed.getText(), test.getText());
            }
        });
        Button csv = new Button(Messages.get("training.data.csv"));
        csv.setId("importCsv");
        csv.setOnAction(e -> CsvDialog.show(getScene().getWindow(), model.setup()));
        GridPane grid = grid();
        grid.addRow(0, new Label(Messages.get("training.data.source")), source);
        GridPane.setColumnSpan(source, 3);
        grid.addRow(1, new Label(Messages.get("training.data.count")), count, new Label(Messages.get("training.data.noise")), noise);
        grid.addRow(2, new Label(Messages.get("training.data.seed")), seed, new Label(Messages.get("training.data.test")), test);
        HBox buttons = new HBox(6, use, csv);
        return new VBox(4, grid, buttons);
    }

    private Node networkSection() {
        Button add = new Button(Messages.get("training.network.add"), new FontIcon("mdi2p-plus"));
        add.setId("addLayer");
        add.setOnAction(e -> {
            if (layerSizes.size() < Structure.MAX_HIDDEN_LAYERS) addLayerRow(4, Activation.TANH);
        });
        output.setId("outputActivation");
        loss.setId("lossChoice");
        loss.setConverter(converter(l -> Messages.get("training.loss." + l.name().toLowerCase(Locale.ROOT))));
        init.setId("initChoice");
        init.setConverter(converter(i -> Messages.get("training.init." + i.name().toLowerCase(Locale.ROOT))));
        initSeed.setId("initSeed");
        initSeed.setPrefColumnCount(5);
        Button build = new Button(Messages.get("training.network.build"));
        build.setId("buildNetwork");
        build.setDefaultButton(false);
        build.setOnAction(e -> build());
        GridPane grid = grid();
        grid.addRow(0, new Label(Messages.get("training.network.output")), output);
        grid.addRow(1, new Label(Messages.get("training.network.loss")), loss);
        grid.addRow(2, new Label(Messages.get("training.network.init")), init);
        grid.addRow(3, new Label(Messages.get("training.network.initSeed")), initSeed);
        return new VBox(4, layerRows, add, grid, build);
    }

    private void build() {
        List<Integer> sizes = new ArrayList<>();
        List<Activation> acts = new ArrayList<>();
        for (int i = 0; i < layerSizes.size(); i++) {
            sizes.add(layerSizes.get(i).getValue());
            acts.add(layerActivations.get(i).getValue());
        }
        model.setup().buildNetwork(sizes, acts, output.getValue(), loss.getValue(), init.getValue(), initSeed.getText());
    }

    private void showStructure(Structure structure) {
        layerRows.getChildren().clear();
        layerSizes.clear();
        layerActivations.clear();
        for (int l = 0; l < structure.hidden().size(); l++) addLayerRow(structure.hidden().get(l), structure.hiddenActivations().get(l));
        output.setValue(structure.output());
        loss.setValue(structure.loss());
        init.setValue(structure.init());
        initSeed.setText(String.valueOf(structure.seed()));
    }

    private void addLayerRow(int size, Activation activation) {
        Spinner<Integer> neurons = new Spinner<>(1, Structure.MAX_NEURONS, size);
        neurons.setEditable(false);
        neurons.setPrefWidth(62);
        neurons.setMinWidth(62);
        ComboBox<Activation> act = activations(HIDDEN);
        act.setValue(activation);
        act.setMinWidth(Region.USE_PREF_SIZE);
        int index = layerSizes.size();
        neurons.setId("layerSize" + index);
        act.setId("layerActivation" + index);
        Label name = new Label(Messages.format("training.network.layer", index + 1));
        name.setMinWidth(Region.USE_PREF_SIZE);
        Button remove = new Button(null, new FontIcon("mdi2m-minus"));
        remove.setId("removeLayer" + index);
        remove.setTooltip(new Tooltip(Messages.get("training.network.remove")));
        HBox row = new HBox(4, name, neurons, act, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        remove.setOnAction(e -> {
            int at = layerRows.getChildren().indexOf(row);
            layerRows.getChildren().remove(at);
            layerSizes.remove(at);
            layerActivations.remove(at);
            for (int i = 0; i < layerRows.getChildren().size(); i++) {
                ((Label) ((HBox) layerRows.getChildren().get(i)).getChildren().get(0)).setText(Messages.format("training.network.layer", i + 1));
            }
        });
        layerSizes.add(neurons);
        layerActivations.add(act);
        layerRows.getChildren().add(row);
    }

    private Node trainingSection() {
        GridPane grid = grid();
        grid.addRow(0, shortLabel("training.short.learningRate", "training.learningRate"),
                new NumberField("learningRate", form.learningRateProperty(), () -> TrainingModel.format(form.learningRateProperty().get()), form::setLearningRate),
                shortLabel("training.short.batchSize", "training.batchSize.hint"),
                new NumberField("batchSize", form.batchSizeProperty(), () -> String.valueOf(form.batchSizeProperty().get()), form::setBatchSize));
        grid.addRow(1, shortLabel("training.short.momentum", "training.momentum"),
                new NumberField("momentum", form.momentumProperty(), () -> TrainingModel.format(form.momentumProperty().get()), form::setMomentum),
                shortLabel("training.short.dropout", "training.dropout"),
                new NumberField("dropout", form.dropoutProperty(), () -> TrainingModel.format(form.dropoutProperty().get()), form::setDropout));
        grid.addRow(2, shortLabel("training.short.l2", "training.l2"),
                new NumberField("l2", form.l2Property(), () -> TrainingModel.format(form.l2Property().get()), form::setL2),
                shortLabel("training.short.l1", "training.l1"),
                new NumberField("l1", form.l1Property(), () -> TrainingModel.format(form.l1Property().get()), form::setL1));
        CheckBox shuffle = new CheckBox(Messages.get("training.shuffle"));
        shuffle.setId("shuffle");
        shuffle.setSelected(form.shuffleProperty().get());
        form.shuffleProperty().addListener((o, was, is) -> shuffle.setSelected(is));
        shuffle.selectedProperty().addListener((o, was, is) -> form.setShuffle(is));
        grid.addRow(3, shortLabel("training.short.seed", "training.seed"),
                new NumberField("trainSeed", form.seedProperty(), () -> String.valueOf(form.seedProperty().get()), form::setSeed));
        grid.add(shuffle, 2, 3, 2, 1);
        NumberField length = new NumberField("trainLength", form.lengthProperty(), () -> String.valueOf(form.lengthProperty().get()), form::setLength);
        length.setPrefColumnCount(7);
        ComboBox<TrainingForm.Unit> unit = new ComboBox<>(FXCollections.observableArrayList(TrainingForm.Unit.values()));
        unit.setId("trainUnit");
        unit.setConverter(converter(u -> Messages.get("training.unit." + u.name().toLowerCase(Locale.ROOT))));
        unit.setValue(form.unitProperty().get());
        form.unitProperty().addListener((o, was, is) -> unit.setValue(is));
        unit.setOnAction(e -> form.setUnit(unit.getValue()));
        HBox lengthRow = new HBox(4, length, unit);
        grid.add(new Label(Messages.get("training.length")), 0, 4);
        grid.add(lengthRow, 1, 4, 3, 1);
        NumberField target = new NumberField("targetLoss", form.targetLossProperty(), () -> TrainingModel.format(form.targetLossProperty().get()), form::setTargetLoss);
        grid.add(shortLabel("training.targetLoss", "training.targetLoss.hint"), 0, 5, 2, 1);
        grid.add(target, 2, 5, 2, 1);
        return grid;
    }

    /** A short label whose tooltip says the full name or a hint. */
    static Label shortLabel(String key, String tooltipKey) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        return label;
    }

    // --- centre: the live views

    private Node workspace() {
        Label boundaryTitle = new Label();
        boundaryTitle.setId("boundaryTitle");
        boundaryTitle.getStyleClass().add(Styles.PANE_TITLE);
        Runnable title = () -> {
            Plane plane = model.inspection().getPlane();
            Neuron shown = plane == null ? null : plane.neuron();
            boolean output = shown == null || model.getNetwork() == null || shown.layer() == model.getNetwork().layerCount() - 1;
            boundaryTitle.setText(output ? Messages.get("training.boundary.title")
                    : Messages.format("training.boundary.neuron", shown.index() + 1, shown.layer()));
        };
        model.inspection().planeProperty().addListener(o -> title.run());
        title.run();
        CheckBox log = new CheckBox(Messages.get("training.chart.log"));
        log.setId("logScale");
        log.selectedProperty().bindBidirectional(lossChart.logScaleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox chartHeader = new HBox(6, heading("training.chart.title"), spacer, log);
        chartHeader.setAlignment(Pos.CENTER_LEFT);
        VBox gradients = new VBox(4, heading("training.gradients.title"), bars, heading("training.check.title"),
                new GradientCheckPane(model.inspection()));
        VBox.setVgrow(gradients.getChildren().get(3), Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(45);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(55);
        grid.getColumnConstraints().addAll(left, right);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(55);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(45);
        grid.getRowConstraints().addAll(top, bottom);
        grid.add(titled(boundaryTitle, boundary), 0, 0);
        grid.add(titled(chartHeader, lossChart), 1, 0);
        grid.add(titled(heading("training.diagram.title"), diagram), 0, 1);
        grid.add(gradients, 1, 1);
        return grid;
    }

    private Node messages() {
        Label message = new Label();
        message.setId("trainMessage");
        message.textProperty().bind(model.messageProperty());
        Label problem = new Label();
        problem.setId("trainProblem");
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.textProperty().bind(model.problemProperty());
        Label symmetry = new Label();
        symmetry.setId("trainSymmetry");
        symmetry.setStyle("-fx-text-fill: #9a6700;");
        symmetry.textProperty().bind(model.symmetryProperty());
        VBox box = new VBox(2, message, problem, symmetry);
        for (Node node : box.getChildren()) {
            Label label = (Label) node;
            label.setWrapText(true);
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
        }
        box.setPadding(new Insets(2, 8, 4, 8));
        return box;
    }

    // --- helpers

    private static VBox titled(Node header, Region content) {
        VBox box = new VBox(2, header, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.setMinSize(0, 0);
        content.setMinSize(0, 0);
        return box;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(Styles.PANE_TITLE);
        label.setWrapText(true); // a long heading takes two lines rather than lose its end
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints secondLabels = new ColumnConstraints(); // the labels of a second pair never shrink to "…"
        secondLabels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints(), secondLabels);
        return grid;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(4);
        return field;
    }

    private static ComboBox<Activation> activations(List<Activation> choices) {
        ComboBox<Activation> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setConverter(converter(Activation::id));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Activation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.id());
            }
        });
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked from the list, not typed");
            }
        };
    }
}

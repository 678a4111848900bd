package studio.backprop.app.universal;

import java.math.BigDecimal;
import java.math.MathContext;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import studio.backprop.app.support.Messages;
import studio.backprop.app.training.TrainingModel;
import studio.backprop.app.view.Styles;
import studio.backprop.core.nn.TargetCurve;

/**
 * The visual-proof workspace (Nielsen, ch. 4): pick or draw a target, drag steps and bump heights, set the
 * steepness, fit N bumps, train from there, and open the network in the Pass tab. Binds to a
 * {@link UniversalModel} and draws; it computes nothing.
 */
public final class UniversalView extends BorderPane {
    private final UniversalModel model;
    private final TabPane tabs;
    private final Slider steepness = new Slider(Math.log10(UniversalModel.MIN_STEEPNESS), Math.log10(UniversalModel.MAX_STEEPNESS), 2);
    private final Label steepnessValue = new Label();
    private final Spinner<Integer> bumps = new Spinner<>(1, 50, 5);
    private final Button train = new Button(Messages.get("universal.train"));
    private final Button stop = new Button(Messages.get("universal.stop"));
    private final Label error = new Label();
    private final Label message = new Label();
    private final BumpChart chart;
    private boolean syncing;

    /**
     * @param model the workspace's model
     * @param tabs  the window's tabs, to show the Pass tab after "Show in Pass"; may be null
     */
    public UniversalView(UniversalModel model, TabPane tabs) {
        this.model = model;
        this.tabs = tabs;
        this.chart = new BumpChart(model);
        setId("universalView");
        initGraphics();
        registerListeners();
        showSteepness(model.steepnessProperty().get());
        showError();
    }

    private void initGraphics() {
        HBox targets = new HBox(6, new Label(Messages.get("universal.target")));
        for (TargetCurve.Shape shape : TargetCurve.Shape.values()) {
            Button pick = new Button(Messages.name("universal.shape.", shape));
            pick.setId("universalTarget-" + shape.id());
            pick.setOnAction(e -> model.pickTarget(shape));
            targets.getChildren().add(pick);
        }
        targets.getChildren().add(new Label(Messages.get("universal.drawHint")));
        targets.setAlignment(Pos.CENTER_LEFT);

        steepness.setId("universalSteepness");
        steepness.setPrefWidth(220);
        steepnessValue.setId("universalSteepnessValue");
        steepnessValue.setMinWidth(60);
        HBox steep = new HBox(6, new Label(Messages.get("universal.steepness")), new Label(Messages.get("universal.smooth")),
                steepness, new Label(Messages.get("universal.sharp")), steepnessValue);
        steep.setAlignment(Pos.CENTER_LEFT);

        bumps.setId("universalBumps");
        bumps.setEditable(true);
        bumps.setPrefWidth(72);
        Button fit = new Button(Messages.get("universal.fit"));
        fit.setId("universalFit");
        fit.setOnAction(e -> model.fit(bumps.getValue()));
        train.setId("universalTrain");
        train.setOnAction(e -> model.train());
        stop.setId("universalStop");
        stop.setOnAction(e -> model.cancel());
        Button pass = new Button(Messages.get("universal.showInPass"));
        pass.setId("universalShowInPass");
        pass.setOnAction(e -> model.showInPass().thenAccept(result -> {
            if (!result.accepted() || tabs == null) return;
            tabs.getTabs().stream().filter(t -> "passTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }));
        HBox actions = new HBox(6, new Label(Messages.get("universal.fitWith")), bumps, fit, train, stop, pass);
        actions.setAlignment(Pos.CENTER_LEFT);

        FlowPane controls = new FlowPane(18, 6, targets, steep, actions);
        controls.setPadding(new Insets(6, 8, 6, 8));
        Label help = new Label(Messages.get("universal.help"));
        help.setWrapText(true);
        VBox top = new VBox(2, controls, help);
        VBox.setMargin(help, new Insets(0, 8, 4, 8));
        setTop(top);

        SplitPane centre = new SplitPane(chart, new ProofDiagram(model));
        centre.setOrientation(Orientation.HORIZONTAL);
        centre.setDividerPositions(0.6);
        setCenter(centre);

        error.setId("universalError");
        error.getStyleClass().add(Styles.PANE_TITLE);
        message.setId("universalMessage");
        message.setWrapText(true);
        HBox status = new HBox(16, error, message);
        status.setPadding(new Insets(4, 8, 4, 8));
        status.setAlignment(Pos.CENTER_LEFT);
        setBottom(status);
    }

    /** The workspace's model. */
    public UniversalModel model() {
        return model;
    }

    private void registerListeners() {
        steepness.valueProperty().addListener((o, was, is) -> {
            if (syncing) return;
            double w = Math.pow(10, is.doubleValue());
            model.setSteepness(roundSteepness(w));
        });
        model.steepnessProperty().addListener((o, was, is) -> showSteepness(is.doubleValue()));
        model.errorProperty().addListener(o -> showError());
        model.iterationsProperty().addListener(o -> showError());
        model.messageProperty().addListener((o, was, is) -> message.setText(is));
        train.disableProperty().bind(model.trainingProperty());
        stop.disableProperty().bind(model.trainingProperty().not());
    }

    /** The slider's w rounded to two significant digits, so that the diagram shows round numbers. */
    static double roundSteepness(double w) {
        double rounded = new BigDecimal(w).round(new MathContext(2)).doubleValue();
        return Math.max(UniversalModel.MIN_STEEPNESS, Math.min(UniversalModel.MAX_STEEPNESS, rounded));
    }

    private void showSteepness(double w) {
        syncing = true;
        try {
            if (w > 0) steepness.setValue(Math.log10(w));
        } finally {
            syncing = false;
        }
        steepnessValue.setText("w = " + TrainingModel.format(w));
    }

    private void showError() {
        error.setText(Messages.format("universal.error", TrainingModel.format(model.getError()), model.pairs(),
                model.iterationsProperty().get()));
    }
}

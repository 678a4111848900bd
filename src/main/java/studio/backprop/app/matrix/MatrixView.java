package studio.backprop.app.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.NetworkView;
import studio.backprop.app.view.Styles;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.matrix.Matrix;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.Notation;
import studio.backprop.rendering.TexImages;

/**
 * The Matrix tab's view: binds to a {@link MatrixModel} and draws its steps as matrix equations (Nielsen,
 * Welch Labs, the lecture's names), matrices drawn as grids of numbers between typeset LaTeX. Choosing a
 * step in the list asks the model to show it (which moves the shared cursor); clicking an entry asks it to
 * select that weight or neuron, and the selected node's entries are highlighted here.
 */
public final class MatrixView extends BorderPane {
    /** Node ids, for tests. */
    public static final String STEPS_ID = "matrixSteps";
    public static final String NOTATION_ID = "matrixNotation";
    public static final String BATCH_ID = "matrixBatch";
    public static final String L2_ID = "matrixL2";
    public static final String EQUATION_ID = "matrixEquation";
    public static final String LABEL_ID = "matrixLabel";
    public static final String MESSAGE_ID = "matrixMessage";
    public static final String BACK_ID = "matrixBack";
    public static final String FORWARD_ID = "matrixForward";
    /** The network diagram under the equation, where a clicked entry's weight or neuron lights up. */
    public static final String NETWORK_ID = "matrixNetworkView";
    /** CSS classes. */
    public static final String ENTRY = "matrix-entry";
    public static final String SELECTED_ENTRY = "matrix-entry-selected";
    public static final String CURRENT_ROW = "matrix-current-row";
    public static final String GRID = "matrix-grid";
    public static final String BRACKET = "matrix-bracket";
    public static final String BRACKET_LEFT = "matrix-bracket-left";
    public static final String BRACKET_RIGHT = "matrix-bracket-right";
    /** With "every sample a row" on, at most this many samples are shown. */
    public static final int MAX_BATCH = MatrixModel.MAX_BATCH;
    /** Rows or columns beyond this many are elided in the middle. */
    public static final int MAX_SIZE = 12;
    private static final float TEX_SIZE = 17f;
    private static final String STYLESHEET = "/studio/backprop/app/matrix/matrix.css";

    private final MatrixModel model;
    private final ChoiceBox<Notation> notation = new ChoiceBox<>();
    private final CheckBox batch = new CheckBox(Messages.get("matrix.batch"));
    private final TextField l2 = new TextField("0");
    private final ListView<MatrixStep> stepList = new ListView<>();
    private final Label label = new Label();
    private final Label message = new Label();
    private final FlowPane equation = new FlowPane();
    private final ScalingTable scaling = new ScalingTable();
    private final Map<String, List<Label>> entries = new HashMap<>();
    private boolean syncing;

    /** The view of {@code model}. */
    public MatrixView(MatrixModel model) {
        this.model = model;
        getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        initControls();
        bind();
    }

    /** The view of a new model of {@code studio}'s document. */
    public MatrixView(StudioModel studio) {
        this(new MatrixModel(studio));
    }

    /** The workspace's model. */
    public MatrixModel model() {
        return model;
    }

    /** The matrix steps shown (empty for an expression). */
    public List<MatrixStep> steps() {
        return model.getSteps();
    }

    /** The index of the matrix step shown, or −1. */
    public int shownStep() {
        return model.getShown();
    }

    /** Chooses a notation (as the choice box does). */
    public void setNotation(Notation value) {
        model.notationProperty().set(value);
    }

    private void initControls() {
        notation.getItems().setAll(Notation.WELCH, Notation.NIELSEN, Notation.LECTURE);
        notation.setId(NOTATION_ID);
        notation.setConverter(Messages.names("matrix.notation."));
        batch.setId(BATCH_ID);
        l2.setId(L2_ID);
        l2.setPrefColumnCount(6);
        l2.setPromptText("0");
        Button back = new Button(Messages.get("matrix.back"));
        back.setId(BACK_ID);
        back.setOnAction(e -> model.move(-1));
        Button forward = new Button(Messages.get("matrix.forward"));
        forward.setId(FORWARD_ID);
        forward.setOnAction(e -> model.move(1));
        // a row that wraps rather than cut its labels short on a narrow window or in a longer language
        FlowPane bar = new FlowPane(8, 6, new Label(Messages.get("matrix.notation")), notation, batch,
                new Label(Messages.get("matrix.l2")), l2, back, forward);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);

        stepList.setId(STEPS_ID);
        stepList.setPrefWidth(260);
        stepList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MatrixStep step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty || step == null ? null : (step.index() + 1) + "  " + step.label());
            }
        });
        setLeft(stepList);

        label.setId(LABEL_ID);
        label.getStyleClass().add("matrix-label");
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        equation.setId(EQUATION_ID);
        equation.setHgap(4);
        equation.setVgap(8);
        equation.setAlignment(Pos.CENTER_LEFT);
        equation.setRowValignment(VPos.CENTER);
        VBox body = new VBox(10, label, message, scaling, equation);
        body.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        equation.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(40));
        NetworkView network = new NetworkView(model.studio());
        network.setId(NETWORK_ID);
        // ids are unique per scene: this second diagram's in-place editor must not answer the Pass tab's look-ups
        for (String id : List.of(Styles.EDIT_POPUP_ID, Styles.EDIT_FIELD_ID, Styles.EDIT_MESSAGE_ID)) {
            Node part = network.lookup("#" + id);
            if (part != null) part.setId("matrix-" + id);
        }
        SplitPane center = new SplitPane(scroll, network);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.58);
        setCenter(center);
    }

    private void bind() {
        notation.valueProperty().bindBidirectional(model.notationProperty());
        batch.selectedProperty().bindBidirectional(model.batchProperty());
        batch.disableProperty().bind(model.batchAvailableProperty().not());
        message.textProperty().bind(model.messageProperty());
        l2.setOnAction(e -> model.setL2(l2.getText()));
        l2.focusedProperty().addListener((o, was, is) -> {
            if (!is) model.setL2(l2.getText());
        });
        model.networkProperty().addListener(o -> scaling.show(model.networkProperty().get()));
        scaling.show(model.networkProperty().get());
        model.stepsProperty().addListener(o -> {
            syncing = true;
            stepList.getItems().setAll(model.getSteps());
            syncing = false;
            showShown();
        });
        model.shownProperty().addListener(o -> showShown());
        model.studio().selectionProperty().addListener((o, was, is) -> highlightSelection());
        stepList.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (!syncing && is.intValue() >= 0) model.show(is.intValue());
        });
        stepList.getItems().setAll(model.getSteps());
        showShown();
    }

    /** Selects and draws the step the model shows. */
    private void showShown() {
        int index = model.getShown();
        if (index >= 0 && index < stepList.getItems().size()) {
            syncing = true;
            stepList.getSelectionModel().select(index);
            stepList.scrollTo(index);
            syncing = false;
        }
        show(index);
    }

    private void show(int index) {
        equation.getChildren().clear();
        entries.clear();
        List<MatrixStep> steps = model.getSteps();
        if (index < 0 || index >= steps.size()) {
            label.setText("");
            return;
        }
        MatrixStep step = steps.get(index);
        label.setText(step.label());
        for (MatrixStep.Piece piece : step.equation()) {
            if (piece instanceof MatrixStep.Tex tex) equation.getChildren().add(tex(tex.latex()));
            else equation.getChildren().add(grid((MatrixStep.Grid) piece));
        }
        highlightSelection();
    }

    private Node tex(String latex) {
        // empty groups around the piece keep a leading or trailing operator binary (spaced) when typeset alone
        String source = latex.startsWith("^") ? "{}" + latex : "{}" + latex + "{}";
        try {
            return new ImageView(SwingFXUtils.toFXImage(TexImages.render(source, TEX_SIZE), null));
        } catch (RuntimeException e) {
            return new Label(latex);
        }
    }

    /** A matrix as a grid of labels between brackets; large matrices elided in the middle. */
    private Node grid(MatrixStep.Grid grid) {
        Matrix m = grid.matrix();
        GridPane pane = new GridPane();
        pane.getStyleClass().add(GRID);
        pane.setHgap(10);
        pane.setVgap(2);
        int[] rows = Matrix.shown(m.rows(), MAX_SIZE);
        int[] cols = Matrix.shown(m.cols(), MAX_SIZE);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols.length; c++) {
                int i = rows[r];
                int j = cols[c];
                Label cell;
                if (i < 0 || j < 0) {
                    cell = new Label(i < 0 && j < 0 ? "⋱" : i < 0 ? "⋮" : "⋯");
                } else {
                    cell = new Label(NumberStyle.LECTURE.format(m.get(i, j)));
                    cell.getStyleClass().add(ENTRY);
                    String name = grid.name(i, j);
                    if (m.rows() > 1 && i == model.currentRow()) cell.getStyleClass().add(CURRENT_ROW);
                    if (!name.isEmpty()) {
                        cell.setUserData(name);
                        cell.setOnMouseClicked(e -> model.toggleSelection(name));
                        entries.computeIfAbsent(name, n -> new ArrayList<>()).add(cell);
                    }
                }
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setAlignment(Pos.CENTER_RIGHT);
                pane.add(cell, c, r);
            }
        }
        Region left = new Region();
        left.getStyleClass().addAll(BRACKET, BRACKET_LEFT);
        Region right = new Region();
        right.getStyleClass().addAll(BRACKET, BRACKET_RIGHT);
        HBox bracketed = new HBox(left, pane, right);
        bracketed.setMaxHeight(Region.USE_PREF_SIZE);
        bracketed.setFillHeight(true);
        return bracketed;
    }

    private void highlightSelection() {
        String selected = model.studio().getSelection();
        for (Map.Entry<String, List<Label>> e : entries.entrySet()) {
            boolean on = e.getKey().equals(selected);
            for (Label cell : e.getValue()) {
                if (on && !cell.getStyleClass().contains(SELECTED_ENTRY)) cell.getStyleClass().add(SELECTED_ENTRY);
                if (!on) cell.getStyleClass().remove(SELECTED_ENTRY);
            }
        }
    }
}

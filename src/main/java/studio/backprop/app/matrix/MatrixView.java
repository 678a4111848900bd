package studio.backprop.app.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
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
import javafx.util.StringConverter;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.NetworkView;
import studio.backprop.app.view.Styles;
import studio.backprop.app.view.TexImages;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.matrix.Matrix;
import studio.backprop.core.matrix.MatrixPass;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.MatrixSteps;
import studio.backprop.core.matrix.Notation;
import studio.backprop.core.nn.Sample;

/**
 * The Matrix tab: the current network's pass as matrix equations (Nielsen, Welch Labs, the lecture's names),
 * matrices drawn as grids of numbers between typeset LaTeX. It shares the model's cursor with the scalar
 * views: choosing a matrix step moves the cursor to the last scalar step it covers, and moving the cursor
 * highlights the matrix step that covers it. Clicking an entry selects its weight or neuron in the model,
 * and the selected node's entries are highlighted here.
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
    public static final int MAX_BATCH = 10;
    /** Rows or columns beyond this many are elided in the middle. */
    public static final int MAX_SIZE = 12;
    private static final float TEX_SIZE = 17f;
    private static final String STYLESHEET = "/studio/backprop/app/matrix/matrix.css";

    private final StudioModel model;
    private final ChoiceBox<Notation> notation = new ChoiceBox<>();
    private final CheckBox batch = new CheckBox(Messages.get("matrix.batch"));
    private final TextField l2 = new TextField("0");
    private final ListView<MatrixStep> stepList = new ListView<>();
    private final Label label = new Label();
    private final Label message = new Label();
    private final FlowPane equation = new FlowPane();
    private final ScalingTable scaling = new ScalingTable();
    private final Map<String, List<Label>> entries = new HashMap<>();
    private List<MatrixStep> steps = List.of();
    private double lambda;
    private int currentRow = -1;
    private boolean syncing;
    private final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(this, "active", true);
    private boolean stale;

    /** A view of {@code model}'s document; it listens to the document, the cursor and the selection. */
    public MatrixView(StudioModel model) {
        this(model, true);
    }

    /**
     * As {@link #MatrixView(StudioModel)}, starting hidden when {@code active} is false (a tab not yet shown):
     * nothing is typeset until it is shown, which keeps JLaTeXMath's start-up cost off the window's.
     */
    public MatrixView(StudioModel model, boolean active) {
        this.model = model;
        this.active.set(active);
        getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        initControls();
        registerListeners();
        recompute();
    }

    /**
     * Whether the view is on screen; while it is not, it does no work and catches up when it becomes active
     * (the application binds it to the tab's selection).
     */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    /** The matrix steps shown (empty for an expression). */
    public List<MatrixStep> steps() {
        return steps;
    }

    /** The index of the matrix step shown, or −1. */
    public int shownStep() {
        return stepList.getSelectionModel().getSelectedIndex();
    }

    /** Chooses a notation (as the choice box does). */
    public void setNotation(Notation value) {
        notation.setValue(value);
    }

    private void initControls() {
        notation.getItems().setAll(Notation.WELCH, Notation.NIELSEN, Notation.LECTURE);
        notation.setValue(Notation.WELCH);
        notation.setId(NOTATION_ID);
        notation.setConverter(new StringConverter<>() {
            @Override
            public String toString(Notation n) {
                return n == null ? "" : Messages.get("matrix.notation." + n.id());
            }

            @Override
            public Notation fromString(String s) {
                return null;
            }
        });
        batch.setId(BATCH_ID);
        batch.setSelected(true);
        l2.setId(L2_ID);
        l2.setPrefColumnCount(6);
        l2.setPromptText("0");
        Button back = new Button(Messages.get("matrix.back"));
        back.setId(BACK_ID);
        back.setOnAction(e -> move(-1));
        Button forward = new Button(Messages.get("matrix.forward"));
        forward.setId(FORWARD_ID);
        forward.setOnAction(e -> move(1));
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
        equation.setRowValignment(javafx.geometry.VPos.CENTER);
        VBox body = new VBox(10, label, message, scaling, equation);
        body.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        equation.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(40));
        NetworkView network = new NetworkView(model);
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

    private void registerListeners() {
        active.addListener((o, was, is) -> {
            if (is && stale) recompute();
        });
        model.documentProperty().addListener((o, was, is) -> recompute());
        notation.valueProperty().addListener((o, was, is) -> recompute());
        batch.selectedProperty().addListener((o, was, is) -> recompute());
        l2.setOnAction(e -> readLambda());
        l2.focusedProperty().addListener((o, was, is) -> {
            if (!is) readLambda();
        });
        model.cursorProperty().addListener((o, was, is) -> followCursor());
        model.selectionProperty().addListener((o, was, is) -> highlightSelection());
        stepList.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            show(is.intValue());
            if (!syncing && is.intValue() >= 0) {
                int last = steps.get(is.intValue()).lastCovered();
                if (last >= 0 && last != model.getCursor()) {
                    syncing = true;
                    model.jumpTo(last);
                    syncing = false;
                }
            }
        });
    }

    private void readLambda() {
        String text = l2.getText().trim();
        try {
            double value = text.isEmpty() ? 0 : Double.parseDouble(text);
            if (!(value >= 0) || !Double.isFinite(value)) throw new NumberFormatException();
            if (value != lambda) {
                lambda = value;
                recompute();
            }
        } catch (NumberFormatException e) {
            message.setText(Messages.format("matrix.badL2", text));
        }
    }

    /** One step back or forward through the matrix steps, moving the shared cursor. */
    private void move(int delta) {
        int next = Math.max(0, Math.min(steps.size() - 1, shownStep() + delta));
        if (!steps.isEmpty()) stepList.getSelectionModel().select(next);
    }

    private void recompute() {
        stale = !active.get();
        if (stale) return;
        message.setText("");
        Document document = model.getDocument();
        if (!(document instanceof NetworkDocument network)) {
            scaling.show(null);
            steps = List.of();
            stepList.getItems().clear();
            show(-1);
            message.setText(Messages.get("matrix.noNetwork"));
            return;
        }
        scaling.show(network);
        List<Sample> train = network.data().train();
        boolean all = batch.isSelected() && train.size() <= MAX_BATCH;
        batch.setDisable(train.size() > MAX_BATCH || train.size() < 2);
        List<Sample> rows = all ? train : List.of(train.get(network.sample()));
        currentRow = all ? network.sample() : -1;
        try {
            MatrixPass pass = MatrixPass.compute(network.network(), rows, MatrixPass.Reduction.SUM, lambda);
            steps = MatrixSteps.of(pass, notation.getValue());
        } catch (RuntimeException e) {
            steps = List.of();
            stepList.getItems().clear();
            show(-1);
            message.setText(Messages.format("matrix.failed", e.getMessage()));
            return;
        }
        syncing = true;
        stepList.getItems().setAll(steps);
        syncing = false;
        followCursor();
        if (train.size() > MAX_BATCH && batch.isSelected()) message.setText(Messages.format("matrix.oneRow", MAX_BATCH));
    }

    /** Shows the matrix step that covers the cursor (the first one before anything is computed). */
    private void followCursor() {
        if (!active.get()) {
            stale = true;
            return;
        }
        if (steps.isEmpty()) return;
        int k = MatrixSteps.containing(steps, model.getCursor());
        syncing = true;
        stepList.getSelectionModel().select(Math.max(0, k));
        stepList.scrollTo(Math.max(0, k));
        syncing = false;
        show(Math.max(0, k));
    }

    private void show(int index) {
        equation.getChildren().clear();
        entries.clear();
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
                    if (m.rows() > 1 && i == currentRow) cell.getStyleClass().add(CURRENT_ROW);
                    if (!name.isEmpty()) {
                        cell.setUserData(name);
                        cell.setOnMouseClicked(e -> model.select(name.equals(model.getSelection()) ? null : name));
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
        if (!active.get()) {
            stale = true;
            return;
        }
        String selected = model.getSelection();
        for (Map.Entry<String, List<Label>> e : entries.entrySet()) {
            boolean on = e.getKey().equals(selected);
            for (Label cell : e.getValue()) {
                if (on && !cell.getStyleClass().contains(SELECTED_ENTRY)) cell.getStyleClass().add(SELECTED_ENTRY);
                if (!on) cell.getStyleClass().remove(SELECTED_ENTRY);
            }
        }
    }
}

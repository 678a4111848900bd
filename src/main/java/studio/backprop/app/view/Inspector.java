package studio.backprop.app.view;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.Gates;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.diagram.DiagramState;

/**
 * Every quantity of the selected node: its value, its gradient, its local gradient with respect to each
 * input, for a parameter its update; and, for a given number, a field to edit it. Quantities not yet
 * computed at the cursor show "?".
 */
public final class Inspector extends VBox {
    private final StudioModel model;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();
    private final TextField edit = new TextField();
    private final Label message = new Label();

    /** Opens the selected neuron expanded into its gates. */
    private final Button expand = new Button(Messages.get("gates.expand"));

    public Inspector(StudioModel model) {
        this.model = model;
        initGraphics();
        registerListeners();
        update();
    }

    private void initGraphics() {
        setId(Styles.INSPECTOR_ID);
        getStyleClass().add(Styles.INSPECTOR);
        title.getStyleClass().add(Styles.PANE_TITLE);
        title.setWrapText(true); // the hint "click a neuron…" is longer than the pane is wide, in every language
        grid.setHgap(8);
        grid.setVgap(3);
        edit.setId(Styles.INSPECTOR_EDIT_ID);
        edit.setPromptText(Messages.get("inspector.editPrompt"));
        message.setId(Styles.INSPECTOR_MESSAGE_ID);
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE); // the whole refusal, not "… (the old value …"
        setSpacing(6);
        setPadding(new Insets(6));
        expand.setId("expandGates");
        expand.setOnAction(e -> {
            Trace trace = model.getTrace();
            trace.graph().find(model.getSelection()).flatMap(node -> Gates.expand(trace, node.id()))
                    .ifPresent(gates -> GateDialog.show(getScene() == null ? null : getScene().getWindow(), gates,
                            model.getSelection()));
        });
        getChildren().addAll(title, grid, edit, expand, message);
    }

    private void registerListeners() {
        model.selectionProperty().addListener(o -> {
            message.setText("");
            update();
        });
        model.cursorProperty().addListener(o -> update());
        model.traceProperty().addListener(o -> update());
        edit.setOnAction(e -> commit());
    }

    private void commit() {
        String name = model.getSelection();
        if (name == null) return;
        EditResult result = model.edit(name, edit.getText());
        message.setText(result.accepted() ? "" : result.message());
        update();
    }

    private void update() {
        grid.getChildren().clear();
        String name = model.getSelection();
        boolean editable = model.isEditable(name);
        edit.setVisible(editable);
        edit.setManaged(editable);
        if (editable) edit.setText(NumberStyle.LECTURE.format(model.editableValue(name).getAsDouble()));
        boolean neuron = name != null && model.getTrace().graph().find(name)
                .flatMap(node -> Gates.expand(model.getTrace(), node.id())).isPresent();
        expand.setVisible(neuron);
        expand.setManaged(neuron);
        if (name == null) {
            title.setText(Messages.get("inspector.nothing"));
            return;
        }
        title.setText(Messages.format("inspector.title", name));
        Trace trace = model.getTrace();
        Optional<Node> found = trace.graph().find(name);
        if (found.isEmpty()) return;
        Node node = found.get();
        DiagramState state = DiagramState.of(trace, model.getReveal(), model.getCursor(), name, 1);
        int row = 0;
        row = add(row, Messages.get("inspector.kind"), node.isLeaf() ? Messages.get("inspector.kind." + node.kind().name().toLowerCase())
                : node.op().displayName() + " (" + node.op().symbol() + ")");
        row = add(row, Messages.get("inspector.value"), state.value(node.id()));
        String outputName = trace.graph().outputNode().name();
        if (trace.reachesOutput(node.id())) {
            row = add(row, Messages.format("inspector.gradient", outputName, name), state.gradient(node.id()));
        }
        for (int k = 0; k < node.inputs().size(); k++) {
            Node input = trace.graph().node(node.inputs().get(k));
            String local = state.valueKnown(node.id()) ? NumberStyle.LECTURE.format(trace.localGradient(node.id(), k)) : "?";
            row = add(row, Messages.format("inspector.local", name, input.name()), local);
        }
        String update = state.update(node.id());
        if (trace.updates().containsKey(node.id())) {
            add(row, Messages.format("inspector.update", name), update == null ? "?" : update);
        }
    }

    private int add(int row, String label, String value) {
        Label key = new Label(label);
        Label number = new Label(value);
        number.getStyleClass().add(Styles.MONO);
        grid.addRow(row, key, number);
        return row + 1;
    }
}

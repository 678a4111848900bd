package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.StudioApp;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.rendering.diagram.DiagramLabel;
import studio.backprop.rendering.diagram.LabelText;
import studio.backprop.rendering.diagram.NetworkLayout;

/**
 * The keyboard reaches everything: the clicker's keys step whatever has focus except a text field, Enter
 * and Esc in a field give the keys back to the diagram, accelerators work in a field, a click on a diagram
 * takes the focus, and Tab, the arrows and Enter walk and edit a diagram's items.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DiagramKeyboardTest {
    private StudioModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        scene = StudioApp.createScene(model, TestDocuments.lecture(), 1280, 760);
        stage.setScene(scene);
        stage.show();
    }

    private NetworkView network(FxRobot robot) {
        return robot.lookup("#" + Styles.NETWORK_VIEW_ID).queryAs(NetworkView.class);
    }

    private GraphView graph(FxRobot robot) {
        return robot.lookup("#" + Styles.GRAPH_VIEW_ID).queryAs(GraphView.class);
    }

    private TextField expressionField(FxRobot robot) {
        return robot.lookup("#" + Styles.EXPRESSION_FIELD_ID).queryAs(TextField.class);
    }

    private Point2D weightLabel(FxRobot robot, String name) {
        NetworkView view = network(robot);
        NetworkLayout.WeightEdge edge = view.networkLayout().weights().stream().filter(w -> w.name().equals(name))
                .findFirst().orElseThrow();
        return view.localToScreen(view.layoutToLocal(edge.labelX(), edge.labelY()));
    }

    /** A point of a diagram with nothing drawn on it. */
    private static Point2D empty(DiagramView view) {
        return view.localToScreen(6, view.getHeight() - 6);
    }

    private double w5() {
        return model.editableValue("w5").getAsDouble();
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all).release(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlZUndoesAnInPlaceEditAtOnce(FxRobot robot) {
        // given: w5 edited in place, by double-click
        robot.doubleClickOn(weightLabel(robot, "w5"));
        TextField field = robot.lookup("#" + Styles.EDIT_FIELD_ID).queryAs(TextField.class);
        robot.eraseText(field.getText().length()).write("0.5").type(KeyCode.ENTER);
        assertThat(w5()).isEqualTo(0.5);
        assertThat(network(robot).isFocused()).as("the diagram has the keys again").isTrue();
        // when
        shortcut(robot, KeyCode.Z);
        // then
        assertThat(w5()).isEqualTo(0.4);
        // and: the redo key too
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(w5()).isEqualTo(0.5);
    }

    @Test
    void aTypedExpressionOpensAtItsGivenValuesAndEnterGivesTheKeysBack(FxRobot robot) {
        // given: a late step of the lecture
        robot.interact(() -> model.jumpTo(29));
        // when
        robot.clickOn(expressionField(robot)).write(TestDocuments.EXPRESSION).type(KeyCode.ENTER);
        // then: step 0 of the new graph, the graph has the focus
        assertThat(model.getDocument()).isInstanceOf(ExpressionDocument.class);
        assertThat(model.getCursor()).isEqualTo(-1);
        assertThat(robot.lookup("#" + Styles.STEP_LABEL_ID).queryAs(Label.class).getText()).isEqualTo("step 0 of " + model.stepCount());
        assertThat(graph(robot).isFocused()).isTrue();
        // when: the clicker's keys
        robot.type(KeyCode.RIGHT).type(KeyCode.PAGE_DOWN).type(KeyCode.SPACE);
        assertThat(model.getCursor()).isEqualTo(2);
        robot.type(KeyCode.LEFT).type(KeyCode.PAGE_UP);
        assertThat(model.getCursor()).isEqualTo(0);
        robot.type(KeyCode.END);
        assertThat(model.getCursor()).isEqualTo(model.stepCount() - 1);
        robot.type(KeyCode.HOME);
        assertThat(model.getCursor()).isEqualTo(-1);
    }

    @Test
    void escInTheFieldForgetsTheTypingAndAClickOnADiagramTakesTheFocus(FxRobot robot) {
        // given: typing in the field; the clicker's keys move its caret only
        TextField field = expressionField(robot);
        robot.clickOn(field).write("x*").type(KeyCode.LEFT).type(KeyCode.HOME);
        assertThat(model.getCursor()).isEqualTo(-1);
        // when: Esc
        robot.type(KeyCode.ESCAPE);
        // then
        assertThat(field.getText()).isEmpty();
        assertThat(graph(robot).isFocused()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(model.getCursor()).isEqualTo(0);
        // when: back into the field, then a click on the network diagram
        robot.clickOn(field).write("y");
        robot.clickOn(empty(network(robot)));
        // then
        assertThat(network(robot).isFocused()).isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(model.getCursor()).isEqualTo(1);
    }

    @Test
    void acceleratorsWorkInATextField(FxRobot robot) {
        // given: an edit to undo, and the focus in the expression field with no typing of its own to undo
        robot.interact(() -> model.edit("w5", "0.5"));
        robot.clickOn(expressionField(robot));
        assertThat(expressionField(robot).isFocused()).isTrue();
        // when
        shortcut(robot, KeyCode.Z);
        // then: the application's undo
        assertThat(w5()).isEqualTo(0.4);
        // when: typing in the field, Ctrl+Z undoes the typing first
        robot.write("x");
        shortcut(robot, KeyCode.Z);
        assertThat(expressionField(robot).getText()).isEmpty();
        assertThat(model.canRedoProperty().get()).as("the application's redo is untouched").isTrue();
    }

    @Test
    void tabArrowsAndEnterWalkAndEditTheNetwork(FxRobot robot) {
        // given: the network has the focus, nothing selected
        NetworkView view = network(robot);
        robot.clickOn(empty(view));
        robot.type(KeyCode.RIGHT);
        assertThat(model.getCursor()).as("arrows step while nothing is walked").isEqualTo(0);
        // when: Tab
        robot.type(KeyCode.TAB);
        // then: the first input, and the arrows walk now
        assertThat(model.getSelection()).isEqualTo("i1");
        assertThat(view.isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(model.getSelection()).isEqualTo("i2");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(model.getSelection()).isEqualTo("i1");
        robot.type(KeyCode.DOWN);
        // the nearest item below: i2, or w3's label where the narrow arrangement puts it between the inputs
        String below = model.getSelection();
        boolean narrow = view.networkLayout().label("w3", DiagramLabel.Role.WEIGHT).orElseThrow().lines() == LabelText.NARROW_LINES;
        assertThat(below).as("down from i1").isEqualTo(narrow ? "w3" : "i2");
        robot.type(KeyCode.RIGHT);
        assertThat(model.getSelection()).as("right of " + below + ", towards the hidden layer").isNotEqualTo(below).isNotNull();
        assertThat(model.getCursor()).as("walking does not step").isEqualTo(0);
        assertThat(view.getAccessibleText()).contains("step 1 of " + model.stepCount()).contains("Selected: " + model.getSelection());
        // when: Tab on to w5, Enter edits it in place
        for (int i = 0; i < 40 && !"w5".equals(model.getSelection()); i++) robot.type(KeyCode.TAB);
        assertThat(model.getSelection()).isEqualTo("w5");
        assertThat(view.getAccessibleText()).contains("Selected: w5 = 0.4");
        robot.type(KeyCode.ENTER);
        TextField field = robot.lookup("#" + Styles.EDIT_FIELD_ID).queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();
        assertThat(field.getText()).isEqualTo("0.4");
        robot.eraseText(3).write("0.45").type(KeyCode.ENTER);
        // then
        assertThat(w5()).isEqualTo(0.45);
        assertThat(view.isFocused()).isTrue();
        // when: Esc clears the selection and gives the arrows back to stepping
        robot.type(KeyCode.ESCAPE);
        assertThat(model.getSelection()).isNull();
        robot.type(KeyCode.RIGHT);
        assertThat(model.getCursor()).isEqualTo(1);
        assertThat(view.getAccessibleText()).startsWith("Network diagram, step 2 of " + model.stepCount() + ": ");
    }

    @Test
    void tabWalksTheGraphsNodesInOrder(FxRobot robot) {
        // given: an expression's graph with the focus
        robot.interact(() -> model.openExpression(TestDocuments.EXPRESSION));
        GraphView view = graph(robot);
        robot.clickOn(empty(view));
        // when
        robot.type(KeyCode.TAB);
        String first = model.getSelection();
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        // then: the inputs first (x, y, z are the given leaves of the first column)
        assertThat(first).isIn("x", "y", "z");
        robot.type(KeyCode.RIGHT);
        assertThat(model.getSelection()).isIn("q", "f");
        assertThat(model.getCursor()).isEqualTo(-1);
        assertThat(view.getAccessibleText()).startsWith("Computational graph, step 0 of 7");
    }

    @Test
    void enterInTheInspectorGivesTheKeysBackUnlessTheValueIsRefused(FxRobot robot) {
        // given: w5 selected by a click on its label, its value typed into the inspector
        robot.clickOn(weightLabel(robot, "w5"));
        TextField inspector = robot.lookup("#" + Styles.INSPECTOR_EDIT_ID).queryAs(TextField.class);
        robot.clickOn(inspector).eraseText(inspector.getText().length()).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // then: refused, the field keeps the focus
        assertThat(model.getErrorMessage()).isNotEmpty();
        assertThat(inspector.isFocused()).isTrue();
        // when
        robot.interact(inspector::selectAll);
        robot.write("0.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(w5()).isEqualTo(0.5);
        assertThat(network(robot).isFocused()).as("the diagram used last has the keys").isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(model.getCursor()).isEqualTo(0);
    }
}

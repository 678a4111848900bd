package studio.backprop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.view.NetworkView;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Op;
import studio.backprop.rendering.diagram.NetworkLayout;

/**
 * The window driven by clicks and keys, headless under Monocle. The scene is 1280×760: Monocle's
 * headless screen is 1280×800 by default and a larger window overflows its frame buffer.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    private StudioModel model;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        stage.setScene(StudioApp.createScene(model, TestDocuments.lecture(), 1280, 760));
        stage.show();
    }

    private String equation(FxRobot robot) {
        return robot.lookup("#equationText").queryAs(TextArea.class).getText();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Screen point of a layout point of the network diagram. */
    private Point2D onNetwork(FxRobot robot, double x, double y) {
        NetworkView view = robot.lookup("#networkView").queryAs(NetworkView.class);
        return view.localToScreen(view.layoutToLocal(x, y));
    }

    private Point2D weightLabel(FxRobot robot, String name) {
        NetworkView view = robot.lookup("#networkView").queryAs(NetworkView.class);
        NetworkLayout.WeightEdge edge = view.networkLayout().weights().stream().filter(w -> w.name().equals(name))
                .findFirst().orElseThrow();
        return onNetwork(robot, edge.labelX(), edge.labelY());
    }

    @Test
    void theArrowsWalkTheMenuBarAfterF10WithoutSteppingThePass(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertThat(model.getCursor()).isEqualTo(0);
        // when: F10 puts the keyboard in the menu bar, and the arrows walk its menus
        robot.type(KeyCode.F10).type(KeyCode.RIGHT, 2);
        // then: the pass stays where it was
        assertThat(model.getCursor()).isEqualTo(0);
        // and once the menu bar is left, the clicker's keys step again
        robot.type(KeyCode.ESCAPE).type(KeyCode.RIGHT);
        assertThat(model.getCursor()).isEqualTo(1);
    }

    @Test
    void stepsThroughTheLecturePassByClicksAndKeys(FxRobot robot) {
        // given: nothing computed
        assertThat(label(robot, "#stepLabel")).isEqualTo("step 0 of " + model.stepCount());
        // when
        robot.clickOn("#stepForward").clickOn("#stepForward").clickOn("#stepForward");
        // then: out_h1's step, after net_h1 and net_h2
        assertThat(equation(robot)).isEqualTo("out_h1 = σ(net_h1) = σ(0.3775) = 0.593269992");
        assertThat(label(robot, "#phaseLabel")).isEqualTo("Forward pass");
        assertThat(label(robot, "#stepLabel")).isEqualTo("step 3 of " + model.stepCount());

        // when: keys, focus anywhere
        robot.type(KeyCode.RIGHT, 8);
        // then: E_total
        assertThat(equation(robot)).startsWith("E_total = E_o1 + E_o2").endsWith("= 0.298371109");
        robot.type(KeyCode.SPACE).type(KeyCode.PAGE_DOWN);
        assertThat(label(robot, "#phaseLabel")).isEqualTo("Backward pass");
        robot.type(KeyCode.PAGE_UP).type(KeyCode.LEFT);
        assertThat(model.getCursor()).isEqualTo(10);
        robot.type(KeyCode.END);
        assertThat(model.getCursor()).isEqualTo(model.stepCount() - 1);
        robot.type(KeyCode.HOME);
        assertThat(model.getCursor()).isEqualTo(-1);
        assertThat(equation(robot)).startsWith("Nothing computed yet");
        robot.clickOn("#toEnd");
        assertThat(model.getCursor()).isEqualTo(model.stepCount() - 1);
        robot.clickOn("#stepBack").clickOn("#reset");
        assertThat(model.getCursor()).isEqualTo(-1);
    }

    @Test
    void aSumOverPathsIsShownWithEachPath(FxRobot robot) {
        // when: to ∂E_total/∂out_h1, which arrives through net_o1 and net_o2
        int step = model.getTrace().steps().stream()
                .filter(s -> s.equation().lhs().toText(NumberStyle.LECTURE).equals("∂E_total/∂out_h1"))
                .findFirst().orElseThrow().index();
        robot.interact(() -> model.jumpTo(step));
        // then
        String paths = label(robot, "#pathsText");
        assertThat(paths).contains("Sum over 2 paths").contains("via net_o1").contains("via net_o2").contains("sum = 0.036350306");
        assertThat(equation(robot)).endsWith("= 0.036350306");
    }

    @Test
    void editingW5InPlaceRecomputesAndKeepsTheCursor(FxRobot robot) {
        // given
        robot.type(KeyCode.RIGHT, 7);
        // when: double-click w5's label, type, Enter
        robot.doubleClickOn(weightLabel(robot, "w5"));
        TextField field = robot.lookup("#editField").queryAs(TextField.class);
        assertThat(robot.lookup("#editPopup").query().isVisible()).isTrue();
        assertThat(field.getText()).isEqualTo("0.4");
        robot.eraseText(field.getText().length()).write("0.5").type(KeyCode.ENTER);
        // then
        assertThat(model.editableValue("w5").getAsDouble()).isEqualTo(0.5);
        assertThat(model.getCursor()).isEqualTo(6);
        double expected = 0.5 * model.getTrace().value("out_h1") + 0.45 * model.getTrace().value("out_h2") + 0.6;
        assertThat(model.getTrace().value("net_o1")).isCloseTo(expected, within(1e-12));
        // the equation at the cursor (out_o1) shows the recomputed numbers
        NumberStyle style = NumberStyle.LECTURE;
        assertThat(equation(robot)).isEqualTo("out_o1 = σ(net_o1) = σ(" + style.format(expected) + ") = "
                + style.format(Op.sigmoid(expected)));
        assertThat(robot.lookup("#editPopup").query().isVisible()).isFalse();
    }

    @Test
    void invalidInputKeepsTheOldValueAndSaysWhy(FxRobot robot) {
        // when
        robot.doubleClickOn(weightLabel(robot, "w5"));
        TextField field = robot.lookup("#editField").queryAs(TextField.class);
        robot.eraseText(field.getText().length()).write("abc").type(KeyCode.ENTER);
        // then
        Label message = robot.lookup("#editMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("w5").contains("\"abc\" is not a number").contains("old value stays");
        assertThat(model.editableValue("w5").getAsDouble()).isEqualTo(0.4);
        assertThat(label(robot, "#errorLabel")).isEqualTo(message.getText());
        // when: Escape closes the editor
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#editPopup").query().isVisible()).isFalse();
    }

    @Test
    void theInspectorShowsAndEditsTheSelectedWeight(FxRobot robot) {
        // when: click w5, step to the end
        robot.clickOn(weightLabel(robot, "w5"));
        assertThat(model.getSelection()).isEqualTo("w5");
        robot.clickOn("#toEnd");
        // then: its gradient is listed
        assertThat(robot.lookup("#inspector").lookup((Label l) -> "0.082167041".equals(l.getText())).tryQuery()).isPresent();
        // when: edit in the inspector
        robot.clickOn("#inspectorEdit").type(KeyCode.END).eraseText(12).write("1e13").type(KeyCode.ENTER);
        // then
        assertThat(label(robot, "#inspectorMessage")).startsWith("w5").contains("outside the allowed range");
        assertThat(model.editableValue("w5").getAsDouble()).isEqualTo(0.4);
    }

    @Test
    void clickingANeuronSelectsItsNodes(FxRobot robot) {
        NetworkView view = robot.lookup("#networkView").queryAs(NetworkView.class);
        NetworkLayout.Neuron h2 = view.networkLayout().neurons().get(3);

        robot.clickOn(onNetwork(robot, h2.x(), h2.y()));

        assertThat(model.getSelection()).isEqualTo("out_h2");
        assertThat(view.state().selected()).containsExactlyInAnyOrder(
                model.getTrace().graph().node("out_h2").id(), model.getTrace().graph().node("net_h2").id());
    }

    @Test
    void theExpressionFieldShowsTheGraphOrTheComputationsError(FxRobot robot) {
        // when: a bad expression
        robot.clickOn("#expressionField").write("(x+").type(KeyCode.LEFT).type(KeyCode.RIGHT).type(KeyCode.ENTER);
        // then
        assertThat(label(robot, "#expressionError")).isEqualTo("column 4: expected a number, a name or '(' but the input ended");
        assertThat(model.getCursor()).as("arrow keys in a text field move its caret, not the cursor").isEqualTo(-1);
        // when: the simple example
        TextField field = robot.lookup("#expressionField").queryAs(TextField.class);
        robot.clickOn(field).type(KeyCode.END).eraseText(field.getText().length()).write(TestDocuments.EXPRESSION);
        assertThat(field.getText()).isEqualTo(TestDocuments.EXPRESSION);
        robot.type(KeyCode.ENTER);
        // then
        assertThat(model.getDocument()).isInstanceOf(ExpressionDocument.class);
        assertThat(label(robot, "#expressionError")).isEmpty();
        robot.clickOn("#stepForward").clickOn("#stepForward");
        assertThat(equation(robot)).isEqualTo("f = q·z = 3·(-4) = -12");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDiagramCanTakeTheWholeWidthAndGiveItBack(FxRobot robot) {
        NetworkView network = robot.lookup("#networkView").queryAs(NetworkView.class);
        double shared = network.getWidth();

        robot.clickOn("#networkViewMaximise");
        assertThat(robot.lookup("#graphView").tryQuery()).isEmpty();
        assertThat(network.getWidth()).isGreaterThan(1.5 * shared);

        robot.clickOn("#networkViewMaximise");
        assertThat(robot.lookup("#graphView").tryQuery()).isPresent();
        assertThat(network.getWidth()).isCloseTo(shared, within(2.0));
    }

    @Test
    void aNeuronExpandsIntoItsGates(FxRobot robot) {
        // given: h1's net input selected, the pass at its end
        robot.interact(() -> {
            model.toEnd();
            model.select("net_h1");
        });
        // when
        robot.clickOn("#expandGates");
        WaitForAsyncUtils.waitForFxEvents();
        // then: a window draws net_h1 as two products, a sum and the sigmoid
        Stage gates = (Stage) robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("net_h1 in gates"))
                .findFirst().orElseThrow();
        assertThat(gates.getScene().lookup("#gateCanvas")).isNotNull();
        robot.interact(gates::close);
        // and a weight is no neuron: nothing to expand
        robot.interact(() -> model.select("w5"));
        assertThat(robot.lookup("#expandGates").query().isVisible()).isFalse();
    }
}

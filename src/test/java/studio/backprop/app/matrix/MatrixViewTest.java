package studio.backprop.app.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.app.StudioApp;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.Notation;

/** The Matrix tab driven by clicks: one cursor for both forms, and selection in both directions. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {
    private StudioModel model;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        stage.setScene(StudioApp.createScene(model, TestDocuments.lecture(), 1280, 760));
        stage.show();
    }

    private MatrixView open(FxRobot robot) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "matrixTab".equals(t.getId())).findFirst().orElseThrow());
        });
        return robot.lookup("#tabs").queryAs(TabPane.class).getTabs().stream().filter(t -> "matrixTab".equals(t.getId()))
                .map(t -> (MatrixView) t.getContent()).findFirst().orElseThrow();
    }

    private static Set<Node> entries(FxRobot robot, String name) {
        return robot.lookup("." + MatrixView.ENTRY).match(n -> name.equals(n.getUserData())).queryAll();
    }

    @Test
    void matrixStepsAndScalarStepsShareOneCursor(FxRobot robot) {
        // given
        MatrixView view = open(robot);
        List<MatrixStep> steps = view.steps();
        assertThat(steps).hasSize(4 + 1 + 4 + 2);

        // when: a matrix step forward
        robot.clickOn("#" + MatrixView.FORWARD_ID);

        // then: the scalar cursor stands on the last step it covers (out_h1, out_h2 after net_h1, net_h2)
        assertThat(view.shownStep()).isEqualTo(1);
        assertThat(model.getCursor()).isEqualTo(steps.get(1).lastCovered());

        // when: the scalar cursor moves into the backward pass
        int scalar = steps.get(6).covers().get(0);
        robot.interact(() -> model.jumpTo(scalar));

        // then: the matrix step that covers it is shown
        assertThat(view.shownStep()).isEqualTo(6);
        assertThat(robot.lookup("#" + MatrixView.LABEL_ID).queryAs(Label.class).getText()).isEqualTo("∂J/∂W⁽²⁾ = a⁽²⁾ᵀδ⁽³⁾");
    }

    @Test
    void clickingAnEntrySelectsItsWeightAndTheSelectionHighlightsEntries(FxRobot robot) {
        // given: the first step, z⁽²⁾ = XW⁽¹⁾ + b⁽²⁾, is shown
        open(robot);
        assertThat(entries(robot, "w3")).isNotEmpty();

        // when
        robot.clickOn(entries(robot, "w3").iterator().next());

        // then
        assertThat(model.getSelection()).isEqualTo("w3");
        assertThat(entries(robot, "w3")).allMatch(n -> n.getStyleClass().contains(MatrixView.SELECTED_ENTRY));

        // when: the network diagram (or anything) selects a neuron
        robot.interact(() -> model.select("net_h2"));

        // then
        assertThat(entries(robot, "net_h2")).isNotEmpty().allMatch(n -> n.getStyleClass().contains(MatrixView.SELECTED_ENTRY));
        assertThat(entries(robot, "w3")).noneMatch(n -> n.getStyleClass().contains(MatrixView.SELECTED_ENTRY));
    }

    @Test
    void theNotationChangesNamesButNotNumbers(FxRobot robot) {
        MatrixView view = open(robot);
        String welchNet = ((Label) entries(robot, "net_h1").iterator().next()).getText();

        robot.interact(() -> view.setNotation(Notation.LECTURE));

        assertThat(robot.lookup("#" + MatrixView.LABEL_ID).queryAs(Label.class).getText()).isEqualTo("net_h = iW_h + b1");
        assertThat(entries(robot, "net_h1")).allMatch(n -> ((Label) n).getText().equals(welchNet));
        assertThat(welchNet).isEqualTo("0.3775");
    }

    @Test
    void welchsThreeStudentsAreThreeRowsAndAnExpressionHasNoMatrixForm(FxRobot robot) {
        MatrixView view = open(robot);

        robot.interact(() -> model.open(Presets.load("welch").document()));

        assertThat(view.steps().get(0).grids().get(0).matrix().rows()).isEqualTo(3);
        assertThat(entries(robot, "i1")).hasSize(3);

        robot.interact(() -> model.open(Presets.load("simple").document()));

        assertThat(view.steps()).isEmpty();
        assertThat(robot.lookup("#" + MatrixView.MESSAGE_ID).queryAs(Label.class).getText()).contains("needs a network");
        assertThat(Presets.load("welch").document()).isInstanceOf(NetworkDocument.class);
    }
}

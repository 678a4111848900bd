package studio.backprop.app.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
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
import studio.backprop.app.view.NetworkView;
import studio.backprop.core.doc.NetworkDocument;

/** The digits tab in the window, headless under Monocle: training at first sight, drawing, and one example's pass. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DigitsPaneTest {
    private StudioModel model;
    private TabPane tabs;
    private DigitsModel workspace;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        stage.setScene(StudioApp.createScene(model, TestDocuments.lecture(), 1280, 760));
        stage.show();
        tabs = (TabPane) stage.getScene().lookup("#tabs");
        Tab digits = tabs.getTabs().stream().filter(t -> "digitsTab".equals(t.getId())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(digits); // the tab builds its pane when first shown
        workspace = ((DigitsView) digits.getContent()).model();
    }

    private void awaitTraining() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> workspace.trained().isPresent() && !workspace.isTraining());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onPad(FxRobot robot, double x, double y) {
        Canvas pad = robot.lookup("#digitsPad").queryAs(Canvas.class);
        return pad.localToScreen(x, y);
    }

    @Test
    void trainsWhenFirstShownAndClassifiesAStrokeDrawnWithTheMouse(FxRobot robot) throws Exception {
        // given: the tab was selected, so the network trains in the background
        awaitTraining();
        assertThat(robot.lookup("#digitsStatus").queryAs(Label.class).getText()).contains("Test accuracy 0.9");
        assertThat(workspace.probabilities()).isEmpty();
        // when: a vertical stroke down the middle of the pad
        robot.moveTo(onPad(robot, 112, 30)).press(MouseButton.PRIMARY);
        for (int y = 50; y <= 190; y += 20) robot.moveTo(onPad(robot, 112, y));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // then: one stroke, its image lights the middle columns, and the bars show a probability per digit
        assertThat(workspace.drawing().strokes()).hasSize(1);
        double[] image = workspace.drawing().image();
        assertThat(image[3 * 8 + 3] + image[3 * 8 + 4]).isGreaterThan(0.4);
        assertThat(image[3 * 8]).isZero();
        double[] probabilities = workspace.probabilities().orElseThrow();
        assertThat(probabilities).hasSize(10);
        double sum = 0;
        for (double p : probabilities) sum += p;
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(robot.lookup("#digitsGuess").queryAs(Label.class).getText()).startsWith("It looks like a ");

        // when: cleared
        robot.clickOn("#digitsClear");
        // then
        assertThat(workspace.probabilities()).isEmpty();
        assertThat(workspace.drawing().isEmpty()).isTrue();
    }

    @Test
    void opensTheBackwardPassOfAPickedTrainingImage(FxRobot robot) throws Exception {
        awaitTraining();
        // given: the example tab, training image 5
        robot.interact(() -> {
            TabPane inner = (TabPane) robot.lookup("#digitsInnerTabs").query();
            inner.getSelectionModel().select(1);
            robot.lookup("#digitsSample").queryAs(Spinner.class).getValueFactory().setValue(5);
        });
        // when
        robot.clickOn("#digitsBackprop");
        // the example's 5,000-step pass is computed in the background, then lands in the model
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.getDocument() instanceof NetworkDocument shown && "digits".equals(shown.name()));
        WaitForAsyncUtils.waitForFxEvents();
        // then: the model holds the trained network on that image, and the pass tab is shown
        NetworkDocument document = (NetworkDocument) model.getDocument();
        assertThat(document.name()).isEqualTo("digits");
        assertThat(document.sample()).isEqualTo(4);
        assertThat(document.network()).isEqualTo(workspace.trained().orElseThrow().network());
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("passTab");
        assertThat(model.stepCount()).isGreaterThan(4000);
        // and the 1,344-weight diagram draws at the last step (its speed is the bench's business, not a test's)
        NetworkView view = robot.lookup("#networkView").queryAs(NetworkView.class);
        robot.interact(() -> {
            model.toEnd();
            view.redraw();
        });
        assertThat(view.networkLayout().weights()).hasSize(64 * 16 + 16 * 16 + 16 * 10);
    }
}

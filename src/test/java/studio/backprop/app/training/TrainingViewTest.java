package studio.backprop.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.rendering.export.PngExport;

/**
 * The training tab in the real window, driven by clicks under Monocle. With
 * {@code -Dtraining.screenshot=assets/training-circle.png} the circle test also saves the tab as the app
 * draws it (node.snapshot → PNG).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {
    private StudioModel studio;
    private TrainingView view;

    @Start
    void start(Stage stage) {
        studio = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        stage.setScene(StudioApp.createScene(studio, TestDocuments.lecture(), 1280, 760));
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#tabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "trainingTab".equals(t.getId())).findFirst().orElseThrow());
        view = (TrainingView) stage.getScene().lookup("#trainingView");
    }

    private TrainingModel model() {
        return view.model();
    }

    /** Waits (at most 60 s) until {@code condition} holds on the JavaFX thread. */
    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError(what + " within 60 s", e);
        }
    }

    @Test
    void playPauseAndResetWhileTheWindowStaysResponsive(FxRobot robot) {
        // given: a slow pace so the run lasts
        robot.interact(() -> model().form().setPace(200));
        assertThat(view.lossChart().pointCount()).isEqualTo(1);
        // when
        robot.clickOn("#trainPlay");
        await("training starts", () -> model().getIteration() >= 20);
        // then: a click is handled while the worker trains
        assertThat(model().getState()).isEqualTo(TrainingModel.State.RUNNING);
        boolean wasLog = view.lossChart().logScaleProperty().get();
        robot.clickOn("#logScale");
        assertThat(view.lossChart().logScaleProperty().get()).isEqualTo(!wasLog);
        assertThat(model().getState()).isEqualTo(TrainingModel.State.RUNNING);
        await("the chart gets points", () -> view.lossChart().pointCount() > 3);

        // when
        robot.clickOn("#trainPause");
        await("the run pauses", () -> model().getState() == TrainingModel.State.PAUSED);
        // then: the paused network is the stepped pass's document
        int paused = model().getIteration();
        assertThat(robot.lookup("#trainMessage").queryAs(Label.class).getText()).startsWith("Paused after " + paused);
        await("the pass receives the paused network", () -> ((NetworkDocument) studio.getDocument()).network().equals(model().getNetwork()));
        assertThat(robot.lookup("#trainIteration").queryAs(Label.class).getText()).isEqualTo("iteration " + paused + " of 5000");

        // when
        robot.clickOn("#trainReset");
        // then
        assertThat(model().getIteration()).isZero();
        assertThat(view.lossChart().pointCount()).isEqualTo(1);
        assertThat(robot.lookup("#trainState").queryAs(Label.class).getText()).isEqualTo("ready");
    }

    @Test
    void aCircleRunFormsTheBoundary(FxRobot robot) throws Exception {
        // given: the circle preset, full speed
        assertThat(model().setup().nameProperty().get()).isEqualTo("circle");
        // when
        robot.clickOn("#trainPlay");
        await("the run finishes", () -> model().getState() == TrainingModel.State.FINISHED);
        WaitForAsyncUtils.asyncFx(() -> model().inspection().latestPlane()).get().get(60, TimeUnit.SECONDS);
        // then: inside the disc the output says class 1, in the corners class 0
        Plane plane = model().inspection().getPlane();
        int middle = plane.resolution() / 2;
        assertThat(plane.value(middle, middle)).isGreaterThan(0.9);
        assertThat(plane.value(0, 0)).isLessThan(0.1);
        assertThat(plane.value(plane.resolution() - 1, plane.resolution() - 1)).isLessThan(0.1);
        assertThat(model().getTestLoss()).isLessThan(0.1);
        assertThat(view.lossChart().pointCount()).isGreaterThan(100);

        // when: the gradient check of the trained network
        robot.clickOn("#checkGradients");
        await("the gradient check", () -> model().inspection().gradientReportProperty().get() != null);
        // then: one row per weight and bias of the 2-8-1 network
        assertThat(model().inspection().gradientReportProperty().get().rows()).hasSize(2 * 8 + 8 + 8 + 1);
        assertThat(robot.lookup("#gradientTable").queryAs(TableView.class).getItems()).hasSize(33);
        String target = System.getProperty("training.screenshot");
        if (target != null && !target.isBlank()) {
            BufferedImage[] image = new BufferedImage[1];
            robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(view.snapshot(new SnapshotParameters(), null), null));
            PngExport.write(image[0], Path.of(target));
        }
    }

    @Test
    void hoveringAHiddenNeuronShowsItsOwnPlane(FxRobot robot) {
        // given
        TrainingDiagram diagram = robot.lookup("#trainingDiagram").queryAs(TrainingDiagram.class);
        TrainingDiagramLayout layout = diagram.diagramLayout();
        // when
        Point2D neuron = diagram.localToScreen(layout.x(1) + diagram.snappedLeftInset(), layout.y(1, 2) + diagram.snappedTopInset());
        robot.moveTo(neuron);
        await("the plane of h3", () -> model().inspection().getPlane() != null && model().inspection().getPlane().neuron().equals(new Neuron(1, 2)));
        // then
        assertThat(robot.lookup("#boundaryTitle").queryAs(Label.class).getText()).isEqualTo("Neuron 3 of layer 1 over the input plane");
        assertThat(model().inspection().getPlane().low()).isEqualTo(-1);
    }

    @Test
    void aBadLearningRateIsRefusedWithItsName(FxRobot robot) {
        // when
        robot.doubleClickOn("#learningRate").eraseText(8).write("fast").type(KeyCode.ENTER);
        // then
        assertThat(robot.lookup("#trainProblem").queryAs(Label.class).getText()).contains("Learning rate").contains("fast");
        assertThat(robot.lookup("#learningRate").queryAs(TextField.class).getText()).isEqualTo("0.1");
        assertThat(model().form().learningRateProperty().get()).isEqualTo(0.1);
    }
}

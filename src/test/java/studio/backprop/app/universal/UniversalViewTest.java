package studio.backprop.app.universal;

import javafx.scene.input.MouseButton;
import javafx.geometry.Point2D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.Studio;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.controller.DocumentDialogs;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Bumps;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.TargetCurve;

/** The visual-proof workspace in the real window: the preset opens it, the mouse edits weights, the Pass tab agrees. */
@ExtendWith(ApplicationExtension.class)
class UniversalViewTest {
    private StudioModel studio;
    private TabPane tabs;
    /** The documents asked about before being replaced; the answer is always "discard". */
    private final List<String> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        studio = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio window = Studio.assemble(studio, TestDocuments.lecture(), 1280, 760);
        window.documents().setDialogs(new DocumentDialogs() {
            @Override public Choice askToSave(String documentName) {
                asked.add(documentName);
                return Choice.DISCARD;
            }
            @Override public Optional<Path> chooseFileToOpen(Path folder) { return Optional.empty(); }
            @Override public Optional<Path> chooseFileToSave(Path folder, String fileName) { return Optional.empty(); }
            @Override public boolean offerRecovery(String what) { return false; }
            @Override public void showError(String message) { throw new AssertionError("shown an error: " + message); }
        });
        stage.setScene(window.scene());
        stage.show();
        tabs = (TabPane) stage.getScene().lookup("#tabs");
    }

    /** Waits until the condition, read on the JavaFX thread, holds; at most 60 s. */
    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> condition.getAsBoolean()).get());
        } catch (TimeoutException e) {
            throw new AssertionError(what + " within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private UniversalModel openPreset(FxRobot robot) {
        robot.interact(() -> studio.open(Presets.load("universal").document()));
        await("the universal tab is shown", () -> "universalTab".equals(tabs.getSelectionModel().getSelectedItem().getId())
                && robot.lookup("#universalView").tryQuery().isPresent());
        return ((UniversalView) robot.lookup("#universalView").query()).model();
    }

    @Test
    void thePresetOpensTheWorkspaceWithItsExactNetwork(FxRobot robot) {
        // when
        UniversalModel model = openPreset(robot);

        // then
        NetworkSpec network = model.getNetwork();
        assertThat(network).isEqualTo(((NetworkDocument) Presets.load("universal").document()).network());
        assertThat(model.pairs()).isEqualTo(5);
        assertThat(Bumps.step(network, 3).position()).isEqualTo(0.4);
        assertThat(model.getTarget().applyAsDouble(0.25)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void draggingABumpsHeightEditsItsOutputWeights(FxRobot robot) {
        // given
        UniversalModel model = openPreset(robot);
        BumpChart chart = robot.lookup("#universalChart").queryAs(BumpChart.class);
        double[] handle = new double[2];
        robot.interact(() -> {
            double[] at = chart.frame().heightHandle(model.getNetwork(), 2);
            Bounds screen = chart.localToScreen(chart.getBoundsInLocal());
            handle[0] = screen.getMinX() + chart.snappedLeftInset() + at[0];
            handle[1] = screen.getMinY() + chart.snappedTopInset() + at[1];
        });
        double before = model.getNetwork().weight(1, 0, 4);

        // when: drag the middle bump's circle 60 pixels up
        robot.moveTo(new Point2D(handle[0], handle[1])).press(MouseButton.PRIMARY)
                .moveBy(0, -30).moveBy(0, -30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then: both output weights of the pair moved together and nothing else did
        NetworkSpec after = model.getNetwork();
        assertThat(after.weight(1, 0, 4)).isGreaterThan(before + 0.1);
        assertThat(after.weight(1, 0, 5)).isEqualTo(-after.weight(1, 0, 4));
        assertThat(after.weight(1, 0, 0)).isEqualTo(0.7351141009169893);
        assertThat(after.bias(0, 4)).isEqualTo(-160.0);
    }

    @Test
    void draggingOnTheChartDrawsTheTargetAndTheErrorFollows(FxRobot robot) {
        // given
        UniversalModel model = openPreset(robot);
        BumpChart chart = robot.lookup("#universalChart").queryAs(BumpChart.class);
        double[] from = new double[2];
        double[] to = new double[2];
        robot.interact(() -> {
            ChartFrame frame = chart.frame();
            Bounds screen = chart.localToScreen(chart.getBoundsInLocal());
            double left = screen.getMinX() + chart.snappedLeftInset();
            double top = screen.getMinY() + chart.snappedTopInset();
            from[0] = left + frame.toX(0.62);
            from[1] = top + frame.toY(1.1);
            to[0] = left + frame.toX(0.78);
            to[1] = top + frame.toY(1.1);
        });
        double before = model.getError();

        // when: a stroke high above the sine's trough
        robot.moveTo(new Point2D(from[0], from[1])).press(MouseButton.PRIMARY).moveTo(new Point2D(to[0], to[1]))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(model.targetNameProperty().get()).isEqualTo("drawn");
        assertThat(model.getTarget().applyAsDouble(0.7)).isCloseTo(1.1, within(0.02));
        assertThat(model.getTarget().applyAsDouble(0.25)).isCloseTo(0.9, within(1e-12));
        assertThat(model.getError()).isGreaterThan(before);
    }

    @Test
    void theSliderSetsEverySteepnessAndKeepsTheSteps(FxRobot robot) {
        // given
        UniversalModel model = openPreset(robot);
        Slider slider = robot.lookup("#universalSteepness").queryAs(Slider.class);

        // when
        robot.interact(() -> slider.setValue(1)); // log10 w = 1

        // then
        NetworkSpec network = model.getNetwork();
        for (int j = 0; j < network.size(1); j++) assertThat(network.weight(0, j, 0)).isEqualTo(10.0);
        assertThat(network.bias(0, 2)).isEqualTo(-2.0);
        assertThat(Bumps.step(network, 2).position()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void fittingThenTrainingLowersTheErrorAndThePassShowsTheSameNumbers(FxRobot robot) {
        // given
        UniversalModel model = openPreset(robot);
        robot.interact(() -> {
            model.pickTarget(TargetCurve.Shape.BUMP);
            model.setSteepness(30);
            model.fit(8);
        });
        double fitted = model.getError();
        assertThat(model.pairs()).isEqualTo(8);

        // when
        robot.clickOn("#universalTrain");
        await("training ends", () -> !model.isTraining());

        // then
        assertThat(model.iterationsProperty().get()).isEqualTo(UniversalModel.TRAIN_ITERATIONS);
        assertThat(model.getError()).isLessThan(fitted);
        robot.clickOn("#universalShowInPass");
        await("asked about the unsaved preset first", () -> asked.size() == 1);
        await("the pass tab shows the network", () -> studio.getDocument() instanceof NetworkDocument d
                && d.network().equals(model.getNetwork()) && "passTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        NetworkDocument shown = (NetworkDocument) studio.getDocument();
        assertThat(shown.data().train()).hasSize(UniversalModel.PASS_SAMPLES);
        assertThat(shown.data().train().get(10).target(0)).isEqualTo(model.getTarget().applyAsDouble(0.5));
    }

    @Test
    void theChartFrameMapsBackAndForthAndFindsHandles() {
        NetworkSpec network = Bumps.network(100, Bumps.fit(x -> 0.5, 2), 0);
        ChartFrame frame = new ChartFrame(600, 400, -0.2, 1.2);

        assertThat(frame.fromX(frame.toX(0.3))).isCloseTo(0.3, within(1e-12));
        assertThat(frame.fromY(frame.toY(0.7))).isCloseTo(0.7, within(1e-12));
        double[] height = frame.heightHandle(network, 1);
        assertThat(frame.hit(network, height[0] + 3, height[1] - 3)).isEqualTo(new ChartFrame.Handle(ChartFrame.Handle.Kind.HEIGHT, 1));
        assertThat(frame.hit(network, frame.toX(1), frame.stepHandleY())).isEqualTo(new ChartFrame.Handle(ChartFrame.Handle.Kind.STEP, 3));
        assertThat(frame.hit(network, frame.toX(0.9), frame.toY(0.1))).isNull();
    }
}

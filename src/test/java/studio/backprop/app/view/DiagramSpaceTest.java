package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
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

/**
 * The diagrams own the window: the equation takes a band of fixed share whatever its step holds, so the
 * network keeps its size and zoom from step to step; the diagram re-fits when the window or the panels
 * change; Ctrl+0 gives back the fit after zooming.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DiagramSpaceTest {
    /** The lecture's steps 0 (nothing computed), 16, 28 (a sum over two paths, with notes) and 51 (the end). */
    private static final int[] STEPS = {-1, 15, 27, 50};

    private StudioModel model;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        scene = StudioApp.createScene(model, TestDocuments.lecture(), 1180, 700);
        stage.setScene(scene);
        stage.show();
    }

    private MainView view() {
        return (MainView) scene.getRoot();
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void theNetworkKeepsItsSizeAndZoomFromStepToStep(FxRobot robot) {
        NetworkView network = view().networkView();
        List<Bounds> diagrams = new ArrayList<>();
        List<Double> zooms = new ArrayList<>();
        for (int step : STEPS) {
            robot.interact(() -> model.jumpTo(step));
            WaitForAsyncUtils.waitForFxEvents();
            diagrams.add(inScene(network));
            zooms.add(network.zoom());
        }
        assertThat(diagrams).as("the network's place at steps 0, 16, 28, 51").containsOnly(diagrams.get(0));
        assertThat(zooms).containsOnly(zooms.get(0));
        // the equation band is bounded: the diagrams keep the larger part of the pass
        Bounds equation = inScene(view().equationPanel());
        assertThat(equation.getHeight()).isLessThan(diagrams.get(0).getHeight() / 2);
    }

    @Test
    void theDiagramRefitsWhenTheWindowOrThePanelsChange(FxRobot robot) {
        NetworkView network = view().networkView();
        robot.interact(() -> view().shownProperty().set(MainView.Diagrams.NETWORK));
        double withPanels = network.getWidth();
        double zoomWithPanels = network.zoom();

        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view().sidePanelsProperty().get()).isFalse();
        assertThat(network.getWidth()).isGreaterThan(withPanels + 200);
        assertThat(network.zoom()).isGreaterThanOrEqualTo(zoomWithPanels);
        double fitted = Math.min(network.getWidth() / network.networkLayout().width(),
                network.getHeight() / network.networkLayout().height());
        assertThat(network.zoom()).isCloseTo(Math.min(2, fitted), within(1e-9));

        robot.type(KeyCode.F9);
        robot.interact(() -> stage.setHeight(stage.getHeight() - 100));
        WaitForAsyncUtils.waitForFxEvents();
        double refitted = Math.min(network.getWidth() / network.networkLayout().width(),
                network.getHeight() / network.networkLayout().height());
        assertThat(network.zoom()).isCloseTo(Math.min(2, refitted), within(1e-9));
    }

    @Test
    void ctrlZeroGivesBackTheFitAfterZooming(FxRobot robot) {
        NetworkView network = view().networkView();
        double fitted = network.zoom();
        robot.clickOn("#networkViewZoomIn").clickOn("#networkViewZoomIn");
        assertThat(network.zoom()).isGreaterThan(fitted * 1.5);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(network.zoom()).isCloseTo(fitted, within(1e-9));
    }
}

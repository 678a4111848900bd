package studio.backprop.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.Studio;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.rendering.diagram.LabelText;
import studio.backprop.rendering.diagram.NetworkLayout;
import studio.backprop.app.view.MainView;
import studio.backprop.app.view.NetworkView;
import studio.backprop.app.view.Palette;
import studio.backprop.rendering.diagram.DiagramLabel;

/**
 * Presenter mode measured as the back row sees it: the label size on screen (font size times the view's
 * zoom) against the screen's height, the typeset equation against the labels, the diagram's share of the
 * screen, no band the controls keep for themselves, and the window exactly as it was after F5 twice.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    /** The settings folder before this test: the suite's own (pom), restored after. */
    private String previousConfigDir;
    /** Step 28 of the lecture's pass: ∂E_total/∂out_h1, a sum over two paths. */
    private static final int STEP_28 = 27;
    /** The smallest label the narrow arrangement shows on a 1024×768 screen, px (the wide figure: 14.9). */
    private static final double NARROW_LABEL_PIXELS = 16;

    @TempDir
    Path dir;

    private StudioModel model;
    private Scene scene;
    private Classroom classroom;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio studio = Studio.assemble(model, TestDocuments.lecture(), 1180, 700);
        scene = studio.scene();
        classroom = studio.classroom();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToNormal() {
        WaitForAsyncUtils.asyncFx(() -> presenter().leave());
        WaitForAsyncUtils.waitForFxEvents();
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir); // the suite's own folder, never the user's
    }

    private Presenter presenter() {
        return classroom.presenter();
    }

    private MainView view() {
        return (MainView) scene.getRoot();
    }

    /** The smallest diagram label's height on screen, in pixels: the placed labels' font size times the view's zoom. */
    private double smallestLabelPixels(NetworkView network) {
        double smallest = network.networkLayout().labels().stream().mapToDouble(DiagramLabel::size).min().orElseThrow();
        return smallest * network.zoom();
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Everything F5 must give back. */
    private record WindowState(double x, double y, double width, double height, List<Double> splits, double equationShare,
                               double zoom, MainView.Diagrams shown, boolean sidePanels) { }

    private WindowState state(FxRobot robot) {
        List<Double> splits = robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                .flatMap(split -> Arrays.stream(split.getDividerPositions()).boxed()).toList();
        NetworkView network = view().networkView();
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), splits,
                view().equationShareProperty().get(), network.zoom(),
                view().shownProperty().get(), view().sidePanelsProperty().get());
    }

    @Test
    void theDiagramAndTheEquationFillTheScreenLargeEnoughForTheBackRow(FxRobot robot) {
        // given: step 28, the whole lecture network
        robot.interact(() -> model.jumpTo(STEP_28));
        NetworkView network = view().networkView();
        double windowLabel = smallestLabelPixels(network);

        // when
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        // then: the labels are 1/40 of the screen's height at least, the equation larger still
        double screenHeight = Screen.getPrimary().getBounds().getHeight();
        double label = smallestLabelPixels(network);
        assertThat(label).as("smallest label on screen, px").isGreaterThanOrEqualTo(screenHeight / 40).isGreaterThan(windowLabel);
        double equation = view().equationPanel().shownTexSize();
        assertThat(equation).as("equation font on screen, px").isGreaterThan(1.5 * label);
        ImageView image = robot.lookup("#equationImage").queryAs(ImageView.class);
        assertThat(image.getLayoutBounds().getHeight()).as("equation height, px").isGreaterThan(screenHeight / 10);
        // the diagram takes most of the screen and no band is kept above it or below the equation
        Bounds diagram = inScene(network);
        assertThat(diagram.getWidth() * diagram.getHeight() / (scene.getWidth() * scene.getHeight()))
                .as("diagram's share of the screen").isGreaterThan(0.6);
        assertThat(diagram.getMinY()).as("band above the diagram, px").isLessThan(4);
        assertThat(inScene(view().equationPanel()).getMaxY()).as("equation's bottom").isGreaterThan(scene.getHeight() - 12);
        assertThat(robot.lookup("#graphView").tryQuery()).isEmpty();
        assertThat(robot.lookup("#timeline").tryQuery()).isEmpty();
        assertThat(robot.lookup("#inspector").tryQuery()).isEmpty();
    }

    /**
     * A 4:3 projector, 1024×768: the network takes its narrow arrangement, and at the steps a lecture stops at
     * its smallest label is {@link #NARROW_LABEL_PIXELS} on screen, larger than the wide figure could be, the
     * equation half as large again, and the diagram most of the screen.
     */
    @Test
    void onAFourByThreeProjectorTheNetworkTakesItsNarrowArrangement(FxRobot robot) {
        // given: presenter mode on a 1024×768 screen
        robot.type(KeyCode.F5);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        NetworkView network = view().networkView();
        assertThat(scene.getWidth()).isEqualTo(1024);

        for (int step : new int[] {0, 16, 28, 51}) {
            // when
            robot.interact(() -> model.jumpTo(step));
            WaitForAsyncUtils.waitForFxEvents();

            // then
            String at = "1024×768, step " + step;
            NetworkLayout layout = network.networkLayout();
            assertThat(layout.labels()).filteredOn(l -> l.role() == DiagramLabel.Role.WEIGHT)
                    .as(at + ": weight labels in four narrow lines").allMatch(l -> l.lines() == LabelText.NARROW_LINES);
            double wideZoom = Math.min(network.getWidth() / NetworkLayout.of(TestDocuments.lecture().network()).width(),
                    network.getHeight() / NetworkLayout.of(TestDocuments.lecture().network()).height());
            double label = smallestLabelPixels(network);
            assertThat(label).as(at + ": smallest label on screen, px").isGreaterThanOrEqualTo(NARROW_LABEL_PIXELS)
                    .isGreaterThan(NetworkLayout.LABEL_SIZE * wideZoom);
            assertThat(view().equationPanel().shownTexSize()).as(at + ": equation font on screen, px").isGreaterThan(1.5 * label);
            Bounds diagram = inScene(network);
            assertThat(diagram.getWidth() * diagram.getHeight() / (scene.getWidth() * scene.getHeight()))
                    .as(at + ": diagram's share of the screen").isGreaterThan(0.6);
            assertThat(diagram.getMaxX()).as(at + ": diagram's right edge").isLessThanOrEqualTo(scene.getWidth());
        }
    }

    @Test
    void oneKeyBringsBackTheStepsAndTheInspectorAndTheControlsFloat(FxRobot robot) throws Exception {
        robot.type(KeyCode.F5);
        assertThat(robot.lookup("#timeline").tryQuery()).isEmpty();

        robot.type(KeyCode.F9);
        assertThat(robot.lookup("#timeline").tryQuery()).isPresent();
        assertThat(robot.lookup("#inspector").tryQuery()).isPresent();

        robot.type(KeyCode.F9);
        assertThat(robot.lookup("#timeline").tryQuery()).isEmpty();

        // the menu and toolbar float over the diagram and fade when the mouse rests
        Node chrome = view().chrome().get(0);
        assertThat(chrome.isManaged()).isFalse();
        assertThat(inScene(chrome).getMinY()).isLessThan(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chrome.getOpacity() == 0);
    }

    @Test
    void f5OnAndOffLeavesTheWindowExactlyAsItWas(FxRobot robot) {
        // given: a layout of the user's own: both diagrams, a zoomed network, the equation's divider moved
        robot.interact(() -> {
            model.jumpTo(STEP_28);
            view().shownProperty().set(MainView.Diagrams.BOTH);
        });
        robot.clickOn("#networkViewZoomIn");
        robot.interact(() -> view().equationShareProperty().set(0.3));
        WaitForAsyncUtils.waitForFxEvents();
        WindowState before = state(robot);

        // when
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presenter().isActive()).isTrue();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        WindowState after = state(robot);
        assertThat(after.shown()).isEqualTo(before.shown());
        assertThat(after.sidePanels()).isTrue();
        assertThat(after.equationShare()).isEqualTo(0.3);
        assertThat(after.zoom()).isCloseTo(before.zoom(), within(1e-9));
        assertThat(after.splits()).hasSameSizeAs(before.splits());
        for (int k = 0; k < before.splits().size(); k++) {
            assertThat(after.splits().get(k)).as("divider " + k).isCloseTo(before.splits().get(k), within(0.005));
        }
        assertThat(List.of(after.x(), after.y(), after.width(), after.height()))
                .isEqualTo(List.of(before.x(), before.y(), before.width(), before.height()));
        assertThat(Palette.NUMBER.getSize()).isEqualTo(12);
    }
}

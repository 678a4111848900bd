package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;

/**
 * A diagram repaints only what changed ({@link Repaint}): whatever the steps, selections and pans before, the
 * canvas shows the pixels a whole redraw of the same frame gives.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RepaintTest {
    /** Levels (of 255) an anti-aliased fringe may differ by. */
    private static final int FRINGE = 32;

    private StudioModel model;
    private NetworkView network;
    private GraphView graph;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        network = new NetworkView(model);
        graph = new GraphView(model);
        network.animationsProperty().set(false);
        graph.animationsProperty().set(false);
        network.setPrefSize(700, 520);
        graph.setPrefSize(560, 520);
        stage.setScene(new Scene(new HBox(network, graph), 1260, 520));
        stage.show();
    }

    @Test
    void steppingShowsWhatAWholeRedrawShows(FxRobot robot) {
        int steps = WaitForAsyncUtils.waitForAsyncFx(5_000, model::stepCount);
        for (int step = 0; step < steps; step++) {
            int at = step;
            robot.interact(() -> {
                model.stepForward();
                if (at % 7 == 3) model.select("w5");
                if (at % 7 == 5) model.select(null);
            });
            if (at % 4 == 0 || at == steps - 1) {
                assertSameAsWhole(robot, network, "network after step " + (at + 1));
                assertSameAsWhole(robot, graph, "graph after step " + (at + 1));
            }
        }
    }

    @Test
    void panningByWholePixelsShowsWhatAWholeRedrawShows(FxRobot robot) {
        robot.interact(() -> {
            model.jumpTo(27);
            network.zoomTo(1.4);
        });
        for (int i = 0; i < 12; i++) {
            double d = i < 7 ? 13 : -9;
            robot.interact(() -> network.panBy(d, -d / 2));
        }
        assertSameAsWhole(robot, network, "network panned");
        robot.interact(() -> model.stepForward()); // a step between pans repaints what it changed
        robot.interact(() -> network.panBy(-40, 25));
        assertSameAsWhole(robot, network, "network panned after a step");
    }

    /**
     * The view's pixels now, then after a whole redraw of the same frame: the same. The application turns the
     * rasteriser's path clipping off ({@link DiagramView#beforeToolkit}) and so gets the very same pixels; the
     * tests share a toolkit started without that, under which a curve crossing a repainted rectangle's edge may
     * shade its anti-aliased fringe a few levels apart, never more than {@link #FRINGE} (what was not repainted
     * differs by far more: another number, another colour).
     */
    private static void assertSameAsWhole(FxRobot robot, DiagramView view, String what) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> before = new AtomicReference<>();
        AtomicReference<WritableImage> after = new AtomicReference<>();
        robot.interact(() -> before.set(view.snapshot(null, null)));
        robot.interact(view::repaintWhole);
        robot.interact(() -> after.set(view.snapshot(null, null)));
        assertThat(differingPixels(before.get(), after.get())).as(what + ": pixels more than " + FRINGE + " levels unlike a whole redraw").isZero();
    }

    /** How many pixels differ by more than {@link #FRINGE} levels in a channel. */
    private static int differingPixels(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y);
                int pb = rb.getArgb(x, y);
                int most = 0;
                for (int shift = 0; shift < 32; shift += 8) most = Math.max(most, Math.abs((pa >> shift & 0xff) - (pb >> shift & 0xff)));
                if (most > FRINGE) differing++;
            }
        }
        return differing;
    }
}

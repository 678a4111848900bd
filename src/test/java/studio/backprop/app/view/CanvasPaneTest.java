package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Affine;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas base: the canvas fills the content area, a resize redraws, hits go through the transform. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CanvasPaneTest {
    /** A 100 × 50 drawing with one thing, "box", at [10, 30] × [10, 20]. */
    private static final CanvasPane.Layout<String> BOX = new CanvasPane.Layout<>() {
        @Override
        public double width() { return 100; }

        @Override
        public double height() { return 50; }

        @Override
        public Optional<String> hit(double x, double y) {
            return x >= 10 && x <= 30 && y >= 10 && y <= 20 ? Optional.of("box") : Optional.empty();
        }
    };

    /** Records every drawing's size; draws twice as large when zoomed. */
    private static final class Probe extends CanvasPane {
        final List<String> drawn = new ArrayList<>();
        boolean zoomed;

        Probe() {
            super(300, 200);
        }

        @Override
        protected void draw(GraphicsContext gc, double width, double height) {
            drawn.add((int) width + "x" + (int) height);
        }

        @Override
        protected void drawOver(GraphicsContext gc, double width, double height) {
            drawn.add("over " + (int) width + "x" + (int) height);
        }

        @Override
        protected Affine drawingTransform() {
            return zoomed ? new Affine(2, 0, 5, 0, 2, 7) : new Affine();
        }

        Optional<String> at(double x, double y) {
            return hitAt(BOX, x, y);
        }
    }

    private Probe probe;

    @Start
    void start(Stage stage) {
        probe = new Probe();
        probe.setPadding(new Insets(4, 6, 4, 6));
        stage.setScene(new Scene(new Pane(probe), 500, 300)); // a Pane gives the probe its preferred size, 300 × 200
        stage.show();
    }

    @Test
    void theCanvasFillsTheContentAreaAndAResizeRedrawsAtTheNewSize() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.canvas.getLayoutX()).isEqualTo(6);
        assertThat(probe.canvas.getLayoutY()).isEqualTo(4);
        assertThat(probe.canvas.getWidth()).isEqualTo(300 - 12);
        assertThat(probe.canvas.getHeight()).isEqualTo(200 - 8);
        assertThat(probe.drawn).endsWith("288x192", "over 288x192");
        WaitForAsyncUtils.asyncFx(() -> probe.setPrefWidth(400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.canvas.getWidth()).isEqualTo(400 - 12);
        assertThat(probe.drawn).endsWith("388x192", "over 388x192");
    }

    @Test
    void aHitIsAskedInDrawingCoordinates() {
        assertThat(probe.at(20, 15)).contains("box");
        assertThat(probe.at(40, 15)).isEmpty();
        probe.zoomed = true;
        assertThat(probe.at(20, 15)).isEmpty(); // drawing (7.5, 4): left of and above the box
        assertThat(probe.at(5 + 2 * 20, 7 + 2 * 15)).contains("box");
        assertThat(probe.toDrawing(45, 37)).isEqualTo(new Point2D(20, 15));
        assertThat(probe.hitAt(null, 20, 15)).isEmpty();
    }

    @Test
    void aCanvasWithoutRoomIsClearedButNotDrawn() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        int drawings = WaitForAsyncUtils.asyncFx(() -> {
            probe.canvas.setWidth(1);
            int before = probe.drawn.size();
            probe.redraw();
            return probe.drawn.size() - before;
        }).get();
        assertThat(drawings).isZero();
    }
}

package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
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
import studio.backprop.core.graph.Phase;

/**
 * The backward flow's dot moves on its own canvas: a step draws the diagram once, and the frames of the
 * animation redraw the dot alone, until it comes to rest and the animation stops.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PulseOverlayTest {
    private StudioModel model;
    private CountingView view;

    /** A diagram that counts how often it draws the whole drawing and the dot alone. */
    private static final class CountingView extends DiagramView {
        final AtomicInteger drawings = new AtomicInteger();
        final AtomicInteger dots = new AtomicInteger();

        CountingView(StudioModel model) {
            super(model);
        }

        @Override
        protected List<Item> items() {
            return List.of();
        }

        @Override
        protected String accessibleName() {
            return "counting";
        }

        @Override
        protected double contentWidth() {
            return 400;
        }

        @Override
        protected double contentHeight() {
            return 300;
        }

        @Override
        protected void render(GraphicsContext gc, DiagramState state) {
            assertThat(state.pulsing()).as("the drawing under the dot is drawn at rest").isFalse();
            drawings.incrementAndGet();
        }

        @Override
        protected void renderPulse(GraphicsContext gc, DiagramState state) {
            assertThat(state.pulsing()).isTrue();
            dots.incrementAndGet();
        }

        @Override
        protected Optional<String> hit(double x, double y) {
            return Optional.empty();
        }
    }

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        view = new CountingView(model);
        view.animationsProperty().set(true);
        stage.setScene(new Scene(view, 500, 400));
        stage.show();
    }

    @Test
    void aBackwardStepDrawsTheDiagramOnceAndAnimatesOnlyTheDot(FxRobot robot) throws Exception {
        int backward = firstBackwardStep();
        robot.interact(() -> model.jumpTo(backward - 1));
        int before = view.drawings.get();
        robot.interact(() -> model.jumpTo(backward));
        int afterStep = view.drawings.get();
        assertThat(afterStep - before).as("the step draws the diagram").isBetween(1, 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.state().pulse() >= 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.dots.get()).as("the dot was drawn on its frames").isGreaterThanOrEqualTo(2);
        assertThat(view.drawings.get()).as("no frame of the animation redrew the diagram").isEqualTo(afterStep);
    }

    @Test
    void aForwardStepDoesNotAnimate(FxRobot robot) {
        robot.interact(() -> model.jumpTo(0));
        assertThat(model.currentStep().orElseThrow().phase()).isNotEqualTo(Phase.BACKWARD);
        assertThat(view.state().pulse()).isEqualTo(1);
        assertThat(view.state().pulsing()).isFalse();
    }

    private int firstBackwardStep() {
        var steps = model.getTrace().steps();
        for (int i = 0; i < steps.size(); i++) if (steps.get(i).phase() == Phase.BACKWARD) return i;
        throw new AssertionError("the lecture has a backward pass");
    }
}

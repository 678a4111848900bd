package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.Computation;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.Align;
import studio.backprop.rendering.Area;
import studio.backprop.rendering.FontSpec;
import studio.backprop.rendering.Path;
import studio.backprop.rendering.Rgba;
import studio.backprop.rendering.Stroke;
import studio.backprop.rendering.Surface;
import studio.backprop.rendering.Theme;

/**
 * Level of detail of the graph diagram: text too small to read at the surface's scale is left out, dashes too
 * fine to see are drawn solid, and what lies outside the visible area is not drawn; at a readable scale with
 * everything in view, everything is drawn.
 */
class LevelOfDetailTest {
    /** Counts texts, dashed strokes and curves, at a scale and with a visible area. */
    private static final class Counter implements Surface {
        final List<String> texts = new ArrayList<>();
        int dashed;
        int curves;
        private final double scale;
        private final Area visible;

        Counter(double scale, Area visible) {
            this.scale = scale;
            this.visible = visible;
        }

        @Override public void oval(double x, double y, double width, double height, Rgba fill, Stroke stroke) { }

        @Override public void rect(double x, double y, double width, double height, double arc, Rgba fill, Stroke stroke) { }

        @Override public void line(double x1, double y1, double x2, double y2, Stroke stroke) { }

        @Override public void path(Path path, Stroke stroke) {
            curves++;
            if (stroke.dash() != null) dashed++;
        }

        @Override public void polygon(double[] xs, double[] ys, Rgba fill) { }

        @Override public void text(String text, double x, double y, FontSpec font, Rgba color, Align align) {
            texts.add(text);
        }

        @Override public double textWidth(String text, FontSpec font) {
            return text.length() * font.size() * 0.6;
        }

        @Override public double scale() {
            return scale;
        }

        @Override public Optional<Area> visibleArea() {
            return Optional.ofNullable(visible);
        }
    }

    private final Trace trace = Computation.trace(TestDocuments.lecture());
    private final GraphLayout layout = GraphLayout.of(trace.graph());
    /** The end of the pass: every gradient known, some negative (dashed). */
    private final DiagramState end = DiagramState.of(trace, Reveal.of(trace), trace.steps().size() - 1, null, 1);

    private Counter drawn(double scale, Area visible) {
        Counter surface = new Counter(scale, visible);
        GraphRenderer.draw(surface, Theme.LIGHT, end, layout);
        return surface;
    }

    @Test
    void atAReadableScaleEverythingIsDrawn() {
        Counter whole = drawn(1, null);
        assertThat(whole.texts).hasSizeGreaterThan(trace.graph().size()); // every name and number
        assertThat(whole.dashed).isPositive();
        assertThat(drawn(0.6, null).texts).hasSameSizeAs(whole.texts); // 12-unit text at 0.6: 7.2 pixels
    }

    @Test
    void textTooSmallToReadAndDashesTooFineToSeeAreLeftOut() {
        Counter tiny = drawn(0.2, null); // 12-unit text 2.4 pixels high, a 12-unit dash period 2.4 pixels
        assertThat(tiny.texts).isEmpty();
        assertThat(tiny.dashed).isZero();
        assertThat(tiny.curves).isEqualTo(drawn(1, null).curves); // the edges all stay
    }

    @Test
    void whatLiesOutsideTheVisibleAreaIsNotDrawn() {
        Counter whole = drawn(1, null);
        Counter none = drawn(1, new Area(layout.width() + 500, layout.height() + 500, 100, 100));
        assertThat(none.texts).isEmpty();
        assertThat(none.curves).isZero();
        Counter all = drawn(1, new Area(-10, -10, layout.width() + 20, layout.height() + 20));
        assertThat(all.texts).isEqualTo(whole.texts);
        assertThat(all.curves).isEqualTo(whole.curves);
    }
}

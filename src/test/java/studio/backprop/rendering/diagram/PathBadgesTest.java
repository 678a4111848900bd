package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.Align;
import studio.backprop.rendering.Area;
import studio.backprop.rendering.FontSpec;
import studio.backprop.rendering.Path;
import studio.backprop.rendering.Rgba;
import studio.backprop.rendering.Stroke;
import studio.backprop.rendering.Surface;
import studio.backprop.rendering.Theme;
import studio.backprop.rendering.diagram.LabelPlacement.Rect;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;

/** The numbered discs of a gradient summed over paths never cover a label, a node or each other. */
class PathBadgesTest {

    /** Records where the renderer puts discs filled with the theme's path colour. */
    private static final class Discs implements Surface {
        final List<Rect> discs = new ArrayList<>();

        @Override public void oval(double x, double y, double width, double height, Rgba fill, Stroke stroke) {
            if (Theme.LIGHT.path().equals(fill) && width == 2 * PathBadges.RADIUS) discs.add(new Rect(x, y, width, height));
        }

        @Override public void rect(double x, double y, double width, double height, double arc, Rgba fill, Stroke stroke) { }

        @Override public void line(double x1, double y1, double x2, double y2, Stroke stroke) { }

        @Override public void path(Path path, Stroke stroke) { }

        @Override public void polygon(double[] xs, double[] ys, Rgba fill) { }

        @Override public void text(String text, double x, double y, FontSpec font, Rgba color, Align align) { }

        @Override public double textWidth(String text, FontSpec font) {
            return text.length() * font.size() * 0.6;
        }

        @Override public double scale() {
            return 1;
        }

        @Override public Optional<Area> visibleArea() {
            return Optional.empty();
        }
    }

    @Test
    void everyStepOfTheLecturePassPutsItsDiscsClearOfLabelsNodesAndEachOther() {
        NetworkDocument lecture = TestDocuments.lecture();
        Trace trace = Computation.trace(lecture);
        NetworkLayout layout = NetworkLayout.of(lecture.network());
        Reveal reveal = Reveal.of(trace);
        int stepsWithPaths = 0;
        for (int step = 0; step < trace.steps().size(); step++) {
            Discs surface = new Discs();
            NetworkRenderer.draw(surface, Theme.LIGHT, lecture.network(), DiagramState.of(trace, reveal, step, null, 1), layout);
            if (!surface.discs.isEmpty()) stepsWithPaths++;
            for (int k = 0; k < surface.discs.size(); k++) {
                Rect disc = surface.discs.get(k);
                for (Rect obstacle : layout.obstacles()) {
                    assertThat(disc.intersects(obstacle)).as("step %d, disc %d over %s", step, k + 1, obstacle).isFalse();
                }
                for (Rect other : surface.discs.subList(0, k)) assertThat(disc.intersects(other)).as("step %d: discs overlap", step).isFalse();
            }
        }
        assertThat(stepsWithPaths).as("steps that sum over paths").isGreaterThan(0);
    }

    @Test
    void aDiscLeavesItsFirstSpotOnlyForALabelInTheWay() {
        Segment line = new Segment(0, 0, 100, 0);
        assertThat(PathBadges.place(List.of(line), List.of()).get(0)).containsExactly(62, 0);
        double[] moved = PathBadges.place(List.of(line), List.of(new Rect(56, -5, 12, 10))).get(0);
        assertThat(Math.abs(moved[0] - 62)).isGreaterThan(PathBadges.RADIUS);
        assertThat(moved[1]).isZero();
    }
}

package studio.backprop.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * An open path of straight and cubic Bézier pieces, possibly made of several sub-paths (each starts with a
 * {@link MoveTo}). Built with {@link #builder()}; immutable once built.
 *
 * @param segments the pieces in drawing order, the first a {@link MoveTo}
 */
public record Path(List<Segment> segments) {
    public Path {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || !(segments.get(0) instanceof MoveTo)) throw new IllegalArgumentException("a path starts with a move");
    }

    /** One piece of a path. */
    public sealed interface Segment permits MoveTo, LineTo, CurveTo { }

    /** Starts a new sub-path at (x, y). */
    public record MoveTo(double x, double y) implements Segment { }

    /** A straight line to (x, y). */
    public record LineTo(double x, double y) implements Segment { }

    /** A cubic Bézier curve to (x, y) with control points (c1x, c1y) and (c2x, c2y). */
    public record CurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) implements Segment { }

    /** A path builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the pieces of a path. */
    public static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        private Builder() { }

        public Builder moveTo(double x, double y) {
            segments.add(new MoveTo(x, y));
            return this;
        }

        public Builder lineTo(double x, double y) {
            segments.add(new LineTo(x, y));
            return this;
        }

        public Builder curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            segments.add(new CurveTo(c1x, c1y, c2x, c2y, x, y));
            return this;
        }

        public Path build() {
            return new Path(segments);
        }
    }
}

package studio.backprop.app.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import studio.backprop.rendering.Align;
import studio.backprop.rendering.Area;
import studio.backprop.rendering.Cap;
import studio.backprop.rendering.FontSpec;
import studio.backprop.rendering.Path;
import studio.backprop.rendering.Rgba;
import studio.backprop.rendering.Stroke;
import studio.backprop.rendering.Surface;

/**
 * A frame of a diagram as a list of drawing operations, recorded in layout coordinates under one view
 * transform (a uniform scale and a translation), each with the pixels it can touch on the canvas. Two frames
 * drawn under the same transform differ only where their operations differ, so a view redraws only there
 * ({@link DiagramView}); the recorded operations are replayed onto the real surface in their order.
 *
 * <p>The recorder is itself a {@link Surface}: the renderers draw into it exactly as they draw onto the canvas,
 * and it answers their questions (text widths, scale, visible area) as the canvas would.
 */
final class DisplayList implements Surface {
    /** Pixels added around every operation's bounds for anti-aliasing. */
    private static final double AA = 2;

    /**
     * One recorded operation and the device pixels it may touch: [minX, maxX) × [minY, maxY). Under one view
     * transform equal operations have equal bounds, so two entries are equal exactly when their operations are;
     * the frames' comparison keys on the entries, whose whole-pixel bounds spread the hashes of a large drawing's
     * operations at round coordinates (hundreds of discs in a column), which alone would crowd a few buckets.
     */
    record Entry(Op op, int minX, int minY, int maxX, int maxY) {
        boolean intersects(int[] r) {
            return minX < r[2] && r[0] < maxX && minY < r[3] && r[1] < maxY;
        }

        /** The bounds as {minX, minY, maxX, maxY}. */
        int[] bounds() {
            return new int[] {minX, minY, maxX, maxY};
        }
    }

    /** A drawing operation, replayed onto a surface. Operations are values: equal ones draw the same pixels. */
    sealed interface Op {
        void replay(Surface surface);
    }

    record RectOp(double x, double y, double w, double h, double arc, Rgba fill, Stroke stroke) implements Op {
        @Override
        public void replay(Surface surface) {
            surface.rect(x, y, w, h, arc, fill, stroke);
        }
    }

    record OvalOp(double x, double y, double w, double h, Rgba fill, Stroke stroke) implements Op {
        @Override
        public void replay(Surface surface) {
            surface.oval(x, y, w, h, fill, stroke);
        }
    }

    record LineOp(double x1, double y1, double x2, double y2, Stroke stroke) implements Op {
        @Override
        public void replay(Surface surface) {
            surface.line(x1, y1, x2, y2, stroke);
        }
    }

    record PathOp(Path path, Stroke stroke) implements Op {
        @Override
        public void replay(Surface surface) {
            surface.path(path, stroke);
        }
    }

    record PolygonOp(List<Double> xs, List<Double> ys, Rgba fill) implements Op {
        @Override
        public void replay(Surface surface) {
            surface.polygon(xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray(),
                    fill);
        }
    }

    record TextOp(String text, double x, double y, FontSpec font, Rgba color, Align align) implements Op {
        @Override
        public void replay(Surface surface) {
            surface.text(text, x, y, font, color, align);
        }
    }

    private final Surface measure;
    private final double zoom;
    private final double panX;
    private final double panY;
    private final List<Entry> entries = new ArrayList<>();

    /**
     * A recorder for a canvas whose transform is {@code zoom} and ({@code panX}, {@code panY}); {@code measure}
     * is that canvas's surface, with that transform set, which measures text and knows the visible area.
     */
    DisplayList(Surface measure, double zoom, double panX, double panY) {
        this.measure = measure;
        this.zoom = zoom;
        this.panX = panX;
        this.panY = panY;
    }

    /** The operations recorded so far, in drawing order. */
    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    double zoom() {
        return zoom;
    }

    double panX() {
        return panX;
    }

    double panY() {
        return panY;
    }

    /** Draws every operation touching a device rectangle {minX, minY, maxX, maxY} (all of them when null). */
    void replay(Surface surface, int[] within) {
        for (Entry entry : entries) if (within == null || entry.intersects(within)) entry.op().replay(surface);
    }

    private void add(Op op, double minX, double minY, double maxX, double maxY, double strokeWidth) {
        double reach = strokeWidth / 2 * zoom + AA;
        entries.add(new Entry(op, (int) Math.floor(minX * zoom + panX - reach), (int) Math.floor(minY * zoom + panY - reach),
                (int) Math.ceil(maxX * zoom + panX + reach), (int) Math.ceil(maxY * zoom + panY + reach)));
    }

    /** How far a stroke reaches beyond its outline, in layout units (a square cap's corner reaches √2 farther). */
    private static double reach(Stroke stroke) {
        if (stroke == null) return 0;
        return stroke.cap() == Cap.SQUARE ? stroke.width() * Math.sqrt(2) : stroke.width();
    }

    @Override
    public void rect(double x, double y, double width, double height, double arc, Rgba fill, Stroke stroke) {
        add(new RectOp(x, y, width, height, arc, fill, stroke), Math.min(x, x + width), Math.min(y, y + height),
                Math.max(x, x + width), Math.max(y, y + height), reach(stroke));
    }

    @Override
    public void oval(double x, double y, double width, double height, Rgba fill, Stroke stroke) {
        add(new OvalOp(x, y, width, height, fill, stroke), Math.min(x, x + width), Math.min(y, y + height),
                Math.max(x, x + width), Math.max(y, y + height), reach(stroke));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        add(new LineOp(x1, y1, x2, y2, stroke), Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), reach(stroke));
    }

    /** A path's bounds are those of all its points, control points included (a Bézier stays in their hull). */
    @Override
    public void path(Path path, Stroke stroke) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Path.Segment segment : path.segments()) {
            if (segment instanceof Path.MoveTo m) grow(b, m.x(), m.y());
            else if (segment instanceof Path.LineTo l) grow(b, l.x(), l.y());
            else if (segment instanceof Path.CurveTo c) {
                grow(b, c.c1x(), c.c1y());
                grow(b, c.c2x(), c.c2y());
                grow(b, c.x(), c.y());
            }
        }
        if (b[0] > b[2]) return; // nothing to draw
        add(new PathOp(path, stroke), b[0], b[1], b[2], b[3], reach(stroke));
    }

    private static void grow(double[] b, double x, double y) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
    }

    @Override
    public void polygon(double[] xs, double[] ys, Rgba fill) {
        int n = Math.min(xs.length, ys.length);
        if (n == 0) return;
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < n; i++) grow(b, xs[i], ys[i]);
        add(new PolygonOp(boxed(xs, n), boxed(ys, n), fill), b[0], b[1], b[2], b[3], 0);
    }

    private static List<Double> boxed(double[] values, int n) {
        return Arrays.stream(values, 0, n).boxed().toList();
    }

    /**
     * A text's bounds: its measured width, a line of the font's size, and a margin of half the size around
     * both for glyphs that overhang their advance (the canvas draws text at a font scaled to the device).
     */
    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba color, Align align) {
        double width = textWidth(text, font);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        double margin = font.size() / 2;
        add(new TextOp(text, x, y, font, color, align), left - margin, y - font.size() / 2 - margin, left + width + margin,
                y + font.size() / 2 + margin, 0);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return measure.textWidth(text, font);
    }

    @Override
    public double scale() {
        return zoom;
    }

    @Override
    public Optional<Area> visibleArea() {
        return measure.visibleArea();
    }
}

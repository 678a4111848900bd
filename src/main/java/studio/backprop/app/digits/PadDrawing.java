package studio.backprop.app.digits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.backprop.core.data.Digits;

/**
 * The drawing pad's model, without a screen: strokes of a round brush on a square pad, kept as ink on a
 * grid of cells, and the 8×8 image the network sees ({@link Digits#downsample}). A cell is inked when its
 * centre lies within the brush radius of a stroke, so a stroke is a chain of round-capped segments.
 */
public final class PadDrawing {
    /** Side of the pad, in pixels. */
    public static final double SIZE = 224;
    /** Cells per side of the ink grid (2 pixels per cell). */
    public static final int CELLS = 112;
    /** Radius of the round brush, in pixels. */
    public static final double BRUSH_RADIUS = 9;
    private static final double CELL = SIZE / CELLS;

    /** A point on the pad, in pixels, (0, 0) at the top left. */
    public record Point(double x, double y) { }

    private final boolean[][] ink = new boolean[CELLS][CELLS];
    private final List<List<Point>> strokes = new ArrayList<>();

    /** A drawing of these strokes, each a list of points the brush passed through. */
    public static PadDrawing of(List<List<Point>> strokes) {
        PadDrawing drawing = new PadDrawing();
        for (List<Point> stroke : strokes) {
            if (stroke.isEmpty()) continue;
            drawing.begin(stroke.get(0).x(), stroke.get(0).y());
            for (Point p : stroke.subList(1, stroke.size())) drawing.extend(p.x(), p.y());
        }
        return drawing;
    }

    /** Starts a stroke: the brush touches the pad at (x, y). */
    public void begin(double x, double y) {
        List<Point> stroke = new ArrayList<>();
        stroke.add(new Point(x, y));
        strokes.add(stroke);
        paint(x, y, x, y);
    }

    /** Continues the current stroke to (x, y); without a stroke it starts one. */
    public void extend(double x, double y) {
        if (strokes.isEmpty()) {
            begin(x, y);
            return;
        }
        List<Point> stroke = strokes.get(strokes.size() - 1);
        Point last = stroke.get(stroke.size() - 1);
        stroke.add(new Point(x, y));
        paint(last.x(), last.y(), x, y);
    }

    /** Wipes the pad. */
    public void clear() {
        strokes.clear();
        for (boolean[] row : ink) Arrays.fill(row, false);
    }

    /** Whether nothing is drawn. */
    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    /** The strokes drawn so far, copies. */
    public List<List<Point>> strokes() {
        return strokes.stream().map(List::copyOf).toList();
    }

    /** Whether cell (row, column) of the {@link #CELLS}² grid has ink. */
    public boolean inked(int row, int column) {
        return ink[row][column];
    }

    /** The network's 64 inputs for this drawing: cropped, centred and averaged into 8×8 blocks. */
    public double[] image() {
        return Digits.downsample(ink);
    }

    /** Inks every cell whose centre is within the brush radius of the segment (x0, y0)–(x1, y1). */
    private void paint(double x0, double y0, double x1, double y1) {
        int firstColumn = clamp((int) Math.floor((Math.min(x0, x1) - BRUSH_RADIUS) / CELL));
        int lastColumn = clamp((int) Math.ceil((Math.max(x0, x1) + BRUSH_RADIUS) / CELL));
        int firstRow = clamp((int) Math.floor((Math.min(y0, y1) - BRUSH_RADIUS) / CELL));
        int lastRow = clamp((int) Math.ceil((Math.max(y0, y1) + BRUSH_RADIUS) / CELL));
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstColumn; c <= lastColumn; c++) {
                double px = (c + 0.5) * CELL;
                double py = (r + 0.5) * CELL;
                if (distanceToSegment(px, py, x0, y0, x1, y1) <= BRUSH_RADIUS) ink[r][c] = true;
            }
        }
    }

    private static int clamp(int cell) {
        return Math.max(0, Math.min(CELLS - 1, cell));
    }

    private static double distanceToSegment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / length));
        return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
    }
}

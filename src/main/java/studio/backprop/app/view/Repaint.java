package studio.backprop.app.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Affine;
import javafx.stage.Window;
import studio.backprop.rendering.CanvasSurface;

/**
 * Puts a recorded frame ({@link DisplayList}) on a diagram's canvas, repainting as few pixels as it can. A
 * canvas keeps its pixels between frames, so when the view's size, zoom, pan and focus are those of the frame
 * already shown, only the rectangles of operations that appeared or disappeared are repainted: each is cleared
 * to the background and every operation touching it replayed in order, clipped to it. Anything else (a pan, a
 * zoom, a new size, a change over most of the canvas) is drawn whole. The result is the same pixels a whole
 * redraw gives: every operation is drawn where it touches, in the same order, at the same positions.
 *
 * <p>A pan drawn as an image of the canvas moved by the pan, with only the uncovered strips repainted, was
 * measured and dropped: on the software pipeline the full-size image costs the renderer more per frame
 * (network1000.pan 39/53 ms against 24/31 ms drawn whole).
 */
final class Repaint {
    /** Above this share of the canvas, repainting rectangles costs more than drawing the frame whole. */
    private static final double MOST = 0.6;
    /** More rectangles than this are merged into their bounding box. */
    private static final int RECTANGLES = 12;
    /** More rectangles than this are not paired up (that takes their number cubed) but bounded at once. */
    private static final int MERGED = 64;
    /**
     * Frames of more operations than this are drawn whole: comparing a hundred thousand operations costs more
     * than drawing the overview of a large network, whose step changes most of it anyway.
     */
    private static final int COMPARED = 20_000;
    /** Rectangles closer than this many pixels are merged. */
    private static final int NEAR = 8;
    private static final Affine IDENTITY = new Affine();

    private int width = -1;
    private int height = -1;
    private boolean focused;

    /** Shows {@code next} on the canvas, which shows {@code shown} now (null: unknown); returns {@code next}. */
    DisplayList paint(Canvas canvas, DisplayList next, DisplayList shown, boolean focus) {
        int w = (int) canvas.getWidth();
        int h = (int) canvas.getHeight();
        boolean sameView = shown != null && w == width && h == height && focus == focused && shown.zoom() == next.zoom()
                && shown.panX() == next.panX() && shown.panY() == next.panY() && wholePixels(canvas)
                && shown.entries().size() <= COMPARED && next.entries().size() <= COMPARED;
        width = w;
        height = h;
        focused = focus;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        List<int[]> damage = sameView ? merged(diff(shown, next)) : null;
        if (damage == null) whole(gc, next);
        else for (int[] r : damage) repair(gc, next, r);
        return next;
    }

    /** Whether the canvas's pixels are the window's (no fractional output scale, under which a clip would blur). */
    private static boolean wholePixels(Canvas canvas) {
        Window window = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        return window == null || window.getRenderScaleX() == 1 && window.getRenderScaleY() == 1;
    }

    /**
     * The device rectangles where two frames differ: the bounds of each operation of one without an equal
     * operation in the other.
     */
    private static List<int[]> diff(DisplayList before, DisplayList after) {
        Map<DisplayList.Entry, Integer> unmatched = new HashMap<>();
        for (DisplayList.Entry e : before.entries()) unmatched.merge(e, 1, Integer::sum);
        List<int[]> rects = new ArrayList<>();
        for (DisplayList.Entry e : after.entries()) {
            Integer left = unmatched.get(e);
            if (left == null || left == 0) rects.add(e.bounds());
            else unmatched.put(e, left - 1);
        }
        for (DisplayList.Entry e : before.entries()) {
            Integer left = unmatched.get(e);
            if (left != null && left > 0) {
                rects.add(e.bounds());
                unmatched.put(e, left - 1);
            }
        }
        return rects;
    }

    /**
     * The rectangles clipped to the canvas and merged where they overlap or nearly do; null when they cover so
     * much of the canvas that drawing it whole is cheaper.
     */
    private List<int[]> merged(List<int[]> rects) {
        List<int[]> out = new ArrayList<>();
        long area = 0;
        for (int[] r : rects) {
            int[] c = {Math.max(0, r[0]), Math.max(0, r[1]), Math.min(width, r[2]), Math.min(height, r[3])};
            if (c[0] >= c[2] || c[1] >= c[3]) continue;
            out.add(c);
            area += (long) (c[2] - c[0]) * (c[3] - c[1]);
        }
        long most = (long) (MOST * width * height);
        if (area > 4 * most) return null; // overlapping or not, far too much
        if (out.size() > MERGED) out = List.of(out.stream().reduce(Repaint::union).orElseThrow()); // too many to pair up
        for (boolean again = true; again; ) {
            again = false;
            for (int i = 0; i < out.size() && !again; i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    int[] a = out.get(i);
                    int[] b = out.get(j);
                    if (a[0] - NEAR < b[2] && b[0] - NEAR < a[2] && a[1] - NEAR < b[3] && b[1] - NEAR < a[3]) {
                        out.set(i, union(a, b));
                        out.remove(j);
                        again = true;
                        break;
                    }
                }
            }
        }
        if (out.size() > RECTANGLES) out = List.of(out.stream().reduce(Repaint::union).orElseThrow());
        area = 0;
        for (int[] r : out) area += (long) (r[2] - r[0]) * (r[3] - r[1]);
        return area > most ? null : out;
    }

    private static int[] union(int[] a, int[] b) {
        return new int[] {Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])};
    }

    /** The whole frame: the background (which also drops the canvas's earlier commands), every operation, the frame. */
    private void whole(GraphicsContext gc, DisplayList frame) {
        gc.setTransform(IDENTITY);
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        gc.setTransform(frame.zoom(), 0, 0, frame.zoom(), frame.panX(), frame.panY());
        frame.replay(new CanvasSurface(gc), null);
        focusFrame(gc);
    }

    /** One rectangle: cleared, and every operation touching it drawn again, clipped to it. */
    private void repair(GraphicsContext gc, DisplayList frame, int[] r) {
        gc.save();
        gc.setTransform(IDENTITY);
        gc.beginPath();
        gc.rect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
        gc.clip();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
        gc.setTransform(frame.zoom(), 0, 0, frame.zoom(), frame.panX(), frame.panY());
        frame.replay(new CanvasSurface(gc), r);
        focusFrame(gc);
        gc.restore();
    }

    /** When the keyboard is in the view: a frame a lecturer can see from the back. */
    private void focusFrame(GraphicsContext gc) {
        if (focused) focusFrame(gc, width, height);
    }

    /** The focus frame on a canvas of the given size. */
    static void focusFrame(GraphicsContext gc, double width, double height) {
        gc.setTransform(IDENTITY);
        gc.setStroke(Palette.SELECTED);
        gc.setLineWidth(3);
        gc.setLineDashes(null);
        gc.strokeRect(1.5, 1.5, width - 3, height - 3);
    }
}

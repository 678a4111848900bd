package studio.backprop.app.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.FillRule;
import studio.backprop.rendering.Area;

/**
 * Where the drawing covers the backward-flow dot: the dot is drawn on its own canvas above the drawing, and
 * clipped to everything but the shapes the drawing paints over it (neurons, nodes, labels, badges), so it
 * still slips under them as it did when it was drawn between the edges and the nodes.
 */
final class PulseCover {
    /** How far beyond the visible area the clip reaches, in layout units. */
    private static final double MARGIN = 100;

    private final GraphicsContext gc;

    /** Starts a clip of the whole {@code visible} area (null: a very large one) on {@code gc}. */
    PulseCover(GraphicsContext gc, Area visible) {
        this.gc = gc;
        gc.save();
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.beginPath();
        if (visible == null) gc.rect(-1e6, -1e6, 2e6, 2e6);
        else gc.rect(visible.x() - MARGIN, visible.y() - MARGIN, visible.width() + 2 * MARGIN, visible.height() + 2 * MARGIN);
    }

    /** Cuts a disc out of the clip. */
    void circle(double x, double y, double r) {
        gc.moveTo(x + r, y);
        gc.arc(x, y, r, r, 0, 360);
        gc.closePath();
    }

    /** Cuts a rectangle out of the clip. */
    void rect(double x, double y, double w, double h) {
        gc.rect(x, y, w, h);
    }

    /** Applies the clip; the dot drawn next shows only outside the cut shapes. Undo with {@link #end}. */
    void apply() {
        gc.clip();
    }

    /** Restores the graphics context as it was before the clip. */
    void end() {
        gc.restore();
    }
}

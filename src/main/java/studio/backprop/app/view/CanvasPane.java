package studio.backprop.app.view;

import java.util.Optional;
import javafx.beans.Observable;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import javafx.scene.transform.NonInvertibleTransformException;

/**
 * The one canvas base class: a {@link Region} owning a {@link Canvas} that fills its content area (inside the
 * insets), resized in {@link #layoutChildren()} and redrawn when its size or its data changes (the
 * Medusa/Charts lifecycle). Subclasses implement {@link #draw} and call {@link #redraw()} from their
 * listeners; what lies under the mouse comes from a {@link Layout} the subclass supplies, asked through
 * {@link #hitAt}.
 *
 * <p>The drawing may sit under a transform ({@link #drawingTransform()}, the identity unless a subclass
 * zooms or pans): {@link #draw} then works in drawing coordinates, {@link #hitAt} maps mouse coordinates
 * back through it, and {@link #drawOver} adds what stays put in canvas pixels (a diagram's focus frame).
 */
public abstract class CanvasPane extends Region {
    /**
     * Where a drawing puts its things: its size and the thing at a point, both in drawing coordinates.
     *
     * @param <T> what a point can hit (a neuron, a node's name, a handle)
     */
    public interface Layout<T> {
        /** The drawing's width. */
        double width();

        /** The drawing's height. */
        double height();

        /** The thing drawn at (x, y), if any. */
        Optional<T> hit(double x, double y);
    }

    /** The canvas drawn on; subclasses add their mouse handlers to it. */
    protected final Canvas canvas = new Canvas();

    /** A pane whose preferred size comes from its canvas. */
    protected CanvasPane() {
        getChildren().add(canvas);
        getStyleClass().add(Styles.DIAGRAM);
    }

    /** A chart of a preferred size that may shrink to 120 × 80. */
    protected CanvasPane(double prefWidth, double prefHeight) {
        this();
        setPrefSize(prefWidth, prefHeight);
        setMinSize(120, 80);
    }

    @Override
    protected void layoutChildren() {
        boolean inset = !coversBorder();
        double left = inset ? snappedLeftInset() : 0;
        double top = inset ? snappedTopInset() : 0;
        canvas.setLayoutX(left);
        canvas.setLayoutY(top);
        double w = Math.max(0, getWidth() - left - (inset ? snappedRightInset() : 0));
        double h = Math.max(0, getHeight() - top - (inset ? snappedBottomInset() : 0));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            resized();
            redraw();
        }
    }

    /**
     * Whether the canvas covers the whole pane, its border and padding too, rather than its content area: a
     * diagram draws its own frame when it has the keyboard. No here.
     */
    protected boolean coversBorder() {
        return false;
    }

    /** Called when the canvas takes a new size, before it is redrawn (a diagram fits its drawing again). */
    protected void resized() {
        // a chart draws at whatever size it is given
    }

    /** Redraws whenever one of {@code data} changes (the properties {@link #draw} reads). */
    protected final void redrawOn(Observable... data) {
        for (Observable o : data) o.addListener(changed -> redraw());
    }

    /** Puts the current data on the canvas ({@link #paint}). */
    public final void redraw() {
        paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight());
    }

    /**
     * Puts the current data on a canvas of the given size: here cleared and drawn whole under the drawing
     * transform, then {@link #drawOver}. A subclass that knows what changed since the last frame may repaint
     * only that.
     */
    protected void paint(GraphicsContext gc, double w, double h) {
        gc.setTransform(new Affine());
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, w, h);
        if (w <= 1 || h <= 1) return;
        gc.setTransform(drawingTransform());
        draw(gc, w, h);
        gc.setTransform(new Affine());
        drawOver(gc, w, h);
    }

    /** Draws on a cleared canvas of the given size (in canvas pixels), under {@link #drawingTransform()}. */
    protected abstract void draw(GraphicsContext gc, double width, double height);

    /** Draws over the drawing in canvas pixels, outside the transform (a focus frame); nothing here. */
    protected void drawOver(GraphicsContext gc, double width, double height) {
        // a chart has nothing to add over its drawing
    }

    /** From drawing to canvas coordinates: the identity here; a zooming subclass scales and pans. */
    protected Affine drawingTransform() {
        return new Affine();
    }

    /** A point of the canvas (a mouse event's x and y) in drawing coordinates. */
    public final Point2D toDrawing(double canvasX, double canvasY) {
        try {
            return drawingTransform().inverseTransform(canvasX, canvasY);
        } catch (NonInvertibleTransformException e) {
            return new Point2D(canvasX, canvasY);
        }
    }

    /** What the layout has at a point of the canvas; empty when there is no layout yet. */
    protected final <T> Optional<T> hitAt(Layout<T> layout, double canvasX, double canvasY) {
        if (layout == null) return Optional.empty();
        Point2D p = toDrawing(canvasX, canvasY);
        return layout.hit(p.getX(), p.getY());
    }
}

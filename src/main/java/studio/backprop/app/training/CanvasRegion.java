package studio.backprop.app.training;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import studio.backprop.app.view.Palette;
import studio.backprop.app.view.Styles;

/**
 * A region that owns one canvas and redraws it when its size or its data changes (the Medusa/Charts
 * lifecycle): subclasses implement {@link #draw} and call {@link #redraw()} from their listeners.
 */
public abstract class CanvasRegion extends Region {
    protected final Canvas canvas = new Canvas();

    protected CanvasRegion(double prefWidth, double prefHeight) {
        getChildren().add(canvas);
        getStyleClass().add(Styles.DIAGRAM);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(120, 80);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setLayoutX(snappedLeftInset());
        canvas.setLayoutY(snappedTopInset());
        double w = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Clears the canvas and draws the current data. */
    protected final void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, w, h);
        if (w > 1 && h > 1) draw(gc, w, h);
    }

    /** Draws on a cleared canvas of the given size. */
    protected abstract void draw(GraphicsContext gc, double width, double height);
}

package studio.backprop.app.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import studio.backprop.app.support.Messages;

/**
 * The gradient colour scale: negative blue (dashed), grey near zero, positive orange, log magnitude. Narrow
 * enough ({@link #WIDTH}) that the toolbar keeps it whole in a 1024-pixel-wide window.
 */
public final class Legend extends Canvas {
    /** Width of the scale in the toolbar. */
    public static final double WIDTH = 300;

    public Legend() {
        super(WIDTH, 34);
        setId("legend");
        draw(getGraphicsContext2D(), getWidth());
    }

    /** Draws the scale again in the palette's current colours (after a theme change). */
    public void redraw() {
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
        draw(getGraphicsContext2D(), getWidth());
    }

    /** Draws the legend into a context of the given width. */
    public static void draw(GraphicsContext gc, double width) {
        double left = 10;
        double bar = width - 20;
        int steps = 120;
        for (int k = 0; k < steps; k++) {
            double t = k / (steps - 1.0) * 2 - 1; // -1 … 1
            double magnitude = Math.pow(10, Palette.LOG_MIN * (1 - Math.abs(t)));
            double gradient = Math.signum(t) * (Math.abs(t) < 1e-9 ? 0 : magnitude);
            gc.setFill(Palette.gradientColor(gradient));
            gc.fillRect(left + bar * k / steps, 4, bar / steps + 1, 10);
        }
        WindowTheme.text(gc, "−1", left + 8, 24, Palette.SMALL, Palette.INK);
        WindowTheme.text(gc, "−0.001", left + bar * 0.25, 24, Palette.SMALL, Palette.INK);
        WindowTheme.text(gc, Messages.get("legend.zero"), left + bar * 0.5, 24, Palette.SMALL, Palette.INK);
        WindowTheme.text(gc, "+0.001", left + bar * 0.75, 24, Palette.SMALL, Palette.INK);
        WindowTheme.text(gc, "+1", left + bar - 8, 24, Palette.SMALL, Palette.INK);
    }
}

package studio.backprop.app.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Small drawing helpers shared by the renderers. */
final class Draw {
    private static final Text MEASURE = new Text();

    private Draw() { }

    /** Width of a text in a font. */
    static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** A text centred at (x, y) on a light backing so that it stays readable over edges. */
    static void label(GraphicsContext gc, String text, double x, double y, Font font, Color color) {
        double w = width(text, font) + 6;
        double h = font.getSize() + 4;
        gc.setFill(Palette.LABEL_FILL);
        gc.fillRoundRect(x - w / 2, y - h / 2, w, h, 6, 6);
        text(gc, text, x, y, font, color);
    }

    /** A text centred at (x, y). */
    static void text(GraphicsContext gc, String text, double x, double y, Font font, Color color) {
        gc.setFont(font);
        gc.setFill(color);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    /** A text starting at (x, y), vertically centred. */
    static void textLeft(GraphicsContext gc, String text, double x, double y, Font font, Color color) {
        gc.setFont(font);
        gc.setFill(color);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    /**
     * A line, dashed when {@code dashed} and the dashes would be visible: when a dash and its gap shrink below
     * {@link #MIN_DASH_PIXELS} on screen the line is drawn solid (a zoomed-out view of a large network would
     * otherwise stroke hundreds of invisible dashes per edge).
     */
    static void line(GraphicsContext gc, double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
        gc.setStroke(color);
        double lineScale = Palette.lineScale();
        gc.setLineWidth(width * lineScale);
        boolean visibleDashes = dashed && DASH_PERIOD * lineScale * scale(gc) >= MIN_DASH_PIXELS;
        gc.setLineDashes(visibleDashes ? new double[] {7 * lineScale, 5 * lineScale} : null);
        gc.strokeLine(x1, y1, x2, y2);
        gc.setLineDashes(null);
    }

    /** Length of one dash and its gap, in layout units. */
    private static final double DASH_PERIOD = 12;
    /** Below this many pixels per dash period, dashes are not drawn. */
    private static final double MIN_DASH_PIXELS = 4;

    /** Pixels per layout unit of the context's current transform. */
    static double scale(GraphicsContext gc) {
        javafx.scene.transform.Affine t = gc.getTransform();
        return Math.hypot(t.getMxx(), t.getMyx());
    }

    /** A filled dot: the pulse of gradient flowing back along an edge. */
    static void pulse(GraphicsContext gc, double fromX, double fromY, double toX, double toY, double t) {
        double x = fromX + (toX - fromX) * t;
        double y = fromY + (toY - fromY) * t;
        gc.setFill(Palette.CURRENT);
        gc.fillOval(x - 6, y - 6, 12, 12);
    }

    /** A numbered disc marking path {@code number} of a gradient summed over paths. */
    static void badge(GraphicsContext gc, int number, double x, double y) {
        gc.setFill(Palette.PATH);
        gc.fillOval(x - 10, y - 10, 20, 20);
        text(gc, String.valueOf(number), x, y, Palette.NAME, Palette.BACKGROUND);
    }
}

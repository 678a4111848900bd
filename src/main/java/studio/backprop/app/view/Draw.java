package studio.backprop.app.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import studio.backprop.rendering.Align;
import studio.backprop.rendering.CanvasSurface;
import studio.backprop.rendering.Cap;
import studio.backprop.rendering.Dash;
import studio.backprop.rendering.FontSpec;
import studio.backprop.rendering.Rgba;
import studio.backprop.rendering.Stroke;
import studio.backprop.rendering.Surface;
import studio.backprop.rendering.Theme;

/** Small drawing helpers shared by the renderers: one surface, one theme, one line cap. */
public final class Draw {
    /** Length of one dash and its gap, in layout units. */
    private static final double DASH_PERIOD = 12;
    /** Below this many pixels per dash period, dashes are not drawn. */
    private static final double MIN_DASH_PIXELS = 4;

    final Surface surface;
    final Theme theme;
    private final Cap cap;

    Draw(Surface surface, Theme theme, Cap cap) {
        this.surface = surface;
        this.theme = theme;
        this.cap = cap;
    }

    /** The theme the window draws with now: the palette's colours, fonts and line scale. */
    public static Theme theme() {
        return new Theme(rgba(Palette.BACKGROUND), rgba(Palette.INK), rgba(Palette.MUTED), rgba(Palette.EDGE),
                rgba(Palette.VALUE), rgba(Palette.NODE_FILL), rgba(Palette.LEAF_FILL), rgba(Palette.CURRENT),
                rgba(Palette.CURRENT_FILL), rgba(Palette.SELECTED), rgba(Palette.PATH), rgba(Palette.LABEL_FILL),
                rgba(Palette.NEGATIVE), rgba(Palette.POSITIVE), rgba(Palette.ZERO), CanvasSurface.spec(Palette.NAME),
                CanvasSurface.spec(Palette.NUMBER), CanvasSurface.spec(Palette.SMALL), CanvasSurface.spec(Palette.TITLE),
                Palette.lineScale());
    }

    private static Rgba rgba(Color color) {
        return CanvasSurface.rgba(color);
    }

    /** A text centred at (x, y) on a JavaFX canvas (the legend and the placeholders). */
    static void text(GraphicsContext gc, String text, double x, double y, Font font, Color color) {
        new CanvasSurface(gc).text(text, x, y, CanvasSurface.spec(font), rgba(color), Align.CENTER);
    }

    /** The same helpers with other line ends. */
    Draw capped(Cap cap) {
        return new Draw(surface, theme, cap);
    }

    /** Width of a text in a font. */
    double width(String text, FontSpec font) {
        return surface.textWidth(text, font);
    }

    /** A text centred at (x, y) on a light backing so that it stays readable over edges. */
    void label(String text, double x, double y, FontSpec font, Rgba color) {
        double w = width(text, font) + 6;
        double h = font.size() + 4;
        surface.rect(x - w / 2, y - h / 2, w, h, 6, theme.labelFill(), null);
        text(text, x, y, font, color);
    }

    /** A text centred at (x, y). */
    void text(String text, double x, double y, FontSpec font, Rgba color) {
        surface.text(text, x, y, font, color, Align.CENTER);
    }

    /** A text starting at (x, y), vertically centred. */
    void textLeft(String text, double x, double y, FontSpec font, Rgba color) {
        surface.text(text, x, y, font, color, Align.LEFT);
    }

    /** A stroke of this helper's line ends. */
    Stroke stroke(Rgba color, double width) {
        return Stroke.solid(color, width).capped(cap);
    }

    /**
     * A line, dashed when {@code dashed} and the dashes would be visible: when a dash and its gap shrink below
     * {@link #MIN_DASH_PIXELS} on screen the line is drawn solid (a zoomed-out view of a large network would
     * otherwise stroke hundreds of invisible dashes per edge).
     */
    void line(double x1, double y1, double x2, double y2, Rgba color, double width, boolean dashed) {
        double lineScale = theme.lineScale();
        boolean visibleDashes = dashed && DASH_PERIOD * lineScale * surface.scale() >= MIN_DASH_PIXELS;
        surface.line(x1, y1, x2, y2, stroke(color, width * lineScale)
                .dashed(visibleDashes ? new Dash(7 * lineScale, 5 * lineScale) : null));
    }

    /** A filled dot: the pulse of gradient flowing back along an edge. */
    void pulse(double fromX, double fromY, double toX, double toY, double t) {
        dot(fromX + (toX - fromX) * t, fromY + (toY - fromY) * t);
    }

    /** The pulse's dot centred at (x, y). */
    void dot(double x, double y) {
        surface.oval(x - 6, y - 6, 12, 12, theme.current(), null);
    }

    /** A numbered disc marking path {@code number} of a gradient summed over paths. */
    void badge(int number, double x, double y) {
        surface.oval(x - 10, y - 10, 20, 20, theme.path(), null);
        text(String.valueOf(number), x, y, theme.name(), theme.background());
    }
}

package studio.backprop.app.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import studio.backprop.rendering.Align;
import studio.backprop.rendering.CanvasSurface;
import studio.backprop.rendering.Rgba;
import studio.backprop.rendering.Theme;

/** The window's palette as the renderers' {@link Theme}, and text on a canvas in the palette's fonts. */
public final class WindowTheme {
    private WindowTheme() { }

    /** The theme the window draws with now: the palette's colours, fonts and line scale. */
    public static Theme current() {
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
}

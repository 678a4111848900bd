package studio.backprop.rendering.diagram;

import java.util.List;
import studio.backprop.rendering.Align;
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

    /** The same helpers with other line ends. */
    Draw capped(Cap cap) {
        return new Draw(surface, theme, cap);
    }

    /**
     * Below this many pixels of text height, text could not be read (a projected diagram's smallest numbers are
     * 10 pixels or more): a large drawing zoomed out leaves it out.
     */
    static final double MIN_TEXT_PIXELS = 6;

    /** Whether text of a font size is readable at the surface's scale. */
    boolean readable(double fontSize) {
        return fontSize * surface.scale() >= MIN_TEXT_PIXELS;
    }

    /** Whether a dash pattern of this period (dash and gap, in layout units) shows at the surface's scale. */
    boolean dashesShow(double period) {
        return period * surface.scale() >= MIN_DASH_PIXELS;
    }

    /** Width of a text in a font. */
    double width(String text, FontSpec font) {
        return surface.textWidth(text, font);
    }

    /**
     * A label where its layout placed it: a halo of the background behind its lines, so that no line drawn
     * underneath strikes through them, and the lines centred in the label's box. A line wider than the box
     * (a font wider than the layout's measure, a number longer than it made room for) is drawn smaller to fit.
     * {@code first} colours the first line when it is not null (the current step's or the selection's colour).
     */
    void placed(DiagramLabel label, List<LabelText.Line> lines, Rgba first) {
        if (lines.isEmpty()) return;
        LabelPlacement.Rect box = label.box();
        FontSpec font = new FontSpec(theme.number().family(), false, label.size());
        double pad = 4;
        double widest = 0;
        for (LabelText.Line line : lines) widest = Math.max(widest, width(line.text(), font));
        double shrink = Math.min(1, (box.w() - 2 * pad) / widest);
        double lineHeight = (box.h() - 2) / label.lines();
        double w = Math.min(box.w(), widest * shrink + 2 * pad);
        double h = lines.size() * lineHeight + 2;
        surface.rect(box.centerX() - w / 2, box.y(), w, h, 0, theme.background(), null);
        FontSpec drawn = shrink < 1 ? new FontSpec(font.family(), false, font.size() * shrink) : font;
        for (int k = 0; k < lines.size(); k++) {
            LabelText.Line line = lines.get(k);
            Rgba color = k == 0 && first != null ? first : switch (line.tone()) {
                case INK -> theme.ink();
                case VALUE -> theme.value();
                case GRADIENT -> theme.gradientColor(line.gradient());
                case MUTED -> theme.muted();
            };
            text(line.text(), box.centerX(), box.y() + 1 + lineHeight * (k + 0.5), drawn, color);
        }
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

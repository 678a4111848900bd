package studio.backprop.rendering;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.Shape;

/**
 * A surface on a {@link Graphics2D}: an SVG document (JFreeSVG), a PDF page (PDFBox) or an image (GIF frames),
 * all without JavaFX. Texts are drawn as strings, so SVG and PDF keep them as text.
 */
public final class Graphics2DSurface implements Surface {
    /** JavaFX's default miter limit, so that corners look the same as on the canvas. */
    private static final float MITER_LIMIT = 10;

    private final Graphics2D g;

    /** Draws on {@code g}; turns on antialiasing and fractional text metrics. */
    public Graphics2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** An AWT colour of a surface colour. */
    public static Color color(Rgba rgba) {
        return new Color(rgba.red255(), rgba.green255(), rgba.blue255(), rgba.opacity255());
    }

    @Override
    public void rect(double x, double y, double width, double height, double arc, Rgba fill, Stroke stroke) {
        Shape shape = arc > 0 ? new RoundRectangle2D.Double(x, y, width, height, arc, arc) : new Rectangle2D.Double(x, y, width, height);
        draw(shape, fill, stroke);
    }

    @Override
    public void oval(double x, double y, double width, double height, Rgba fill, Stroke stroke) {
        draw(new Ellipse2D.Double(x, y, width, height), fill, stroke);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        draw(new Line2D.Double(x1, y1, x2, y2), null, stroke);
    }

    @Override
    public void path(Path path, Stroke stroke) {
        Path2D.Double shape = new Path2D.Double();
        for (Path.Segment segment : path.segments()) {
            if (segment instanceof Path.MoveTo m) shape.moveTo(m.x(), m.y());
            else if (segment instanceof Path.LineTo l) shape.lineTo(l.x(), l.y());
            else if (segment instanceof Path.CurveTo c) shape.curveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
        }
        draw(shape, null, stroke);
    }

    @Override
    public void polygon(double[] xs, double[] ys, Rgba fill) {
        Path2D.Double shape = new Path2D.Double();
        int n = Math.min(xs.length, ys.length);
        for (int k = 0; k < n; k++) {
            if (k == 0) shape.moveTo(xs[k], ys[k]);
            else shape.lineTo(xs[k], ys[k]);
        }
        shape.closePath();
        draw(shape, fill, null);
    }

    private void draw(Shape shape, Rgba fill, Stroke stroke) {
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(color(stroke.color()));
            g.setStroke(awt(stroke));
            g.draw(shape);
        }
    }

    private static BasicStroke awt(Stroke stroke) {
        int cap = switch (stroke.cap()) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        float[] dash = stroke.isDashed() ? new float[] {(float) stroke.dash().on(), (float) stroke.dash().off()} : null;
        return new BasicStroke((float) stroke.width(), cap, BasicStroke.JOIN_MITER, MITER_LIMIT, dash, 0);
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba color, Align align) {
        Font awt = AwtFonts.font(font);
        FontRenderContext context = g.getFontRenderContext();
        LineMetrics metrics = awt.getLineMetrics(text, context);
        double width = align == Align.LEFT ? 0 : awt.getStringBounds(text, context).getWidth();
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        double baseline = y + (metrics.getAscent() - metrics.getDescent()) / 2;
        g.setFont(awt);
        g.setColor(color(color));
        g.drawString(text, (float) left, (float) baseline);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return AwtFonts.font(font).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public double scale() {
        AffineTransform t = g.getTransform();
        return Math.hypot(t.getScaleX(), t.getShearY());
    }
}

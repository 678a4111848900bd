package studio.backprop.rendering;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import javafx.scene.transform.NonInvertibleTransformException;

/**
 * A surface on a JavaFX canvas: the window's diagrams and the PNG export. The only class of this package
 * that uses JavaFX; use it on the JavaFX thread, as the canvas itself.
 */
public final class CanvasSurface implements Surface {
    private static final Map<FontSpec, Font> FONTS = new ConcurrentHashMap<>();
    private static final Text MEASURE = new Text();
    /** How many measured widths are kept (a large network's labels of a few steps). */
    private static final int MEASURED = 8_192;
    /** The widths measured lately, the least recently used dropped first; used on the JavaFX thread only. */
    private static final Map<Measured, Double> WIDTHS = new LinkedHashMap<>(MEASURED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Measured, Double> eldest) {
            return size() > MEASURED;
        }
    };

    private record Measured(String text, FontSpec font) { }

    private static final Affine IDENTITY = new Affine();
    /** Text smaller than this many pixels is not drawn: it would be a faint smudge at most. */
    private static final double MIN_PIXELS = 0.5;

    private final GraphicsContext gc;

    public CanvasSurface(GraphicsContext gc) {
        this.gc = gc;
    }

    /** A JavaFX colour as a surface colour. */
    public static Rgba rgba(Color color) {
        return new Rgba(color.getRed(), color.getGreen(), color.getBlue(), color.getOpacity());
    }

    /** A surface colour as a JavaFX colour. */
    public static Color color(Rgba rgba) {
        return Color.color(rgba.red(), rgba.green(), rgba.blue(), rgba.opacity());
    }

    /** A JavaFX font as a font spec; the spec draws with this very font on a canvas. */
    public static FontSpec spec(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        FontSpec spec = new FontSpec(font.getFamily(), style.contains("bold"), font.getSize());
        FONTS.putIfAbsent(spec, font);
        return spec;
    }

    /** The JavaFX font of a spec. */
    public static Font font(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, s -> Font.font(s.family(), s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                FontPosture.REGULAR, s.size()));
    }

    @Override
    public void rect(double x, double y, double width, double height, double arc, Rgba fill, Stroke stroke) {
        if (fill != null) {
            gc.setFill(color(fill));
            if (arc > 0) gc.fillRoundRect(x, y, width, height, arc, arc);
            else gc.fillRect(x, y, width, height);
        }
        if (stroke != null) {
            apply(stroke);
            if (arc > 0) gc.strokeRoundRect(x, y, width, height, arc, arc);
            else gc.strokeRect(x, y, width, height);
        }
    }

    @Override
    public void oval(double x, double y, double width, double height, Rgba fill, Stroke stroke) {
        if (fill != null) {
            gc.setFill(color(fill));
            gc.fillOval(x, y, width, height);
        }
        if (stroke != null) {
            apply(stroke);
            gc.strokeOval(x, y, width, height);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        apply(stroke);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void path(Path path, Stroke stroke) {
        apply(stroke);
        gc.beginPath();
        for (Path.Segment segment : path.segments()) {
            if (segment instanceof Path.MoveTo m) gc.moveTo(m.x(), m.y());
            else if (segment instanceof Path.LineTo l) gc.lineTo(l.x(), l.y());
            else if (segment instanceof Path.CurveTo c) gc.bezierCurveTo(c.c1x(), c.c1y(), c.c2x(), c.c2y(), c.x(), c.y());
        }
        gc.stroke();
    }

    @Override
    public void polygon(double[] xs, double[] ys, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillPolygon(xs, ys, Math.min(xs.length, ys.length));
    }

    /**
     * Text is drawn in device space: under a scale the software pipeline rasterises every glyph as an outline
     * on every frame, while at the identity it blits glyphs from its cache. So a text under a uniform scale is
     * drawn with the identity transform, at its anchor mapped to the device and in the font scaled to match:
     * the same text at the same place and size, several times faster on the software pipeline.
     */
    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba color, Align align) {
        Affine t = gc.getTransform();
        double s = t.getMxx();
        if (s > 0 && s != 1 && t.getMyy() == s && t.getMxy() == 0 && t.getMyx() == 0) {
            if (font.size() * s < MIN_PIXELS) return; // would not cover a pixel's worth of ink
            gc.setTransform(IDENTITY);
            fillText(text, t.getTx() + s * x, t.getTy() + s * y, new FontSpec(font.family(), font.bold(), quantised(font.size() * s)),
                    color, align);
            gc.setTransform(t);
        } else {
            fillText(text, x, y, font, color, align);
        }
    }

    /** A font size rounded to an eighth of a pixel, so zooming does not make a new font at every step. */
    private static double quantised(double size) {
        return Math.round(size * 8) / 8.0;
    }

    private void fillText(String text, double x, double y, FontSpec font, Rgba color, Align align) {
        gc.setFont(font(font));
        gc.setFill(color(color));
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    /** Measured once per text and font: the renderers ask for the same labels' widths on every frame. */
    @Override
    public double textWidth(String text, FontSpec font) {
        return WIDTHS.computeIfAbsent(new Measured(text, font), m -> {
            MEASURE.setFont(font(font));
            MEASURE.setText(text);
            return MEASURE.getLayoutBounds().getWidth();
        });
    }

    @Override
    public double scale() {
        Affine t = gc.getTransform();
        return Math.hypot(t.getMxx(), t.getMyx());
    }

    @Override
    public Optional<Area> visibleArea() {
        Canvas canvas = gc.getCanvas();
        try {
            Bounds b = gc.getTransform().inverseTransform(new BoundingBox(0, 0, canvas.getWidth(), canvas.getHeight()));
            return Optional.of(new Area(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        } catch (NonInvertibleTransformException e) {
            return Optional.empty();
        }
    }

    private void apply(Stroke stroke) {
        gc.setStroke(color(stroke.color()));
        gc.setLineWidth(stroke.width());
        gc.setLineCap(switch (stroke.cap()) {
            case BUTT -> StrokeLineCap.BUTT;
            case ROUND -> StrokeLineCap.ROUND;
            case SQUARE -> StrokeLineCap.SQUARE;
        });
        gc.setLineDashes(stroke.isDashed() ? new double[] {stroke.dash().on(), stroke.dash().off()} : null);
    }
}

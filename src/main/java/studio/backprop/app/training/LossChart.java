package studio.backprop.app.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.CanvasPane;
import studio.backprop.app.view.Palette;

/**
 * The training and test loss against the iterations, drawn on a canvas (a {@code LineChart} is slow with
 * thousands of points). The curve is already decimated to at most {@link LossCurve#MAX_POINTS} points;
 * the y axis is linear from 0 or logarithmic over the decades the losses span.
 */
public final class LossChart extends CanvasPane {
    /** The colour of the training loss. */
    static final Color TRAIN = Palette.NEGATIVE;
    /** The colour of the test loss. */
    static final Color TEST = Palette.POSITIVE;
    private static final double LEFT = 62;
    private static final double RIGHT = 12;
    private static final double TOP = 10;
    private static final double BOTTOM = 26;

    private final ObjectProperty<LossCurve> curve = new SimpleObjectProperty<>(this, "curve", LossCurve.EMPTY);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);

    public LossChart() {
        super(420, 240);
        setId("lossChart");
        redrawOn(curve, logScale);
    }

    /** The curve drawn. */
    public ObjectProperty<LossCurve> curveProperty() { return curve; }

    /** Whether the y axis is logarithmic. */
    public BooleanProperty logScaleProperty() { return logScale; }

    /** How many points the chart draws (the curve's, at most {@link LossCurve#MAX_POINTS} + 1). */
    public int pointCount() {
        return curve.get() == null ? 0 : curve.get().size();
    }

    @Override
    protected void draw(GraphicsContext gc, double width, double height) {
        LossCurve c = curve.get();
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        if (c == null || c.size() == 0 || plotW < 20 || plotH < 20) {
            text(gc, Messages.get("training.chart.empty"), width / 2, height / 2, Palette.MUTED, TextAlignment.CENTER);
            return;
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (int i = 0; i < c.size(); i++) {
            for (double v : new double[] {c.train(i), c.test(i)}) {
                if (Double.isFinite(v)) {
                    highest = Math.max(highest, v);
                    if (v > 0) lowest = Math.min(lowest, v);
                }
            }
        }
        boolean log = logScale.get() && lowest < Double.POSITIVE_INFINITY;
        double yMin;
        double yMax;
        if (log) {
            yMin = Math.floor(Math.log10(lowest));
            yMax = Math.ceil(Math.log10(Math.max(highest, lowest)));
            if (yMax <= yMin) yMax = yMin + 1;
        } else {
            yMin = 0;
            yMax = highest > 0 ? highest * 1.05 : 1;
        }
        double xMax = Math.max(1, c.lastIteration());
        // axes and grid
        gc.setStroke(Color.web("#d0d7de"));
        gc.setLineWidth(1);
        gc.setFont(Palette.SMALL);
        int ticks = log ? (int) (yMax - yMin) : 4;
        int every = Math.max(1, ticks / 6);
        for (int t = 0; t <= ticks; t += every) {
            double value = yMin + (yMax - yMin) * t / ticks;
            double y = TOP + plotH - plotH * t / ticks;
            gc.strokeLine(LEFT, y, LEFT + plotW, y);
            String label = log ? "1e" + (int) Math.round(value) : TrainingModel.format(value);
            text(gc, label, LEFT - 4, y, Palette.MUTED, TextAlignment.RIGHT);
        }
        gc.setStroke(Palette.MUTED);
        gc.strokeLine(LEFT, TOP, LEFT, TOP + plotH);
        gc.strokeLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
        gc.setTextBaseline(VPos.TOP);
        gc.setFill(Palette.MUTED);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText("0", LEFT, TOP + plotH + 4);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(Messages.get("training.chart.iterations") + "  " + c.lastIteration(), LEFT + plotW, TOP + plotH + 4);
        // curves
        gc.save();
        gc.beginPath();
        gc.rect(LEFT, TOP - 1, plotW, plotH + 2);
        gc.clip();
        double fromY = yMin;
        double spanY = yMax - yMin;
        for (boolean train : new boolean[] {false, true}) {
            gc.setStroke(train ? TRAIN : TEST);
            gc.setLineWidth(train ? 2 : 1.6);
            gc.beginPath();
            boolean drawing = false;
            for (int i = 0; i < c.size(); i++) {
                double v = train ? c.train(i) : c.test(i);
                if (!Double.isFinite(v) || (log && v <= 0)) {
                    drawing = false;
                    continue;
                }
                double x = LEFT + plotW * c.iteration(i) / xMax;
                double yv = log ? Math.log10(v) : v;
                double y = TOP + plotH - plotH * (yv - fromY) / spanY;
                if (drawing) gc.lineTo(x, y);
                else gc.moveTo(x, y);
                drawing = true;
            }
            gc.stroke();
        }
        markers(gc, c, plotW, plotH, xMax);
        gc.restore();
        // legend
        double x = LEFT + plotW - 150;
        legend(gc, x, TOP + 10, TRAIN, Messages.get("training.chart.train"));
        if (c.hasTest()) legend(gc, x + 75, TOP + 10, TEST, Messages.get("training.chart.test"));
    }

    /** A dashed line where η changed, a solid one where training stopped, each with its label at the top. */
    private static void markers(GraphicsContext gc, LossCurve c, double plotW, double plotH, double xMax) {
        int row = 0;
        for (LossCurve.Marker marker : c.markers()) {
            double x = LEFT + plotW * marker.iteration() / xMax;
            gc.setStroke(marker.stop() ? Palette.CURRENT : Palette.SELECTED);
            gc.setLineWidth(marker.stop() ? 2 : 1.2);
            gc.setLineDashes(marker.stop() ? null : new double[] {4, 3});
            gc.strokeLine(x, TOP, x, TOP + plotH);
            gc.setLineDashes();
            double y = marker.stop() ? TOP + plotH - 12 : TOP + 26 + 13 * (row++ % 6);
            text(gc, marker.label(), x + (x > LEFT + plotW - 90 ? -3 : 3), y, marker.stop() ? Palette.CURRENT : Palette.SELECTED,
                    x > LEFT + plotW - 90 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        }
    }

    private static void legend(GraphicsContext gc, double x, double y, Color color, String label) {
        gc.setStroke(color);
        gc.setLineWidth(2.5);
        gc.strokeLine(x, y, x + 18, y);
        text(gc, label, x + 22, y, Palette.INK, TextAlignment.LEFT);
    }

    private static void text(GraphicsContext gc, String text, double x, double y, Color color, TextAlignment align) {
        gc.setFont(Palette.SMALL);
        gc.setFill(color);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }
}

package studio.backprop.app.training;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.CanvasPane;
import studio.backprop.app.view.Palette;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;

/**
 * The decision boundary: a neuron's output over the input plane as a heatmap (blue low, white in the
 * middle, orange high) with the data drawn on it, training points filled and test points as rings.
 */
public final class BoundaryView extends CanvasPane {
    private static final double LEGEND = 18;
    private final ObjectProperty<Plane> plane = new SimpleObjectProperty<>(this, "plane");
    private final ObjectProperty<Dataset> data = new SimpleObjectProperty<>(this, "data");

    public BoundaryView() {
        super(300, 300);
        setId("boundaryView");
        redrawOn(plane, data);
    }

    /** The plane drawn; null shows a note that it needs two inputs. */
    public ObjectProperty<Plane> planeProperty() { return plane; }

    /** The points drawn over it. */
    public ObjectProperty<Dataset> dataProperty() { return data; }

    /** The heatmap colour of a shade between 0 (low) and 1 (high). */
    static Color shadeColor(double shade) {
        if (shade < 0.5) return Color.WHITE.interpolate(Palette.NEGATIVE, (0.5 - shade) * 2 * 0.62);
        return Color.WHITE.interpolate(Palette.POSITIVE, (shade - 0.5) * 2 * 0.62);
    }

    @Override
    protected void draw(GraphicsContext gc, double width, double height) {
        Plane p = plane.get();
        if (p == null) {
            gc.setFill(Palette.MUTED);
            gc.setFont(Palette.SMALL);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(Messages.get("training.boundary.none"), width / 2, height / 2);
            return;
        }
        double side = Math.max(10, Math.min(width - 8, height - 8 - LEGEND));
        double left = (width - side) / 2;
        double top = 4;
        int n = p.resolution();
        WritableImage image = new WritableImage(n, n);
        PixelWriter pixels = image.getPixelWriter();
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                double value = p.value(column, row);
                pixels.setColor(column, row, Double.isFinite(value) ? shadeColor(p.shade(value)) : Palette.ZERO);
            }
        }
        gc.setImageSmoothing(true);
        gc.drawImage(image, left, top, side, side);
        gc.setStroke(Palette.EDGE);
        gc.setLineWidth(1);
        gc.strokeRect(left, top, side, side);
        Dataset points = data.get();
        if (points != null && !points.train().isEmpty() && points.train().get(0).inputCount() == 2) {
            double middle = targetMiddle(points);
            for (Sample sample : points.test()) point(gc, p, sample, middle, left, top, side, false);
            for (Sample sample : points.train()) point(gc, p, sample, middle, left, top, side, true);
        }
        double y = top + side + LEGEND / 2 + 2;
        gc.setFont(Palette.SMALL);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(Palette.POSITIVE);
        gc.fillOval(left, y - 4, 8, 8);
        gc.setFill(Palette.INK);
        gc.fillText(Messages.get("training.chart.train"), left + 12, y);
        gc.setStroke(Palette.POSITIVE);
        gc.setLineWidth(2);
        gc.strokeOval(left + 60, y - 4, 8, 8);
        gc.fillText(Messages.get("training.chart.test"), left + 72, y);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(TrainingModel.format(p.low()) + " … " + TrainingModel.format(p.high()), left + side, y);
    }

    /** Halfway between the smallest and the largest (last) target: the class border of the points' colours. */
    static double targetMiddle(Dataset points) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (List<Sample> part : List.of(points.train(), points.test())) {
            for (Sample sample : part) {
                double t = sample.target(sample.targetCount() - 1);
                low = Math.min(low, t);
                high = Math.max(high, t);
            }
        }
        return (low + high) / 2;
    }

    /** One sample, orange when its (last) target is above the middle of the targets, else blue. */
    private static void point(GraphicsContext gc, Plane p, Sample sample, double middle, double left, double top, double side,
                              boolean train) {
        double x = left + side * (sample.input(0) - p.minX()) / (p.maxX() - p.minX());
        double y = top + side * (p.maxY() - sample.input(1)) / (p.maxY() - p.minY());
        double target = sample.target(sample.targetCount() - 1);
        Color color = target > middle ? Palette.POSITIVE : Palette.NEGATIVE;
        double r = 3.6;
        if (train) {
            gc.setFill(color);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(Color.WHITE);
            gc.setLineWidth(1);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            gc.setFill(Color.WHITE);
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(color.darker());
            gc.setLineWidth(2);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }
}

package studio.backprop.app.digits;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.Palette;
import studio.backprop.core.data.Digits;

/**
 * The drawings of the digits tab, each a function of (graphics context, numbers, size): 8×8 images,
 * probability bars, the layers' activations, the confusion matrix, first-layer weights and the nudges the
 * output layer wants. Colours come from {@link Palette} (blue negative, orange positive).
 */
public final class DigitsRenderer {
    /** One colour per digit 0…9 (Tableau 10), for the contributions of each output. */
    static final Color[] DIGIT_COLORS = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"), Color.web("#76b7b2"), Color.web("#59a14f"),
        Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"), Color.web("#9c755f"), Color.web("#bab0ac")};
    private static final Color INK = Palette.INK;
    private static final Color GRID = Color.web("#d0d7de");
    private static final Color GOOD = Color.web("#1a7f37");
    private static final Color BAD = Color.web("#cf222e");
    private static final Font SMALL = Font.font("DejaVu Sans", 11);
    private static final Font BOLD = Font.font("DejaVu Sans", FontWeight.BOLD, 12);

    private DigitsRenderer() { }

    /** An 8×8 image of ink values 0…1, black on white, in a square of side {@code size} at (x, y). */
    public static void image(GraphicsContext gc, double[] pixels, double x, double y, double size) {
        double cell = size / Digits.SIDE;
        for (int p = 0; p < Digits.PIXELS; p++) {
            gc.setFill(Color.gray(1 - Math.max(0, Math.min(1, pixels[p]))));
            gc.fillRect(x + (p % Digits.SIDE) * cell, y + (p / Digits.SIDE) * cell, cell + 0.5, cell + 0.5);
        }
        gc.setStroke(GRID);
        gc.setLineWidth(1);
        gc.strokeRect(x, y, size, size);
    }

    /** An 8×8 heatmap of signed values on a diverging scale: blue negative, white 0, orange positive, ±{@code scale} full. */
    public static void heatmap(GraphicsContext gc, double[] values, double scale, double x, double y, double size) {
        double cell = size / Digits.SIDE;
        for (int p = 0; p < Digits.PIXELS; p++) {
            gc.setFill(diverging(values[p], scale));
            gc.fillRect(x + (p % Digits.SIDE) * cell, y + (p / Digits.SIDE) * cell, cell + 0.5, cell + 0.5);
        }
        gc.setStroke(GRID);
        gc.setLineWidth(1);
        gc.strokeRect(x, y, size, size);
    }

    /** White at 0, towards {@link Palette#NEGATIVE} or {@link Palette#POSITIVE} as |value| reaches {@code scale}. */
    static Color diverging(double value, double scale) {
        double t = scale > 0 ? Math.min(1, Math.abs(value) / scale) : 0;
        return Color.WHITE.interpolate(value < 0 ? Palette.NEGATIVE : Palette.POSITIVE, t);
    }

    /**
     * Ten bars, one per digit, of the network's probabilities; the most likely digit is drawn in colour.
     * Without probabilities, {@code placeholder} is written instead.
     */
    public static void bars(GraphicsContext gc, double[] probabilities, String placeholder, double width, double height) {
        clear(gc, width, height);
        if (probabilities == null) {
            text(gc, placeholder, width / 2, height / 2, SMALL, Palette.MUTED, TextAlignment.CENTER);
            return;
        }
        int best = ConfusionMatrix.argmax(probabilities);
        double slot = width / probabilities.length;
        double base = height - 18;
        double top = 16;
        for (int k = 0; k < probabilities.length; k++) {
            double h = (base - top) * probabilities[k];
            gc.setFill(k == best ? Palette.POSITIVE : Palette.EDGE);
            gc.fillRect(k * slot + slot * 0.18, base - h, slot * 0.64, h);
            text(gc, String.valueOf(k), k * slot + slot / 2, base + 9, BOLD, INK, TextAlignment.CENTER);
            text(gc, Math.round(100 * probabilities[k]) + "%", k * slot + slot / 2, base - h - 7, SMALL, INK, TextAlignment.CENTER);
        }
        gc.setStroke(INK);
        gc.strokeLine(0, base, width, base);
    }

    /**
     * The layers' outputs as cells lighting up: the 64 inputs as their 8×8 image, then each layer as a column
     * of discs whose darkness is the output relative to the layer's largest; outputs labelled 0…9.
     */
    public static void activations(GraphicsContext gc, double[][] layers, double width, double height) {
        clear(gc, width, height);
        if (layers == null) return;
        double imageSize = Math.min(96, height - 20);
        image(gc, layers[0], 4, (height - imageSize) / 2, imageSize);
        int columns = layers.length - 1;
        double left = imageSize + 40;
        double step = (width - left - 30) / Math.max(1, columns - 1);
        double[][] xs = new double[layers.length][];
        double[][] ys = new double[layers.length][];
        for (int l = 1; l < layers.length; l++) {
            int n = layers[l].length;
            double gap = Math.min(22, (height - 16) / n);
            xs[l] = new double[n];
            ys[l] = new double[n];
            for (int j = 0; j < n; j++) {
                xs[l][j] = left + (l - 1) * step;
                ys[l][j] = height / 2 + (j - (n - 1) / 2.0) * gap;
            }
        }
        gc.setStroke(Color.rgb(31, 35, 40, 0.12));
        gc.setLineWidth(0.6);
        for (int l = 2; l < layers.length; l++) {
            for (int j = 0; j < xs[l].length; j++) {
                for (int k = 0; k < xs[l - 1].length; k++) gc.strokeLine(xs[l - 1][k], ys[l - 1][k], xs[l][j], ys[l][j]);
            }
        }
        gc.setStroke(Color.rgb(31, 35, 40, 0.25));
        for (int j = 0; j < xs[1].length; j++) gc.strokeLine(4 + imageSize, height / 2, xs[1][j], ys[1][j]);
        for (int l = 1; l < layers.length; l++) {
            double max = 0;
            for (double v : layers[l]) max = Math.max(max, Math.abs(v));
            double r = Math.min(9, (Math.min(22, (height - 16) / layers[l].length)) / 2 - 1);
            for (int j = 0; j < layers[l].length; j++) {
                double t = max > 0 ? Math.abs(layers[l][j]) / max : 0;
                gc.setFill(Color.WHITE.interpolate(Palette.POSITIVE.darker(), t));
                gc.fillOval(xs[l][j] - r, ys[l][j] - r, 2 * r, 2 * r);
                gc.setStroke(INK);
                gc.setLineWidth(0.8);
                gc.strokeOval(xs[l][j] - r, ys[l][j] - r, 2 * r, 2 * r);
                if (l == layers.length - 1) text(gc, String.valueOf(j), xs[l][j] + r + 4, ys[l][j], BOLD, INK, TextAlignment.LEFT);
            }
        }
    }

    /** The confusion matrix: rows the actual digit, columns the answer; counts in cells, green diagonal, red mistakes. */
    public static void confusion(GraphicsContext gc, ConfusionMatrix matrix, double width, double height) {
        clear(gc, width, height);
        if (matrix == null) return;
        int n = matrix.classes();
        double margin = 34;
        double cell = Math.min(width - margin, height - margin) / n;
        text(gc, Messages.get("digits.predicted"), margin + cell * n / 2, 7, SMALL, Palette.MUTED, TextAlignment.CENTER);
        gc.save();
        gc.translate(7, margin + cell * n / 2);
        gc.rotate(-90);
        text(gc, Messages.get("digits.actual"), 0, 0, SMALL, Palette.MUTED, TextAlignment.CENTER);
        gc.restore();
        double largest = Math.max(1, matrix.largest());
        for (int k = 0; k < n; k++) {
            text(gc, String.valueOf(k), margin + (k + 0.5) * cell, margin - 10, BOLD, INK, TextAlignment.CENTER);
            text(gc, String.valueOf(k), margin - 10, margin + (k + 0.5) * cell, BOLD, INK, TextAlignment.CENTER);
        }
        for (int a = 0; a < n; a++) {
            for (int p = 0; p < n; p++) {
                int count = matrix.count(a, p);
                double t = count == 0 ? 0 : 0.15 + 0.85 * Math.sqrt(count / largest);
                gc.setFill(Color.WHITE.interpolate(a == p ? GOOD : BAD, t));
                gc.fillRect(margin + p * cell, margin + a * cell, cell, cell);
                gc.setStroke(GRID);
                gc.strokeRect(margin + p * cell, margin + a * cell, cell, cell);
                if (count > 0) {
                    text(gc, String.valueOf(count), margin + (p + 0.5) * cell, margin + (a + 0.5) * cell, SMALL,
                            t > 0.6 ? Color.WHITE : INK, TextAlignment.CENTER);
                }
            }
        }
    }

    /** Each first-layer neuron's 64 incoming weights as an 8×8 heatmap, on one scale (the largest |w|). */
    public static void firstLayerWeights(GraphicsContext gc, double[][] weights, double width, double height) {
        clear(gc, width, height);
        if (weights == null) return;
        double scale = 0;
        for (double[] row : weights) for (double w : row) scale = Math.max(scale, Math.abs(w));
        int perRow = 4;
        double slot = Math.min(width / perRow, height / Math.ceil(weights.length / (double) perRow));
        double size = slot - 18;
        for (int j = 0; j < weights.length; j++) {
            double x = (j % perRow) * slot + 4;
            double y = (j / perRow) * slot;
            heatmap(gc, weights[j], scale, x, y + 14, size);
            text(gc, "h1." + (j + 1), x + size / 2, y + 6, SMALL, INK, TextAlignment.CENTER);
        }
    }

    /**
     * What the output layer wants: above, each output's nudge (up orange, down blue); below, each neuron of the
     * last hidden layer with the wishes of the ten outputs stacked in their digit colours and its total marked.
     */
    public static void nudges(GraphicsContext gc, OutputNudges nudges, int label, double width, double height) {
        clear(gc, width, height);
        if (nudges == null) return;
        double half = height / 2;
        text(gc, Messages.get("digits.wants"), 4, 8, BOLD, INK, TextAlignment.LEFT);
        double max = 0;
        for (double w : nudges.wants()) max = Math.max(max, Math.abs(w));
        int n = nudges.wants().length;
        double slot = (width - 8) / n;
        double zero = 18 + (half - 36) / 2;
        double reach = (half - 40) / 2;
        for (int k = 0; k < n; k++) {
            double h = max > 0 ? reach * nudges.wants()[k] / max : 0;
            gc.setFill(DIGIT_COLORS[k]);
            gc.fillRect(4 + k * slot + slot * 0.2, Math.min(zero, zero - h), slot * 0.6, Math.abs(h));
            text(gc, String.valueOf(k), 4 + k * slot + slot / 2, half - 10, k == label ? BOLD : SMALL,
                    k == label ? GOOD : INK, TextAlignment.CENTER);
        }
        gc.setStroke(INK);
        gc.setLineWidth(1);
        gc.strokeLine(4, zero, width - 4, zero);
        text(gc, Messages.get("digits.hiddenWants"), 4, half + 8, BOLD, INK, TextAlignment.LEFT);
        double[][] parts = nudges.contributions();
        double extent = 0;
        for (double[] row : parts) {
            double up = 0;
            double down = 0;
            for (double c : row) if (c > 0) up += c; else down -= c;
            extent = Math.max(extent, Math.max(up, down));
        }
        int m = parts.length;
        double hSlot = (width - 8) / m;
        double hZero = half + 18 + (half - 36) / 2;
        double hReach = (half - 40) / 2;
        for (int j = 0; j < m; j++) {
            double x = 4 + j * hSlot + hSlot * 0.2;
            double up = 0;
            double down = 0;
            for (int k = 0; k < parts[j].length; k++) {
                double h = extent > 0 ? hReach * Math.abs(parts[j][k]) / extent : 0;
                gc.setFill(DIGIT_COLORS[k]);
                if (parts[j][k] >= 0) {
                    gc.fillRect(x, hZero - up - h, hSlot * 0.6, h);
                    up += h;
                } else {
                    gc.fillRect(x, hZero + down, hSlot * 0.6, h);
                    down += h;
                }
            }
            double total = extent > 0 ? hReach * nudges.hiddenWants()[j] / extent : 0;
            gc.setStroke(INK);
            gc.setLineWidth(2.5);
            gc.strokeLine(x - 2, hZero - total, x + hSlot * 0.6 + 2, hZero - total);
            text(gc, String.valueOf(j + 1), x + hSlot * 0.3, height - 8, SMALL, INK, TextAlignment.CENTER);
        }
        gc.setStroke(INK);
        gc.setLineWidth(1);
        gc.strokeLine(4, hZero, width - 4, hZero);
    }

    private static void clear(GraphicsContext gc, double width, double height) {
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, width, height);
    }

    private static void text(GraphicsContext gc, String s, double x, double y, Font font, Color color, TextAlignment align) {
        gc.setFont(font);
        gc.setFill(color);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(s, x, y);
    }
}

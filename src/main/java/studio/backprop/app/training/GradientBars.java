package studio.backprop.app.training;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.CanvasPane;
import studio.backprop.app.view.Palette;

/**
 * One bar per weight layer: the mean |∂E/∂w| of the latest update on a log scale from 1e-8 to 1, so a deep
 * sigmoid network's vanishing gradients near the input stand out against a ReLU network's.
 */
public final class GradientBars extends CanvasPane {
    /** The smallest decade drawn. */
    static final int LOG_MIN = -8;
    private static final double LABEL = 78;
    private static final double VALUE = 70;
    /** The height of one layer's bar. */
    private static final double ROW = 19;
    private final ObjectProperty<double[]> sizes = new SimpleObjectProperty<>(this, "sizes", new double[0]);

    public GradientBars() {
        super(300, 110);
        setId("gradientBars");
        sizes.addListener((o, was, is) -> {
            int rows = is == null ? 0 : is.length;
            if (was == null || was.length != rows) {
                setPrefHeight(Math.max(50, 6 + ROW * rows));
                setMinHeight(Math.max(50, 6 + ROW * rows));
            }
            redraw();
        });
    }

    /** Mean |∂E/∂w| per weight layer, from the input side. */
    public ObjectProperty<double[]> sizesProperty() { return sizes; }

    /** The bar length, 0 to 1, of a gradient size on the log scale. */
    static double fraction(double size) {
        if (!(size > 0)) return 0;
        return Math.max(0, Math.min(1, (Math.log10(size) - LOG_MIN) / -LOG_MIN));
    }

    @Override
    protected void draw(GraphicsContext gc, double width, double height) {
        double[] values = sizes.get();
        if (values == null || values.length == 0) return;
        double rowHeight = Math.min(22, (height - 4) / values.length);
        double barWidth = Math.max(10, width - LABEL - VALUE - 8);
        gc.setFont(Palette.SMALL);
        gc.setTextBaseline(VPos.CENTER);
        for (int l = 0; l < values.length; l++) {
            double y = 2 + rowHeight * l;
            double middle = y + rowHeight / 2;
            gc.setFill(Palette.INK);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(Messages.format("training.gradients.layer", l, l + 1), 4, middle);
            gc.setFill(Palette.NODE_FILL);
            gc.fillRect(LABEL, y + 3, barWidth, rowHeight - 6);
            gc.setFill(Palette.SELECTED);
            gc.fillRect(LABEL, y + 3, barWidth * fraction(values[l]), rowHeight - 6);
            gc.setFill(Palette.INK);
            gc.fillText(TrainingModel.format(values[l]), LABEL + barWidth + 6, middle);
        }
    }
}

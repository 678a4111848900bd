package studio.backprop.app.universal;

import java.util.function.DoubleUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.CanvasPane;
import studio.backprop.app.view.Palette;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.Bumps;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.TargetCurve;

/**
 * The target (dashed), each pair's bump (thin) and their sum, the network's output (thick), over [0, 1].
 * Triangles under the axis are the steps' positions s = −b/w, circles are the bumps' heights: dragging one
 * edits the weights through the model. Dragging anywhere else draws the target.
 */
final class BumpChart extends CanvasPane {
    private static final int CURVE_POINTS = 400;
    private final UniversalModel model;
    private ChartFrame frame;
    private ChartFrame.Handle grabbed;
    private boolean dragging;
    private double lastX;
    private double lastY;

    BumpChart(UniversalModel model) {
        super(620, 420);
        this.model = model;
        setId("universalChart");
        redrawOn(model.networkProperty(), model.targetProperty());
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(e -> {
            grabbed = null;
            dragging = false;
            redraw();
        });
        canvas.setOnMouseMoved(e -> canvas.setCursor(frame != null && frame.hit(model.getNetwork(), e.getX(), e.getY()) != null
                ? Cursor.HAND : Cursor.CROSSHAIR));
    }

    /** The frame of the last drawing (for the tests' robot: where a handle is on screen). */
    ChartFrame frame() {
        return frame;
    }

    private void pressed(MouseEvent e) {
        if (frame == null) return;
        grabbed = frame.hit(model.getNetwork(), e.getX(), e.getY());
        dragging = true;
        lastX = frame.fromX(e.getX());
        lastY = frame.fromY(e.getY());
        if (grabbed == null) model.draw(lastX, lastY, lastX, lastY);
    }

    private void dragged(MouseEvent e) {
        if (frame == null) return;
        double x = frame.fromX(e.getX());
        double y = frame.fromY(e.getY());
        if (grabbed == null) {
            model.draw(lastX, lastY, x, y);
        } else if (grabbed.kind() == ChartFrame.Handle.Kind.STEP) {
            model.moveStep(grabbed.index(), x);
        } else {
            model.setHeight(grabbed.index(), y);
        }
        lastX = x;
        lastY = y;
    }

    @Override
    protected void draw(GraphicsContext gc, double width, double height) {
        NetworkSpec network = model.getNetwork();
        TargetCurve target = model.getTarget();
        ChartFrame f = ChartFrame.fitting(width, height, target, network);
        ChartFrame held = frame;
        // keep the scale while the mouse drags, so that the handle or the pen stays under it
        frame = dragging && held != null && held.width() == width && held.height() == height ? held : f;
        axes(gc, frame);
        gc.setLineDashes(6, 4);
        gc.setStroke(Palette.INK);
        gc.setLineWidth(2 * Palette.lineScale());
        plot(gc, frame, target::applyAsDouble);
        gc.setLineDashes();
        gc.setStroke(Palette.POSITIVE.deriveColor(0, 1, 1, 0.75));
        gc.setLineWidth(1.2 * Palette.lineScale());
        for (int i = 0; i < Bumps.pairs(network); i++) {
            int pair = i;
            plot(gc, frame, x -> Bumps.bumpValue(network, pair, x));
        }
        gc.setStroke(Palette.NEGATIVE);
        gc.setLineWidth(3 * Palette.lineScale());
        plot(gc, frame, x -> Bumps.value(network, x));
        handles(gc, frame, network);
        legend(gc, frame);
    }

    private void axes(GraphicsContext gc, ChartFrame f) {
        gc.setStroke(Palette.EDGE);
        gc.setLineWidth(1);
        gc.setFill(Palette.MUTED);
        gc.setFont(Palette.SMALL);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.RIGHT);
        for (double y = Math.ceil(f.yMin() * 5) / 5; y <= f.yMax() + 1e-9; y += 0.2) {
            double py = f.toY(y);
            gc.strokeLine(ChartFrame.LEFT, py, ChartFrame.LEFT + f.plotWidth(), py);
            gc.fillText(NumberStyle.digits(2).format(Math.abs(y) < 1e-9 ? 0 : y), ChartFrame.LEFT - 6, py);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double bottom = ChartFrame.TOP + f.plotHeight();
        for (int t = 0; t <= 10; t++) {
            double px = f.toX(t / 10.0);
            gc.strokeLine(px, bottom, px, bottom + 4);
            if (t % 2 == 0) gc.fillText(NumberStyle.digits(2).format(t / 10.0), px, bottom + 22);
        }
        gc.setStroke(Palette.MUTED);
        gc.strokeLine(ChartFrame.LEFT, f.toY(0), ChartFrame.LEFT + f.plotWidth(), f.toY(0));
        gc.strokeRect(ChartFrame.LEFT, ChartFrame.TOP, f.plotWidth(), f.plotHeight());
    }

    private static void plot(GraphicsContext gc, ChartFrame f, DoubleUnaryOperator function) {
        gc.beginPath();
        for (int p = 0; p <= CURVE_POINTS; p++) {
            double x = p / (double) CURVE_POINTS;
            double py = Math.max(-1e4, Math.min(1e4, f.toY(function.applyAsDouble(x))));
            if (p == 0) gc.moveTo(f.toX(x), py);
            else gc.lineTo(f.toX(x), py);
        }
        gc.stroke();
    }

    private static void handles(GraphicsContext gc, ChartFrame f, NetworkSpec network) {
        double y = f.stepHandleY();
        gc.setLineWidth(1);
        for (Bumps.Step step : Bumps.steps(network)) {
            if (Double.isNaN(step.position())) continue;
            double px = f.toX(Math.max(0, Math.min(1, step.position())));
            gc.setFill(Palette.SELECTED);
            gc.fillPolygon(new double[] {px, px - 6, px + 6}, new double[] {y - 7, y + 5, y + 5}, 3);
            gc.setStroke(Palette.EDGE);
            gc.strokeLine(px, ChartFrame.TOP, px, ChartFrame.TOP + f.plotHeight());
        }
        for (int i = 0; i < Bumps.pairs(network); i++) {
            double[] at = f.heightHandle(network, i);
            gc.setFill(Palette.BACKGROUND);
            gc.fillOval(at[0] - 6, at[1] - 6, 12, 12);
            gc.setStroke(Palette.POSITIVE);
            gc.setLineWidth(2);
            gc.strokeOval(at[0] - 6, at[1] - 6, 12, 12);
        }
    }

    private static void legend(GraphicsContext gc, ChartFrame f) {
        gc.setFont(Palette.SMALL);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = ChartFrame.LEFT + 10;
        double y = ChartFrame.TOP + 12;
        String[] keys = {"universal.legendTarget", "universal.legendBumps", "universal.legendSum"};
        Color[] colours = {Palette.INK, Palette.POSITIVE, Palette.NEGATIVE};
        for (int k = 0; k < keys.length; k++) {
            gc.setStroke(colours[k]);
            gc.setLineWidth(k == 2 ? 3 : 1.5);
            gc.setLineDashes(k == 0 ? new double[] {6, 4} : null);
            gc.strokeLine(x, y, x + 22, y);
            gc.setLineDashes();
            gc.setFill(Palette.INK);
            gc.fillText(Messages.get(keys[k]), x + 28, y);
            y += 16;
        }
    }
}

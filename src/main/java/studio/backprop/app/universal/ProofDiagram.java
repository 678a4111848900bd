package studio.backprop.app.universal;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.CanvasPane;
import studio.backprop.app.view.Palette;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.Bumps;
import studio.backprop.core.nn.NetworkSpec;

/**
 * The 1-2N-1 network with its numbers, redrawn on every edit: x on the left, the hidden sigmoid neurons in
 * pairs with their weight w, bias b and step position s = −b/w, and the linear output with each output
 * weight v (a bump's height is the first weight of its pair). Numbers are printed as the Pass tab prints
 * them ({@link NumberStyle#LECTURE}), so they agree digit for digit.
 */
final class ProofDiagram extends CanvasPane {
    /** Below this spacing between hidden neurons, their numbers are left out (too many bumps to read). */
    private static final double LABEL_SPACING = 26;
    private static final NumberStyle STYLE = NumberStyle.LECTURE;
    private final UniversalModel model;

    ProofDiagram(UniversalModel model) {
        super(470, 420);
        this.model = model;
        setId("universalDiagram");
        redrawOn(model.networkProperty());
    }

    @Override
    protected void draw(GraphicsContext gc, double width, double height) {
        NetworkSpec network = model.getNetwork();
        int hidden = network.size(1);
        double top = 34;
        double spacing = (height - top - 14) / hidden;
        double inputX = 26;
        double hiddenX = width * 0.42;
        double outputX = width - 30;
        double middle = top + spacing * hidden / 2;
        double r = Math.max(3, Math.min(10, spacing * 0.32));
        boolean labels = spacing >= LABEL_SPACING;
        gc.setFont(Palette.SMALL);
        gc.setTextBaseline(VPos.CENTER);
        for (int j = 0; j < hidden; j++) { // every edge first, so that no edge crosses a label drawn before it
            double y = top + spacing * (j + 0.5);
            Bumps.Step step = Bumps.step(network, j);
            gc.setStroke(Palette.EDGE);
            gc.setLineWidth(1);
            gc.strokeLine(inputX + 10, middle, hiddenX - r, y);
            gc.setStroke(step.height() < 0 ? Palette.NEGATIVE : Palette.POSITIVE);
            gc.setLineWidth(Math.max(0.8, Math.min(4, 1 + 2 * Math.abs(step.height()))));
            gc.strokeLine(hiddenX + r, y, outputX - 12, middle);
        }
        for (int j = 0; j < hidden; j++) {
            double y = top + spacing * (j + 0.5);
            Bumps.Step step = Bumps.step(network, j);
            gc.setFill(j % 2 == 0 ? Palette.NODE_FILL : Palette.LEAF_FILL);
            gc.fillOval(hiddenX - r, y - r, 2 * r, 2 * r);
            gc.setStroke(Palette.INK);
            gc.setLineWidth(1);
            gc.strokeOval(hiddenX - r, y - r, 2 * r, 2 * r);
            if (j % 2 == 0 && j > 0) {
                gc.setStroke(Palette.MUTED);
                gc.strokeLine(hiddenX - r - 2, top + spacing * j, hiddenX + r + 2, top + spacing * j);
            }
            if (!labels) continue;
            label(gc, "w=" + STYLE.format(step.steepness()) + "  b=" + STYLE.format(network.bias(0, j)), hiddenX - r - 4, y - 7,
                    Palette.INK, TextAlignment.RIGHT);
            label(gc, "s=" + STYLE.format(step.position()), hiddenX - r - 4, y + 7, Palette.SELECTED, TextAlignment.RIGHT);
            label(gc, "v=" + STYLE.format(step.height()), hiddenX + r + 6, y - 6, Palette.VALUE, TextAlignment.LEFT);
        }
        gc.setFill(Palette.LEAF_FILL);
        gc.fillOval(inputX - 10, middle - 10, 20, 20);
        gc.setFill(Palette.NODE_FILL);
        gc.fillOval(outputX - 12, middle - 12, 24, 24);
        gc.setStroke(Palette.INK);
        gc.strokeOval(inputX - 10, middle - 10, 20, 20);
        gc.strokeOval(outputX - 12, middle - 12, 24, 24);
        gc.setFill(Palette.INK);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFont(Palette.NAME);
        gc.fillText("x", inputX, middle);
        gc.fillText("Σ", outputX, middle);
        gc.setFont(Palette.SMALL);
        gc.fillText("b=" + STYLE.format(network.bias(1, 0)), outputX - 6, middle + 24);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(Palette.TITLE);
        gc.fillText(Messages.format("universal.diagramTitle", hidden / 2, hidden), 8, 14);
        if (!labels) {
            gc.setFont(Palette.SMALL);
            gc.setFill(Palette.MUTED);
            gc.fillText(Messages.get("universal.tooManyLabels"), 8, height - 8);
        }
    }

    /** Text on a patch of background, so that the edges behind it do not strike it through. */
    private static void label(GraphicsContext gc, String text, double x, double y, Color colour, TextAlignment align) {
        Text probe = new Text(text);
        probe.setFont(Palette.SMALL);
        double width = probe.getLayoutBounds().getWidth();
        double left = align == TextAlignment.RIGHT ? x - width : x;
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(left - 1, y - 6.5, width + 2, 13);
        gc.setFill(colour);
        gc.setTextAlign(align);
        gc.fillText(text, x, y);
    }
}

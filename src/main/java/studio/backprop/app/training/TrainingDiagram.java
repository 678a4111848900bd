package studio.backprop.app.training;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import studio.backprop.app.view.CanvasPane;
import studio.backprop.app.view.Palette;
import studio.backprop.core.nn.NetworkSpec;

/**
 * The network being trained, redrawn with every snapshot: each weight is a line, orange when positive and
 * blue when negative, thicker and darker the larger it is. Hovering a neuron sets {@link #hoveredProperty()},
 * which the heatmap follows.
 */
public final class TrainingDiagram extends CanvasPane {
    private final ObjectProperty<NetworkSpec> network = new SimpleObjectProperty<>(this, "network");
    private final ObjectProperty<Neuron> hovered = new SimpleObjectProperty<>(this, "hovered");
    private TrainingDiagramLayout layout;

    public TrainingDiagram() {
        super(300, 200);
        setId("trainingDiagram");
        redrawOn(network, hovered);
        canvas.setOnMouseMoved(e -> hovered.set(hitAt(layout, e.getX(), e.getY()).orElse(null)));
        canvas.setOnMouseExited(e -> hovered.set(null));
    }

    /** The network drawn. */
    public ObjectProperty<NetworkSpec> networkProperty() { return network; }

    /** The neuron under the mouse, null when none. */
    public ObjectProperty<Neuron> hoveredProperty() { return hovered; }

    /** The current layout (null before the first drawing). */
    public TrainingDiagramLayout diagramLayout() { return layout; }

    @Override
    protected void draw(GraphicsContext gc, double width, double height) {
        NetworkSpec spec = network.get();
        if (spec == null) return;
        layout = TrainingDiagramLayout.of(spec, width, height);
        double largest = 1e-12;
        for (double[][] layer : spec.weights()) for (double[] row : layer) for (double w : row) largest = Math.max(largest, Math.abs(w));
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            for (int j = 0; j < spec.size(l + 1); j++) {
                for (int k = 0; k < spec.size(l); k++) {
                    double w = spec.weight(l, j, k);
                    double strength = Math.abs(w) / largest;
                    Color base = w < 0 ? Palette.NEGATIVE : Palette.POSITIVE;
                    gc.setStroke(Color.color(base.getRed(), base.getGreen(), base.getBlue(), 0.15 + 0.85 * strength));
                    gc.setLineWidth(0.5 + 3.5 * strength);
                    gc.strokeLine(layout.x(l), layout.y(l, k), layout.x(l + 1), layout.y(l + 1, j));
                }
            }
        }
        double r = layout.radius();
        Neuron over = hovered.get();
        for (int l = 0; l < spec.layerCount(); l++) {
            for (int j = 0; j < spec.size(l); j++) {
                boolean isHovered = over != null && over.layer() == l && over.index() == j;
                gc.setFill(isHovered ? Palette.SELECTED : l == 0 ? Palette.LEAF_FILL : Palette.NODE_FILL);
                gc.setStroke(isHovered ? Palette.SELECTED : Palette.INK);
                gc.setLineWidth(isHovered ? 2.5 : 1);
                gc.fillOval(layout.x(l) - r, layout.y(l, j) - r, 2 * r, 2 * r);
                gc.strokeOval(layout.x(l) - r, layout.y(l, j) - r, 2 * r, 2 * r);
            }
        }
    }
}

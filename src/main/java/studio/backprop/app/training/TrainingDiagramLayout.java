package studio.backprop.app.training;

import java.util.Optional;
import studio.backprop.app.view.CanvasPane;
import studio.backprop.core.nn.NetworkSpec;

/**
 * Where the small network diagram of the training tab puts each neuron: one column per layer, neurons
 * spread evenly down a column. Pure, so it can be tested without a screen.
 *
 * @param sizes  neurons per layer, inputs first
 * @param width  the drawing's width
 * @param height the drawing's height
 */
public record TrainingDiagramLayout(int[] sizes, double width, double height) implements CanvasPane.Layout<Neuron> {
    public TrainingDiagramLayout {
        sizes = sizes.clone();
    }

    /** The layout of a network in a drawing of that size. */
    public static TrainingDiagramLayout of(NetworkSpec spec, double width, double height) {
        return new TrainingDiagramLayout(spec.sizes(), width, height);
    }

    /** The x of layer {@code layer}'s column. */
    public double x(int layer) {
        double margin = Math.min(40, width / 8);
        return sizes.length == 1 ? width / 2 : margin + (width - 2 * margin) * layer / (sizes.length - 1);
    }

    /** The y of neuron {@code index} in layer {@code layer}. */
    public double y(int layer, int index) {
        return height * (index + 0.5) / sizes[layer];
    }

    /** The radius of every neuron: as large as the most crowded column allows, at most 12. */
    public double radius() {
        int most = 1;
        for (int size : sizes) most = Math.max(most, size);
        double byHeight = height / most / 2.6;
        double byWidth = sizes.length > 1 ? (x(1) - x(0)) / 4 : 12;
        return Math.max(1.5, Math.min(12, Math.min(byHeight, byWidth)));
    }

    /** The neuron (not an input) under the point, if any; the hit area is a little larger than the circle. */
    @Override
    public Optional<Neuron> hit(double px, double py) {
        double r = Math.max(radius() + 3, 6);
        for (int l = 1; l < sizes.length; l++) {
            if (Math.abs(px - x(l)) > r) continue;
            int index = (int) Math.floor(py / height * sizes[l]);
            if (index < 0 || index >= sizes[l]) continue;
            if (Math.hypot(px - x(l), py - y(l, index)) <= r) return Optional.of(new Neuron(l, index));
        }
        return Optional.empty();
    }
}

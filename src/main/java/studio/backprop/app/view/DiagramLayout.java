package studio.backprop.app.view;

import java.util.Optional;
import studio.backprop.rendering.diagram.GraphLayout;
import studio.backprop.rendering.diagram.NetworkLayout;

/**
 * A rendering layout as a {@link CanvasPane} sees it: the drawing's size and the graph-node or parameter name
 * drawn at a point, in layout coordinates. The layouts live in {@code rendering}, which knows nothing of the
 * app; this wraps them.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param names the name at a point
 */
record DiagramLayout(double width, double height, Names names) implements CanvasPane.Layout<String> {
    /** The name drawn at a point, if any. */
    @FunctionalInterface
    interface Names {
        Optional<String> at(double x, double y);
    }

    /** A network's layout: its neurons, weights, biases and boxes. */
    static DiagramLayout of(NetworkLayout layout) {
        return new DiagramLayout(layout.width(), layout.height(), layout::hit);
    }

    /** A computational graph's layout: its nodes. */
    static DiagramLayout of(GraphLayout layout) {
        return new DiagramLayout(layout.width(), layout.height(), (x, y) -> layout.hit(x, y).map(GraphLayout.Box::name));
    }

    @Override
    public Optional<String> hit(double x, double y) {
        return names.at(x, y);
    }
}

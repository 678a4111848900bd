package studio.backprop.rendering.diagram;

import studio.backprop.rendering.diagram.LabelPlacement.Rect;

/**
 * A block of text lines that a layout has placed: what it belongs to, what it shows and the box it may
 * fill. The renderer draws a halo of the background colour over the box and the lines inside it, so that
 * no edge drawn underneath can strike through them; the layout guarantees that no edge, shape or other
 * label meets the box.
 *
 * @param name  the graph-node name it shows (w5, out_h1, b1, b_h1), for hit-testing
 * @param role  which numbers it shows
 * @param box   where it goes, in layout units
 * @param lines how many lines it holds
 * @param size  font size of its lines, in layout units
 * @param group 0 for a label always shown; otherwise the group of labels shown together (the weights into one
 *              neuron, in a network too large to show every weight), which may overlap other groups' labels
 */
public record DiagramLabel(String name, Role role, Rect box, int lines, double size, int group) {
    /** The numbers a label shows, line by line. */
    public enum Role {
        /** A network input's value. */
        INPUT,
        /** A neuron's net input, output, ∂E/∂out and δ. */
        NEURON,
        /** A weight's value (its updated value once computed) and its gradient. */
        WEIGHT,
        /** A bias's value (its updated value once computed) and its gradient. */
        BIAS,
        /** A graph node's value, above it. */
        NODE_VALUE,
        /** A graph node's gradient, below it. */
        NODE_GRADIENT,
        /** A graph parameter's updated value. */
        NODE_UPDATE
    }

    /** Whether the point lies on the label. */
    public boolean contains(double x, double y) {
        return box.contains(x, y);
    }

    /** Vertical centre of line {@code k} (from 0). */
    public double lineY(int k) {
        double lineHeight = box.h() / lines;
        return box.y() + lineHeight * (k + 0.5);
    }
}

package studio.backprop.app.view;

import studio.backprop.core.doc.DocumentEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;

/**
 * Where the parts of a network diagram are drawn, as the lecture draws them: layers as columns, neurons
 * as circles, weights on the edges with their label near the source, each layer's bias below the layer
 * it feeds, targets and errors beside the outputs, the total error at the right. Pure: a function of
 * the network's shape; every part carries the graph-node name it shows, for hit-testing.
 *
 * @param neurons  every neuron, inputs included
 * @param weights  every weight edge
 * @param biases   every bias node with the neurons it feeds
 * @param boxes    targets, errors, the total error and the learning rate
 * @param width    extent of the drawing
 * @param height   extent of the drawing
 */
public record NetworkLayout(List<Neuron> neurons, List<WeightEdge> weights, List<BiasNode> biases, List<LabelBox> boxes,
                            double width, double height) {
    public static final double RADIUS = 28;
    public static final double COLUMN = 300;
    public static final double ROW = 200;
    /**
     * The closest rows get in a tall network (the digits network's 64 inputs): room for an output's target
     * and error boxes, and a drawing about four times as tall as wide instead of ten.
     */
    public static final double MIN_ROW = 80;
    /** Layers up to this tall keep the full {@link #ROW}; taller ones share {@code ROW · this} between them. */
    public static final int FULL_ROWS = 8;
    public static final double TOP = 96;
    public static final double LEFT = 70;
    /** Where along a weight edge its label sits (0 = source, 1 = destination). */
    public static final double LABEL_AT = 0.36;

    /**
     * A neuron drawn as a circle.
     *
     * @param name  i1, h1, o1
     * @param net   its net-input node (net_h1), null for inputs
     * @param out   its output node (out_h1), or the input's own name
     */
    public record Neuron(int layer, int index, String name, String net, String out, double x, double y) {
        /** Whether the point lies inside the circle. */
        public boolean contains(double px, double py) {
            return Math.hypot(px - x, py - y) <= RADIUS;
        }
    }

    /** A weight edge from {@code source} to {@code target} neuron with its label position. */
    public record WeightEdge(String name, Neuron source, Neuron target, double labelX, double labelY) { }

    /** A bias node and the neurons it feeds. */
    public record BiasNode(String name, int layer, double x, double y, List<Neuron> targets) {
        public BiasNode {
            targets = List.copyOf(targets);
        }

        public boolean contains(double px, double py) {
            return Math.hypot(px - x, py - y) <= RADIUS * 0.7;
        }
    }

    /** What a label box shows. */
    public enum BoxKind { TARGET, ERROR, TOTAL, LEARNING_RATE }

    /** A rectangular label: a target, an error term, the total error or the learning rate. */
    public record LabelBox(String name, BoxKind kind, Neuron neuron, double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        public double centerY() { return y + h / 2; }
    }

    public NetworkLayout {
        neurons = List.copyOf(neurons);
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
        boxes = List.copyOf(boxes);
    }

    /** Lays out a network. */
    public static NetworkLayout of(NetworkSpec spec) {
        int layers = spec.layerCount();
        int tallest = 0;
        for (int l = 0; l < layers; l++) tallest = Math.max(tallest, spec.size(l));
        double row = rowSpacing(tallest);
        List<List<Neuron>> columns = new ArrayList<>();
        List<Neuron> neurons = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            List<Neuron> column = new ArrayList<>();
            double offset = (tallest - spec.size(l)) * row / 2;
            for (int k = 0; k < spec.size(l); k++) {
                Neuron neuron = new Neuron(l, k, NetworkNames.neuron(spec, l, k), l == 0 ? null : NetworkNames.net(spec, l, k),
                        NetworkNames.out(spec, l, k), LEFT + l * COLUMN, TOP + offset + k * row);
                column.add(neuron);
                neurons.add(neuron);
            }
            columns.add(column);
        }
        double bottom = TOP + (tallest - 1) * row;
        List<WeightEdge> weights = new ArrayList<>();
        List<BiasNode> biases = new ArrayList<>();
        for (int l = 0; l < layers - 1; l++) {
            for (Neuron target : columns.get(l + 1)) {
                for (Neuron source : columns.get(l)) {
                    double x = source.x() + (target.x() - source.x()) * LABEL_AT;
                    double y = source.y() + (target.y() - source.y()) * LABEL_AT;
                    weights.add(new WeightEdge(NetworkNames.weight(spec, l, target.index(), source.index()), source, target, x, y));
                }
            }
            if (spec.biasMode() == BiasMode.NONE) continue;
            double biasX = LEFT + l * COLUMN + COLUMN * 0.42;
            double biasY = bottom + ROW * 0.62;
            if (spec.biasMode() == BiasMode.PER_LAYER) {
                biases.add(new BiasNode(NetworkNames.bias(spec, l, 0), l, biasX, biasY, columns.get(l + 1)));
            } else {
                List<Neuron> targets = columns.get(l + 1);
                for (int k = 0; k < targets.size(); k++) {
                    biases.add(new BiasNode(NetworkNames.bias(spec, l, k), l, biasX + (k - (targets.size() - 1) / 2.0) * 2.2 * RADIUS,
                            biasY, List.of(targets.get(k))));
                }
            }
        }
        List<LabelBox> boxes = new ArrayList<>();
        List<Neuron> outputs = columns.get(layers - 1);
        double boxX = LEFT + (layers - 1) * COLUMN + RADIUS + 40;
        double boxW = 168;
        for (Neuron out : outputs) {
            boxes.add(new LabelBox(NetworkNames.target(spec, out.index()), BoxKind.TARGET, out, boxX, out.y() - 36, boxW, 26));
            boxes.add(new LabelBox(NetworkNames.error(spec, out.index()), BoxKind.ERROR, out, boxX, out.y() + 10, boxW, 26));
        }
        double totalX = boxX + boxW + 40;
        double middle = (outputs.get(0).y() + outputs.get(outputs.size() - 1).y()) / 2;
        boxes.add(new LabelBox(NetworkNames.TOTAL, BoxKind.TOTAL, null, totalX, middle - 22, 190, 44));
        boxes.add(new LabelBox(DocumentEdits.LEARNING_RATE, BoxKind.LEARNING_RATE, null, LEFT - RADIUS, 12, 120, 26));
        double width = totalX + 190 + 16;
        double height = bottom + ROW * 0.62 + RADIUS + 60;
        return new NetworkLayout(neurons, weights, biases, boxes, width, height);
    }

    /** Distance between neurons of a column: {@link #ROW}, or closer (down to {@link #MIN_ROW}) in a tall network. */
    static double rowSpacing(int tallest) {
        return tallest <= FULL_ROWS ? ROW : Math.max(MIN_ROW, ROW * FULL_ROWS / tallest);
    }

    /**
     * The graph-node name at a point: a neuron gives its output node (out_h1; an input its own name),
     * a weight label or a bias its parameter, a box its quantity.
     */
    public Optional<String> hit(double x, double y) {
        for (LabelBox box : boxes) if (box.contains(x, y)) return Optional.of(box.name());
        for (Neuron neuron : neurons) if (neuron.contains(x, y)) return Optional.of(neuron.out());
        for (BiasNode bias : biases) if (bias.contains(x, y)) return Optional.of(bias.name());
        for (WeightEdge edge : weights) {
            if (Math.abs(x - edge.labelX()) <= 48 && Math.abs(y - edge.labelY()) <= 16) return Optional.of(edge.name());
        }
        WeightEdge nearest = null;
        double best = 6;
        for (WeightEdge edge : weights) {
            double d = distanceToSegment(x, y, edge.source().x(), edge.source().y(), edge.target().x(), edge.target().y());
            if (d < best) {
                best = d;
                nearest = edge;
            }
        }
        return nearest == null ? Optional.empty() : Optional.of(nearest.name());
    }

    /** The neuron drawn for a graph-node name (net_h1 or out_h1 → h1; i1 → i1), if any. */
    public Optional<Neuron> neuronOf(String nodeName) {
        return neurons.stream().filter(n -> nodeName.equals(n.out()) || nodeName.equals(n.net())).findFirst();
    }

    /** The weight edge between two neurons, if any. */
    public Optional<WeightEdge> edge(Neuron source, Neuron target) {
        return weights.stream().filter(e -> e.source().equals(source) && e.target().equals(target)).findFirst();
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}

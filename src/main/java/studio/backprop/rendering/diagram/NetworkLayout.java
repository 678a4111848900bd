package studio.backprop.rendering.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.rendering.diagram.DiagramLabel.Role;
import studio.backprop.rendering.diagram.LabelPlacement.Rect;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;

/**
 * Where the parts of a network diagram are drawn, as the lecture draws them: layers as columns, neurons
 * as circles, a shared bias as one node below the layer it feeds (a bias per neuron beside its neuron), targets and errors beside the outputs and
 * the total error beside them. Every number's label is placed here too ({@link #labels}): beside its edge
 * or its neuron, where it meets no edge, no shape and no other label ({@link LabelPlacement}); when a
 * network's labels do not fit, its columns and rows are spread until they do. Pure: a function of the
 * network's shape and a {@link TextMeasure}; every part carries the graph-node name it shows, for hit-testing.
 * Two {@linkplain Arrangement arrangements}: the wide one is the lecture's figure; the narrow one, for a view
 * about as tall as wide, breaks each parameter's label into name and number lines so the columns stand closer.
 *
 * <p>Labelling rule: a network of at most {@link #LABELLED_WEIGHTS} weights whose tallest layer has at most
 * {@link #FULL_ROWS} neurons gets every label placed clear of everything. Larger ones are drawn as an
 * overview that shows the weights' numbers only for the current step, so their labels keep a plain
 * position on their edge (the renderer draws only a few of them).
 *
 * @param neurons  every neuron, inputs included
 * @param weights  every weight edge
 * @param biases   one node per layer that shares a bias
 * @param biasEdges the edges from bias nodes to the neurons they feed
 * @param boxes    targets, errors, the total error and the learning rate
 * @param links    the lines joining outputs, targets, errors and the total error
 * @param labels   every number's label
 * @param everyWeight whether every weight's label is shown at once; otherwise only the current step's or the
 *                 selection's (those of one neuron's inputs at most), and only those must clear each other
 * @param width    extent of the drawing
 * @param height   extent of the drawing
 */
public record NetworkLayout(List<Neuron> neurons, List<WeightEdge> weights, List<BiasNode> biases, List<BiasEdge> biasEdges,
                            List<LabelBox> boxes, List<Link> links, List<DiagramLabel> labels, boolean everyWeight,
                            double width, double height) {
    public static final double RADIUS = 28;
    /** Radius of a bias node. */
    public static final double BIAS_RADIUS = RADIUS * 0.7;
    /** Distance between layers before any spreading. */
    public static final double COLUMN = 256;
    public static final double ROW = 170;
    /**
     * The closest rows get in a tall network (the digits network's 64 inputs): room for an output's target
     * and error boxes, and a drawing about four times as tall as wide instead of ten.
     */
    public static final double MIN_ROW = 80;
    /** Layers up to this tall keep the full {@link #ROW}; taller ones share {@code ROW · this} between them. */
    public static final int FULL_ROWS = 8;
    /** Above this many weights only the current step's weight labels are drawn, and they are not placed. */
    public static final int LABELLED_WEIGHTS = 100;
    /** Font size of the labels, in layout units. */
    public static final double LABEL_SIZE = 12;
    /** Font size of the total error. */
    public static final double TITLE_SIZE = 14;
    /** Space around the drawing. */
    public static final double MARGIN = 8;
    /** Where along a weight edge an overview's label sits (0 = source, 1 = destination). */
    public static final double LABEL_AT = 0.36;
    /** The widest number a label makes room for: the lecture's style prints at most this many characters. */
    static final String WIDEST_NUMBER = "-0.000000000";
    /** How much the columns and rows spread on each try when labels do not fit, and how many tries. */
    private static final double SPREAD = 1.2;
    private static final double ROW_SPREAD = 1.06;
    private static final int TRIES = 12;
    /** Tries before a network shows only one neuron's weight labels at a time. */
    private static final int FULL_TRIES = 4;
    private static final double PAD = 4;
    private static final double[] ALONG = alongEdge();

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

    /** A weight edge from {@code source} to {@code target} neuron; (labelX, labelY) is its label's centre. */
    public record WeightEdge(String name, Neuron source, Neuron target, double labelX, double labelY) {
        public Segment line() {
            return new Segment(source.x(), source.y(), target.x(), target.y());
        }
    }

    /**
     * The bias node of a layer that shares one bias (the lecture's b1), below the layer it feeds, its label
     * beside it. A bias per neuron has no node: it is a label beside its neuron.
     */
    public record BiasNode(String name, int layer, double x, double y, List<Neuron> targets) {
        public BiasNode {
            targets = List.copyOf(targets);
        }

        public boolean contains(double px, double py) {
            return Math.hypot(px - x, py - y) <= BIAS_RADIUS;
        }
    }

    /** An edge from a shared bias node to a neuron it feeds; {@code name} is the bias. */
    public record BiasEdge(String name, BiasNode source, Neuron target) {
        public Segment line() {
            return new Segment(source.x(), source.y(), target.x(), target.y());
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

        public Rect rect() { return new Rect(x, y, w, h); }
    }

    /**
     * A line between an output and its boxes: highlighted with the step that computes {@code name}, dashed
     * for a target's.
     */
    public record Link(String name, Segment line, boolean dashed) { }

    public NetworkLayout {
        neurons = List.copyOf(neurons);
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
        biasEdges = List.copyOf(biasEdges);
        boxes = List.copyOf(boxes);
        links = List.copyOf(links);
        labels = List.copyOf(labels);
    }

    /** Lays out a network with the diagrams' own font. */
    public static NetworkLayout of(NetworkSpec spec) {
        return of(spec, TextMeasure.DEJAVU_SANS);
    }

    /** Lays out a network, sizing labels with {@code measure}. */
    public static NetworkLayout of(NetworkSpec spec, TextMeasure measure) {
        return of(spec, measure, Arrangement.WIDE);
    }

    /** Lays out a network in an arrangement, with the diagrams' own font. */
    public static NetworkLayout of(NetworkSpec spec, Arrangement arrangement) {
        return of(spec, TextMeasure.DEJAVU_SANS, arrangement);
    }

    /** Lays out a network in an arrangement, sizing labels with {@code measure}. */
    public static NetworkLayout of(NetworkSpec spec, TextMeasure measure, Arrangement arrangement) {
        int tallest = 0;
        for (int l = 0; l < spec.layerCount(); l++) tallest = Math.max(tallest, spec.size(l));
        boolean labelled = labelled(spec.weightCount(), tallest);
        NetworkLayout best = null;
        int fewest = Integer.MAX_VALUE;
        // every weight's label at once if that fits with little spreading, else one neuron's inputs at a time
        for (boolean grouped : new boolean[] {false, true}) {
            double spread = 1;
            double rowSpread = 1;
            for (int attempt = 0; attempt < (!labelled ? 1 : grouped ? TRIES : FULL_TRIES) && fewest > 0; attempt++) {
                for (NetworkBuild.BiasSide[] sides : biasSides(spec.biasMode() == BiasMode.PER_LAYER ? spec.layerCount() - 1 : 0)) {
                    NetworkBuild build = new NetworkBuild(spec, measure, arrangement, arrangement.column() * spread,
                            rowSpacing(tallest) * arrangement.rowShare() * rowSpread, sides, labelled, grouped || !labelled);
                    if (build.conflicts() < fewest) {
                        fewest = build.conflicts();
                        best = build.layout();
                    }
                    if (fewest == 0) break;
                }
                spread *= SPREAD;
                rowSpread *= ROW_SPREAD;
            }
            if (fewest == 0 || !labelled) break;
        }
        return best;
    }

    /**
     * The arrangements of bias nodes to try, one side per layer: every combination for up to two layers of
     * biases, the same side for all layers beyond.
     */
    private static List<NetworkBuild.BiasSide[]> biasSides(int layers) {
        NetworkBuild.BiasSide[] sides = NetworkBuild.BiasSide.values();
        List<NetworkBuild.BiasSide[]> out = new ArrayList<>();
        if (layers > 2) {
            for (NetworkBuild.BiasSide side : sides) {
                NetworkBuild.BiasSide[] all = new NetworkBuild.BiasSide[layers];
                Arrays.fill(all, side);
                out.add(all);
            }
            return out;
        }
        int combinations = (int) Math.pow(sides.length, layers);
        for (int c = 0; c < combinations; c++) {
            NetworkBuild.BiasSide[] one = new NetworkBuild.BiasSide[layers];
            for (int l = 0, rest = c; l < layers; l++, rest /= sides.length) one[l] = sides[rest % sides.length];
            out.add(one);
        }
        return out;
    }

    /** Whether a network of this size gets all its labels placed clear of everything (the labelling rule). */
    public static boolean labelled(int weightCount, int tallest) {
        return weightCount <= LABELLED_WEIGHTS && tallest <= FULL_ROWS;
    }

    /** Whether this layout's labels were placed clear of everything (see the labelling rule). */
    public boolean labelled() {
        int tallest = 0;
        for (Neuron neuron : neurons) tallest = Math.max(tallest, neuron.index() + 1);
        return labelled(weights.size(), tallest);
    }

    /** Distance between neurons of a column: {@link #ROW}, or closer (down to {@link #MIN_ROW}) in a tall network. */
    static double rowSpacing(int tallest) {
        return tallest <= FULL_ROWS ? ROW : Math.max(MIN_ROW, ROW * FULL_ROWS / tallest);
    }

    /**
     * The graph-node name at a point: a label its quantity (a neuron's labels give its output node), a box
     * its quantity, a neuron its output node (an input its own name), a bias its parameter, an edge its weight.
     */
    public Optional<String> hit(double x, double y) {
        for (LabelBox box : boxes) if (box.contains(x, y)) return Optional.of(box.name());
        for (Neuron neuron : neurons) if (neuron.contains(x, y)) return Optional.of(neuron.out());
        for (BiasNode bias : biases) if (bias.contains(x, y)) return Optional.of(bias.name());
        for (DiagramLabel label : labels) if (label.contains(x, y)) return Optional.of(label.name());
        String nearest = null;
        double best = 6;
        for (WeightEdge edge : weights) {
            double d = distanceToSegment(x, y, edge.line());
            if (d < best) {
                best = d;
                nearest = edge.name();
            }
        }
        for (BiasEdge edge : biasEdges) {
            double d = distanceToSegment(x, y, edge.line());
            if (d < best) {
                best = d;
                nearest = edge.name();
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The neuron drawn for a graph-node name (net_h1 or out_h1 → h1; i1 → i1), if any. */
    public Optional<Neuron> neuronOf(String nodeName) {
        return neurons.stream().filter(n -> nodeName.equals(n.out()) || nodeName.equals(n.net())).findFirst();
    }

    /** The weight edge between two neurons, if any. */
    public Optional<WeightEdge> edge(Neuron source, Neuron target) {
        return weights.stream().filter(e -> e.source().equals(source) && e.target().equals(target)).findFirst();
    }

    /** The label of a quantity in a role, if it has one. */
    public Optional<DiagramLabel> label(String name, Role role) {
        return labels.stream().filter(l -> l.role() == role && l.name().equals(name)).findFirst();
    }

    /** Every line drawn: weight edges, bias edges and links. */
    public List<Segment> lines() {
        List<Segment> lines = new ArrayList<>();
        for (WeightEdge edge : weights) lines.add(edge.line());
        for (BiasEdge edge : biasEdges) lines.add(edge.line());
        for (Link link : links) lines.add(link.line());
        return lines;
    }

    /** Every shape drawn: neurons and bias nodes (their bounding squares) and boxes. */
    public List<Rect> shapes() {
        List<Rect> shapes = new ArrayList<>();
        for (Neuron neuron : neurons) shapes.add(Rect.centred(neuron.x(), neuron.y(), 2 * RADIUS, 2 * RADIUS));
        for (BiasNode bias : biases) shapes.add(Rect.centred(bias.x(), bias.y(), 2 * BIAS_RADIUS, 2 * BIAS_RADIUS));
        for (LabelBox box : boxes) shapes.add(box.rect());
        return shapes;
    }

    /** What a path's numbered disc must not cover: every shape and every placed label. */
    public List<Rect> obstacles() {
        List<Rect> obstacles = shapes();
        for (DiagramLabel label : labels) obstacles.add(label.box());
        return obstacles;
    }

    static double distanceToSegment(double px, double py, Segment s) {
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x1()) * dx + (py - s.y1()) * dy) / length));
        return Math.hypot(px - (s.x1() + t * dx), py - (s.y1() + t * dy));
    }

    /** The sample texts a label makes room for, line by line (an updated parameter's line is the widest). */
    static List<String> samples(Role role, String name) {
        return samples(role, name, Arrangement.WIDE);
    }

    /**
     * The sample texts a label makes room for in an arrangement: in the narrow one a parameter's name and its
     * gradient's name stand on lines of their own, above their numbers ({@link LabelText}).
     */
    static List<String> samples(Role role, String name, Arrangement arrangement) {
        String n = WIDEST_NUMBER;
        boolean narrow = arrangement == Arrangement.NARROW;
        return switch (role) {
            case INPUT -> List.of(n);
            case NEURON -> List.of("net " + n, "out " + n, "∂E/∂out " + n, "δ " + n);
            case WEIGHT, BIAS -> narrow ? List.of(name + "⁺ =", n, "∂E/∂" + name, n)
                    : List.of(name + "⁺ = " + n, "∂E/∂" + name + " " + n);
            case NODE_VALUE, NODE_GRADIENT -> List.of(n);
            case NODE_UPDATE -> List.of("→ " + n);
        };
    }

    /** Width and height of a label holding these lines. */
    static double[] size(List<String> lines, double fontSize, TextMeasure measure) {
        double w = 0;
        for (String line : lines) w = Math.max(w, measure.width(line, fontSize, false));
        return new double[] {Math.ceil(w + 2 * PAD), lines.size() * TextMeasure.lineHeight(fontSize) + 2};
    }

    /** The preferred fractions along an edge for its label. */
    static double[] along() {
        return ALONG.clone();
    }

    /** Fractions along an edge from its middle outwards, alternating sides: 0.5, 0.46, 0.54, … 0.14, 0.86. */
    private static double[] alongEdge() {
        double[] along = new double[19];
        along[0] = 0.5;
        for (int k = 1; k < along.length; k += 2) {
            along[k] = 0.5 - 0.04 * (k + 1) / 2;
            along[k + 1] = 0.5 + 0.04 * (k + 1) / 2;
        }
        return along;
    }

    /** Text of the learning-rate box, for sizing it: the bundle's pattern is "η = value". */
    static String learningRateSample() {
        return DocumentEdits.LEARNING_RATE + " = " + WIDEST_NUMBER;
    }
}

package studio.backprop.rendering.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.rendering.diagram.DiagramLabel.Role;
import studio.backprop.rendering.diagram.LabelPlacement.Rect;
import studio.backprop.rendering.diagram.LabelPlacement.Request;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;

/**
 * Where each node of a computational graph is drawn, left to right: operations one column after their
 * latest input, given leaves (variables, constants) one column before their first consumer; rows
 * ordered by the barycentre of neighbours to keep edges short. Each node's value goes above it, its gradient
 * below it and a parameter's update under that, placed by {@link LabelPlacement} clear of every edge, box and
 * other label; when they do not fit, rows and columns spread until they do. Pure: a function of the graph
 * and a {@link TextMeasure}.
 *
 * @param boxes  one box per node, indexed by node id
 * @param edges  one curve per input of each node
 * @param labels every number's label
 * @param width  extent of the drawing
 * @param height extent of the drawing
 */
public record GraphLayout(List<Box> boxes, List<Edge> edges, List<DiagramLabel> labels, double width, double height) {
    /** Horizontal distance between columns. */
    public static final double COLUMN = 180;
    /** Vertical distance between rows: room for a value above each box and a gradient and an update below it. */
    public static final double ROW = 96;
    public static final double BOX_WIDTH = 92;
    public static final double BOX_HEIGHT = 30;
    public static final double MARGIN = 40;
    /** Font size of the labels, in layout units. */
    public static final double LABEL_SIZE = 12;
    /** Straight pieces an edge's curve is cut into when labels are kept off it. */
    public static final int PIECES = 16;
    /**
     * Graphs of up to this many nodes get every label placed clear of everything (a 2-8-1 network's graph has
     * about 90); larger ones, unreadable when fitted anyway, keep each label at its first place unchecked.
     */
    public static final int LABELLED_NODES = 300;
    private static final double SPREAD = 1.15;
    private static final int TRIES = 8;
    private static final double AIR = 1;

    /**
     * An edge from the right side of node {@code from}'s box to the left side of node {@code to}'s: a cubic
     * Bézier curve leaving and arriving horizontally.
     */
    public record Edge(int from, int to, double x1, double y1, double x2, double y2) {
        /** How far the control points reach horizontally. */
        public double bend() {
            return (x2 - x1) * 0.45;
        }

        /** The point a fraction {@code t} along the curve. */
        public double[] at(double t) {
            double u = 1 - t;
            double cx1 = x1 + bend();
            double cx2 = x2 - bend();
            double x = u * u * u * x1 + 3 * u * u * t * cx1 + 3 * u * t * t * cx2 + t * t * t * x2;
            double y = u * u * u * y1 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y2;
            return new double[] {x, y};
        }

        /** The curve as {@link #PIECES} straight pieces. */
        public List<Segment> pieces() {
            List<Segment> out = new ArrayList<>();
            double[] from = at(0);
            for (int k = 1; k <= PIECES; k++) {
                double[] to = at(k / (double) PIECES);
                out.add(new Segment(from[0], from[1], to[0], to[1]));
                from = to;
            }
            return out;
        }
    }

    /**
     * A node's box.
     *
     * @param id     node id
     * @param name   node name
     * @param column column, from 0 at the left
     * @param row    row within its column, from 0 at the top
     * @param x      left edge
     * @param y      top edge
     */
    public record Box(int id, String name, int column, int row, double x, double y) {
        public double width() { return BOX_WIDTH; }

        public double height() { return BOX_HEIGHT; }

        public double centerX() { return x + BOX_WIDTH / 2; }

        public double centerY() { return y + BOX_HEIGHT / 2; }

        /** Whether the point lies inside the box. */
        public boolean contains(double px, double py) {
            return px >= x && px <= x + BOX_WIDTH && py >= y && py <= y + BOX_HEIGHT;
        }
    }

    public GraphLayout {
        boxes = List.copyOf(boxes);
        edges = List.copyOf(edges);
        labels = List.copyOf(labels);
    }

    /** Lays out a graph with the diagrams' own font. */
    public static GraphLayout of(Graph graph) {
        return of(graph, TextMeasure.DEJAVU_SANS);
    }

    /** Lays out a graph, sizing labels with {@code measure}; spreads rows and columns until the labels fit. */
    public static GraphLayout of(Graph graph, TextMeasure measure) {
        GraphLayout best = null;
        int fewest = Integer.MAX_VALUE;
        double spread = 1;
        int tries = graph.size() <= LABELLED_NODES ? TRIES : 1;
        for (int attempt = 0; attempt < tries && fewest > 0; attempt++) {
            int[] conflicts = new int[1];
            GraphLayout layout = of(graph, measure, COLUMN * Math.sqrt(spread), ROW * spread, conflicts);
            if (conflicts[0] < fewest) {
                fewest = conflicts[0];
                best = layout;
            }
            spread *= SPREAD;
        }
        return best;
    }

    private static GraphLayout of(Graph graph, TextMeasure measure, double columnSpacing, double rowSpacing, int[] conflicts) {
        int n = graph.size();
        int[] column = new int[n];
        for (Node node : graph.nodes()) {
            if (node.isLeaf()) continue;
            int latest = 0;
            for (int input : node.inputs()) latest = Math.max(latest, column[input] + (graph.node(input).isLeaf() ? 0 : 1));
            column[node.id()] = Math.max(1, latest + (hasOpInput(graph, node) ? 0 : 1));
        }
        for (Node node : graph.nodes()) {
            if (!node.isLeaf()) continue;
            int first = Integer.MAX_VALUE;
            for (int consumer : graph.consumers(node.id())) first = Math.min(first, column[consumer]);
            column[node.id()] = first == Integer.MAX_VALUE ? 0 : first - 1;
        }
        int columns = 0;
        for (int c : column) columns = Math.max(columns, c + 1);
        List<List<Integer>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) byColumn.add(new ArrayList<>());
        for (int id = 0; id < n; id++) byColumn.get(column[id]).add(id);

        double[] position = new double[n];
        assignPositions(byColumn, position);
        for (int sweep = 0; sweep < 4; sweep++) {
            for (int c = 1; c < columns; c++) sortBy(byColumn.get(c), id -> barycentre(graph.node(id).inputs(), position, id));
            assignPositions(byColumn, position);
            for (int c = columns - 2; c >= 0; c--) sortBy(byColumn.get(c), id -> barycentre(graph.consumers(id), position, id));
            assignPositions(byColumn, position);
        }

        int tallest = 0;
        for (List<Integer> ids : byColumn) tallest = Math.max(tallest, ids.size());
        Box[] boxes = new Box[n];
        for (int c = 0; c < columns; c++) {
            List<Integer> ids = byColumn.get(c);
            double offset = (tallest - ids.size()) * rowSpacing / 2;
            for (int row = 0; row < ids.size(); row++) {
                int id = ids.get(row);
                boxes[id] = new Box(id, graph.node(id).name(), c, row, MARGIN + c * columnSpacing,
                        MARGIN + 18 + offset + row * rowSpacing);
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Node node : graph.nodes()) {
            Box to = boxes[node.id()];
            for (int input : node.inputs()) {
                Box from = boxes[input];
                edges.add(new Edge(input, node.id(), from.x() + BOX_WIDTH, from.centerY(), to.x(), to.centerY()));
            }
        }
        List<DiagramLabel> labels = placeLabels(graph, List.of(boxes), edges, measure, conflicts);
        double right = 0;
        double bottom = 0;
        for (Box box : boxes) {
            right = Math.max(right, box.x() + BOX_WIDTH + 40);
            bottom = Math.max(bottom, box.y() + BOX_HEIGHT);
        }
        for (DiagramLabel label : labels) {
            right = Math.max(right, label.box().right());
            bottom = Math.max(bottom, label.box().bottom());
        }
        return new GraphLayout(List.of(boxes), edges, labels, right + MARGIN, bottom + MARGIN);
    }

    /**
     * Each node's value above it and, unless it is a constant or does not reach the output, its gradient below
     * it; a variable's update under the gradient (kept free for every variable: the graph does not say which
     * are trained). Labels take the box's width or more, centred, then shifted.
     */
    private static List<DiagramLabel> placeLabels(Graph graph, List<Box> boxes, List<Edge> edges, TextMeasure measure,
                                                  int[] conflicts) {
        boolean[] reaches = reachesOutput(graph);
        List<Segment> lines = new ArrayList<>();
        for (Edge edge : edges) lines.addAll(edge.pieces());
        List<Rect> shapes = new ArrayList<>();
        for (Box box : boxes) shapes.add(new Rect(box.x(), box.y(), BOX_WIDTH, BOX_HEIGHT));
        List<Request> requests = new ArrayList<>();
        List<DiagramLabel> pending = new ArrayList<>();
        double h = TextMeasure.lineHeight(LABEL_SIZE) + 2;
        for (Node node : graph.nodes()) {
            Box box = boxes.get(node.id());
            List<Role> roles = new ArrayList<>(List.of(Role.NODE_VALUE));
            if (node.kind() != Node.Kind.CONSTANT && reaches[node.id()]) roles.add(Role.NODE_GRADIENT);
            if (node.kind() == Node.Kind.VARIABLE) roles.add(Role.NODE_UPDATE);
            for (Role role : roles) {
                double w = NetworkLayout.size(NetworkLayout.samples(role, node.name()), LABEL_SIZE, measure)[0];
                requests.add(new Request(around(box, w, h, role)));
                pending.add(new DiagramLabel(node.name(), role, new Rect(0, 0, w, h), 1, LABEL_SIZE, 0));
            }
        }
        if (graph.size() > LABELLED_NODES) {
            List<DiagramLabel> plain = new ArrayList<>();
            for (int k = 0; k < pending.size(); k++) {
                DiagramLabel p = pending.get(k);
                plain.add(new DiagramLabel(p.name(), p.role(), requests.get(k).candidates().get(0), 1, LABEL_SIZE, 0));
            }
            return plain;
        }
        LabelPlacement.Result result = LabelPlacement.place(lines, shapes, requests, AIR);
        conflicts[0] = result.conflicts();
        List<DiagramLabel> labels = new ArrayList<>();
        for (int k = 0; k < pending.size(); k++) {
            DiagramLabel p = pending.get(k);
            labels.add(new DiagramLabel(p.name(), p.role(), result.boxes().get(k), 1, LABEL_SIZE, 0));
        }
        return labels;
    }

    /** Candidate places: a value above the box, a gradient below it, an update below the gradient. */
    private static List<Rect> around(Box box, double w, double h, Role role) {
        double gap = LabelPlacement.GAP;
        double above = box.y() - gap - h / 2;
        double below = box.y() + BOX_HEIGHT + gap + h / 2;
        double under = below + h + gap;
        double[] rows = switch (role) {
            case NODE_VALUE -> new double[] {above, above - h - gap, below, under};
            case NODE_GRADIENT -> new double[] {below, under, above, above - h - gap};
            default -> new double[] {under, under + h + gap, above - h - gap, above};
        };
        List<Rect> out = new ArrayList<>();
        for (double cy : rows) {
            for (double shift : new double[] {0, -0.25, 0.25, -0.5, 0.5}) {
                out.add(Rect.centred(box.centerX() + shift * w, cy, w, h));
            }
        }
        return out;
    }

    /** Whether each node feeds the output (a gradient is shown only for those). */
    private static boolean[] reachesOutput(Graph graph) {
        boolean[] reaches = new boolean[graph.size()];
        reaches[graph.output()] = true;
        for (int id = graph.size() - 1; id >= 0; id--) {
            if (!reaches[id]) continue;
            for (int input : graph.node(id).inputs()) reaches[input] = true;
        }
        return reaches;
    }

    /** The label of a node in a role, if it has one. */
    public Optional<DiagramLabel> label(String name, Role role) {
        return labels.stream().filter(l -> l.role() == role && l.name().equals(name)).findFirst();
    }

    /** Every edge as straight pieces. */
    public List<Segment> lines() {
        List<Segment> lines = new ArrayList<>();
        for (Edge edge : edges) lines.addAll(edge.pieces());
        return lines;
    }

    /** The box at a point, if any. */
    public Optional<Box> hit(double x, double y) {
        return boxes.stream().filter(b -> b.contains(x, y)).findFirst();
    }

    public Box box(int id) {
        return boxes.get(id);
    }

    private static boolean hasOpInput(Graph graph, Node node) {
        for (int input : node.inputs()) if (!graph.node(input).isLeaf()) return true;
        return false;
    }

    private static void assignPositions(List<List<Integer>> byColumn, double[] position) {
        for (List<Integer> ids : byColumn) {
            double middle = (ids.size() - 1) / 2.0;
            for (int row = 0; row < ids.size(); row++) position[ids.get(row)] = row - middle;
        }
    }

    private static double barycentre(List<Integer> neighbours, double[] position, int id) {
        if (neighbours.isEmpty()) return position[id];
        double sum = 0;
        for (int k : neighbours) sum += position[k];
        return sum / neighbours.size();
    }

    private static void sortBy(List<Integer> ids, ToDoubleFunction<Integer> key) {
        double[] keys = new double[ids.size()];
        List<Integer> copy = new ArrayList<>(ids);
        for (int k = 0; k < copy.size(); k++) keys[k] = key.applyAsDouble(copy.get(k));
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < copy.size(); k++) order.add(k);
        order.sort(Comparator.<Integer>comparingDouble(k -> keys[k]).thenComparingInt(k -> k));
        ids.clear();
        for (int k : order) ids.add(copy.get(k));
    }
}

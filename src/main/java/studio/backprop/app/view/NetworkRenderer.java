package studio.backprop.app.view;

import studio.backprop.core.doc.DocumentEdits;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.NonInvertibleTransformException;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import studio.backprop.app.Messages;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.Step;
import studio.backprop.core.nn.NetworkSpec;

/**
 * Draws a network diagram as the lecture draws it, every number read from the trace by the node names of
 * {@link studio.backprop.core.nn.NetworkNames}: net and out above each neuron, ∂E/∂out and δ below, each
 * weight's value, gradient and update on its edge, targets and errors beside the outputs.
 */
public final class NetworkRenderer {
    /**
     * Above this many weights (the digits network has 1,344) the diagram is an overview: thin solid edges
     * coloured by gradient, and weight labels only for the weights of the current step or the selection.
     */
    public static final int LABELLED_WEIGHTS = 100;
    /**
     * Above this many weight edges the diagram is drawn as an overview ({@link #drawOverview}): a network that
     * large cannot show its numbers legibly, and drawing them would take far longer than a frame.
     */
    public static final int OVERVIEW_EDGES = 2_000;
    /** Below this many pixels of text height the weight labels are not drawn: they could not be read. */
    private static final double MIN_LABEL_PIXELS = 4;
    /** How far a label or a neuron's numbers reach from its anchor, in layout units. */
    private static final double LABEL_REACH = 160;
    /** How many edges of the largest |gradient| the overview strokes over the layer bands. */
    static final int STRONGEST_EDGES = 1_000;
    /** Intensity levels per sign of the overview's batched edges. */
    private static final int LEVELS = 8;

    private NetworkRenderer() { }

    /** Draws the diagram into layout coordinates. */
    public static void draw(GraphicsContext gc, NetworkSpec spec, DiagramState state, NetworkLayout layout) {
        Graph graph = state.trace().graph();
        if (layout.weights().size() > OVERVIEW_EDGES) {
            drawOverview(gc, spec, state, graph, layout);
            return;
        }
        gc.setLineCap(StrokeLineCap.ROUND);
        Bounds visible = visibleArea(gc);
        boolean readable = Palette.NUMBER.getSize() * Draw.scale(gc) >= MIN_LABEL_PIXELS;
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBiasEdges(gc, state, graph, bias);
        boolean overview = layout.weights().size() > LABELLED_WEIGHTS;
        for (NetworkLayout.WeightEdge edge : layout.weights()) {
            if (crosses(visible, edge)) drawWeightEdge(gc, state, graph, edge, overview);
        }
        for (NetworkLayout.LabelBox box : layout.boxes()) drawBoxEdges(gc, state, graph, layout, box);
        List<double[]> badges = drawPaths(gc, state, graph, layout);
        drawPulse(gc, state, graph, layout);
        for (NetworkLayout.Neuron neuron : layout.neurons()) {
            if (near(visible, neuron.x(), neuron.y())) drawNeuron(gc, state, graph, neuron);
        }
        if (readable) {
            for (NetworkLayout.WeightEdge edge : layout.weights()) {
                if (!near(visible, edge.labelX(), edge.labelY())) continue;
                int id = id(graph, edge.name());
                if (!overview || touched(state, id) || state.selected().contains(id)) drawWeightLabel(gc, state, graph, edge);
            }
        }
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBias(gc, state, graph, bias);
        for (NetworkLayout.LabelBox box : layout.boxes()) drawBox(gc, spec, state, graph, box);
        for (double[] badge : badges) {
            Draw.badge(gc, (int) badge[0], badge[1], badge[2]);
        }
    }

    /**
     * The part of the layout the context's canvas shows, in layout coordinates, or null when it cannot be
     * known (then everything is drawn). Labels and neurons outside it are skipped: text is the costly part of a
     * frame, and a zoomed-in view of a large network shows only a few of them.
     */
    private static Bounds visibleArea(GraphicsContext gc) {
        Canvas canvas = gc.getCanvas();
        try {
            return gc.getTransform().inverseTransform(new BoundingBox(0, 0, canvas.getWidth(), canvas.getHeight()));
        } catch (NonInvertibleTransformException e) {
            return null;
        }
    }

    /** Whether something drawn around (x, y), labels included, can reach the visible area. */
    private static boolean near(Bounds visible, double x, double y) {
        return visible == null || visible.intersects(x - LABEL_REACH, y - LABEL_REACH, 2 * LABEL_REACH, 2 * LABEL_REACH);
    }

    /** Whether an edge's bounding box meets the visible area. */
    private static boolean crosses(Bounds visible, NetworkLayout.WeightEdge edge) {
        if (visible == null) return true;
        double x = Math.min(edge.source().x(), edge.target().x());
        double y = Math.min(edge.source().y(), edge.target().y());
        return visible.intersects(x - 4, y - 4, Math.abs(edge.target().x() - edge.source().x()) + 8,
                Math.abs(edge.target().y() - edge.source().y()) + 8);
    }

    /**
     * The low-detail drawing of a large network: weight edges batched by colour ({@link #drawEdgesBatched}),
     * neurons as plain discs, no numbers on edges or neurons; biases, targets, errors and the current step's
     * edges as in the full diagram.
     */
    private static void drawOverview(GraphicsContext gc, NetworkSpec spec, DiagramState state, Graph graph,
                                     NetworkLayout layout) {
        gc.setLineCap(StrokeLineCap.BUTT);
        drawEdgesBatched(gc, state, graph, layout.weights());
        gc.setLineCap(StrokeLineCap.ROUND);
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBiasEdges(gc, state, graph, bias);
        for (NetworkLayout.LabelBox box : layout.boxes()) drawBoxEdges(gc, state, graph, layout, box);
        double r = NetworkLayout.RADIUS;
        gc.setLineWidth(1.6);
        gc.setStroke(Palette.INK);
        for (NetworkLayout.Neuron neuron : layout.neurons()) {
            gc.setFill(neuron.layer() == 0 ? Palette.LEAF_FILL : Palette.NODE_FILL);
            gc.fillOval(neuron.x() - r, neuron.y() - r, 2 * r, 2 * r);
            gc.strokeOval(neuron.x() - r, neuron.y() - r, 2 * r, 2 * r);
        }
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBias(gc, state, graph, bias);
        for (NetworkLayout.LabelBox box : layout.boxes()) drawBox(gc, spec, state, graph, box);
    }

    /**
     * Weight edges of a large network: each layer's connections as one translucent band, then the
     * {@link #STRONGEST_EDGES} edges with the largest |gradient| in one path per colour bucket ({@link #LEVELS}
     * intensity levels per sign, solid: at this size the colour carries the sign). Stroking every one of a
     * hundred thousand edges costs the rasteriser seconds and shows nothing more than the band. Edges of the
     * current step or the selection are drawn singly on top.
     */
    private static void drawEdgesBatched(GraphicsContext gc, DiagramState state, Graph graph,
                                         List<NetworkLayout.WeightEdge> edges) {
        drawBands(gc, edges);
        int buckets = 2 * LEVELS;
        int[] ids = new int[edges.size()];
        double[] strength = new double[edges.size()];
        List<NetworkLayout.WeightEdge> highlighted = new java.util.ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            int id = id(graph, edges.get(e).name());
            ids[e] = id;
            strength[e] = -1;
            if (touched(state, id) || state.selected().contains(id)) {
                highlighted.add(edges.get(e));
            } else if (id >= 0 && state.gradientKnown(id)) {
                strength[e] = Math.abs(state.trace().gradient(id));
            }
        }
        double threshold = strongest(strength, STRONGEST_EDGES);
        List<List<NetworkLayout.WeightEdge>> byBucket = new java.util.ArrayList<>();
        for (int b = 0; b < buckets; b++) byBucket.add(new java.util.ArrayList<>());
        int drawn = 0;
        for (int e = 0; e < edges.size() && drawn < STRONGEST_EDGES; e++) {
            if (strength[e] < 0 || strength[e] < threshold) continue;
            double gradient = state.trace().gradient(ids[e]);
            int level = Math.min(LEVELS - 1, (int) (Palette.intensity(gradient) * LEVELS));
            byBucket.get(level + (gradient < 0 ? LEVELS : 0)).add(edges.get(e));
            drawn++;
        }
        gc.setLineDashes(null);
        for (int b = 0; b < buckets; b++) {
            List<NetworkLayout.WeightEdge> bucket = byBucket.get(b);
            if (bucket.isEmpty()) continue;
            double intensity = ((b % LEVELS) + 0.5) / LEVELS;
            gc.setStroke(Palette.ZERO.interpolate(b >= LEVELS ? Palette.NEGATIVE : Palette.POSITIVE, 0.25 + 0.75 * intensity));
            gc.setLineWidth(1.2 + 4.0 * intensity);
            gc.beginPath();
            for (NetworkLayout.WeightEdge edge : bucket) {
                gc.moveTo(edge.source().x(), edge.source().y());
                gc.lineTo(edge.target().x(), edge.target().y());
            }
            gc.stroke();
        }
        for (NetworkLayout.WeightEdge edge : highlighted) drawWeightEdge(gc, state, graph, edge, false);
    }

    /** The smallest of the {@code count} largest non-negative values (0 when there are no more than {@code count}). */
    static double strongest(double[] values, int count) {
        double[] known = java.util.Arrays.stream(values).filter(v -> v >= 0).sorted().toArray();
        return known.length <= count ? 0 : known[known.length - count];
    }

    /** For each pair of adjacent layers, the hull of their edges as one translucent quadrilateral. */
    private static void drawBands(GraphicsContext gc, List<NetworkLayout.WeightEdge> edges) {
        java.util.Map<Integer, double[]> bands = new java.util.TreeMap<>();
        for (NetworkLayout.WeightEdge edge : edges) {
            double[] band = bands.computeIfAbsent(edge.source().layer(), l -> new double[] {
                    edge.source().x(), Double.MAX_VALUE, -Double.MAX_VALUE, edge.target().x(), Double.MAX_VALUE, -Double.MAX_VALUE});
            band[1] = Math.min(band[1], edge.source().y());
            band[2] = Math.max(band[2], edge.source().y());
            band[4] = Math.min(band[4], edge.target().y());
            band[5] = Math.max(band[5], edge.target().y());
        }
        gc.setFill(Palette.EDGE.deriveColor(0, 1, 1, 0.35));
        for (double[] b : bands.values()) {
            gc.fillPolygon(new double[] {b[0], b[3], b[3], b[0]}, new double[] {b[1], b[4], b[5], b[2]}, 4);
        }
    }

    private static int id(Graph graph, String name) {
        return name == null ? -1 : graph.find(name).map(Node::id).orElse(-1);
    }

    private static boolean touched(DiagramState state, int id) {
        return id >= 0 && state.inStep(id);
    }

    private static void drawWeightEdge(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout.WeightEdge edge,
                                       boolean overview) {
        int id = id(graph, edge.name());
        boolean known = id >= 0 && state.gradientKnown(id);
        double gradient = id >= 0 ? state.trace().gradient(id) : 0;
        Color color = touched(state, id) ? Palette.CURRENT : known ? Palette.gradientColor(gradient) : Palette.EDGE;
        double width = known ? Palette.edgeWidth(gradient) : 1.5;
        if (state.selected().contains(id)) color = Palette.SELECTED;
        boolean highlighted = touched(state, id) || state.selected().contains(id);
        if (overview && !highlighted) width = known ? 0.6 + Palette.intensity(gradient) : 0.6;
        Draw.line(gc, edge.source().x(), edge.source().y(), edge.target().x(), edge.target().y(), color, width,
                known && gradient < 0 && !overview);
    }

    private static void drawWeightLabel(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout.WeightEdge edge) {
        int id = id(graph, edge.name());
        if (id < 0) return;
        String first = edge.name() + " = " + state.value(id);
        boolean known = state.gradientKnown(id);
        String second = known ? "∂E/∂" + edge.name() + " = " + state.gradient(id) : null;
        String update = state.update(id);
        double y = edge.labelY() - (second == null ? 0 : 8) - (update == null ? 0 : 7);
        Color ink = state.selected().contains(id) ? Palette.SELECTED : touched(state, id) ? Palette.CURRENT : Palette.INK;
        Draw.label(gc, first, edge.labelX(), y, Palette.NUMBER, ink);
        if (second != null) {
            Draw.label(gc, second, edge.labelX(), y + 16, Palette.SMALL, Palette.gradientColor(state.trace().gradient(id)).darker());
        }
        if (update != null) Draw.label(gc, edge.name() + "⁺ = " + update, edge.labelX(), y + 31, Palette.SMALL, Palette.INK);
    }

    private static void drawBiasEdges(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout.BiasNode bias) {
        int id = id(graph, bias.name());
        boolean known = id >= 0 && state.gradientKnown(id);
        double gradient = id >= 0 ? state.trace().gradient(id) : 0;
        Color color = touched(state, id) ? Palette.CURRENT : known ? Palette.gradientColor(gradient) : Palette.EDGE;
        for (NetworkLayout.Neuron target : bias.targets()) {
            Draw.line(gc, bias.x(), bias.y(), target.x(), target.y(), color, known ? Palette.edgeWidth(gradient) * 0.7 : 1.1,
                    known && gradient < 0);
        }
    }

    private static void drawBoxEdges(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout layout,
                                     NetworkLayout.LabelBox box) {
        switch (box.kind()) {
            case ERROR -> {
                NetworkLayout.Neuron out = box.neuron();
                Draw.line(gc, out.x() + NetworkLayout.RADIUS, out.y(), box.x(), box.centerY(),
                        touched(state, id(graph, box.name())) ? Palette.CURRENT : Palette.EDGE, 1.5, false);
                Optional<NetworkLayout.LabelBox> total = layout.boxes().stream()
                        .filter(b -> b.kind() == NetworkLayout.BoxKind.TOTAL).findFirst();
                total.ifPresent(t -> Draw.line(gc, box.x() + box.w(), box.centerY(), t.x(), t.centerY(), Palette.EDGE, 1.5, false));
            }
            case TARGET -> Draw.line(gc, box.x() + 20, box.y() + box.h(), box.x() + 20, box.y() + box.h() + 20, Palette.EDGE, 1.2, true);
            default -> { }
        }
    }

    private static void drawNeuron(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout.Neuron neuron) {
        int net = id(graph, neuron.net());
        int out = id(graph, neuron.out());
        boolean current = touched(state, net) || touched(state, out);
        boolean selected = state.selected().contains(out) || state.selected().contains(net);
        double r = NetworkLayout.RADIUS;
        gc.setFill(current ? Palette.CURRENT_FILL : neuron.layer() == 0 ? Palette.LEAF_FILL : Palette.NODE_FILL);
        gc.fillOval(neuron.x() - r, neuron.y() - r, 2 * r, 2 * r);
        gc.setStroke(selected ? Palette.SELECTED : current ? Palette.CURRENT : Palette.INK);
        gc.setLineWidth(selected || current ? 3.5 : 1.6);
        gc.strokeOval(neuron.x() - r, neuron.y() - r, 2 * r, 2 * r);
        Draw.text(gc, neuron.name(), neuron.x(), neuron.y(), Palette.TITLE, Palette.INK);
        if (out < 0) return;
        if (net < 0) {
            Draw.label(gc, state.value(out), neuron.x(), neuron.y() - r - 12, Palette.NUMBER, Palette.VALUE);
            return;
        }
        Draw.label(gc, "net " + state.value(net), neuron.x(), neuron.y() - r - 28, Palette.NUMBER, Palette.VALUE);
        Draw.label(gc, "out " + state.value(out), neuron.x(), neuron.y() - r - 12, Palette.NUMBER, Palette.VALUE);
        if (state.gradientKnown(out)) {
            Draw.label(gc, "∂E/∂out " + state.gradient(out), neuron.x(), neuron.y() + r + 12, Palette.SMALL,
                    Palette.gradientColor(state.trace().gradient(out)).darker());
        }
        if (state.gradientKnown(net)) {
            Draw.label(gc, "δ " + state.gradient(net), neuron.x(), neuron.y() + r + 27, Palette.SMALL,
                    Palette.gradientColor(state.trace().gradient(net)).darker());
        }
    }

    private static void drawBias(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout.BiasNode bias) {
        int id = id(graph, bias.name());
        double r = NetworkLayout.RADIUS * 0.7;
        boolean selected = state.selected().contains(id);
        gc.setFill(touched(state, id) ? Palette.CURRENT_FILL : Palette.LEAF_FILL);
        gc.fillOval(bias.x() - r, bias.y() - r, 2 * r, 2 * r);
        gc.setStroke(selected ? Palette.SELECTED : touched(state, id) ? Palette.CURRENT : Palette.INK);
        gc.setLineWidth(selected ? 3 : 1.4);
        gc.strokeOval(bias.x() - r, bias.y() - r, 2 * r, 2 * r);
        Draw.text(gc, bias.name(), bias.x(), bias.y(), Palette.NAME, Palette.INK);
        if (id < 0) return;
        Draw.label(gc, "= " + state.value(id), bias.x(), bias.y() + r + 10, Palette.NUMBER, Palette.INK);
        if (state.gradientKnown(id)) {
            Draw.label(gc, "∂E/∂" + bias.name() + " " + state.gradient(id), bias.x(), bias.y() + r + 26, Palette.SMALL,
                    Palette.gradientColor(state.trace().gradient(id)).darker());
        }
    }

    private static void drawBox(GraphicsContext gc, NetworkSpec spec, DiagramState state, Graph graph, NetworkLayout.LabelBox box) {
        String text;
        int id = id(graph, box.name());
        if (box.kind() == NetworkLayout.BoxKind.LEARNING_RATE) {
            text = Messages.format("network.learningRate", DocumentEdits.LEARNING_RATE, state.style().format(spec.learningRate()));
        } else {
            text = box.name() + " = " + (id >= 0 ? state.value(id) : "?");
        }
        boolean current = touched(state, id);
        boolean selected = state.selected().contains(id) && id >= 0;
        gc.setFill(current ? Palette.CURRENT_FILL : box.kind() == NetworkLayout.BoxKind.TARGET ? Palette.LEAF_FILL : Palette.NODE_FILL);
        gc.fillRoundRect(box.x(), box.y(), box.w(), box.h(), 8, 8);
        gc.setStroke(selected ? Palette.SELECTED : current ? Palette.CURRENT : Palette.MUTED);
        gc.setLineWidth(selected || current ? 2.5 : 1);
        gc.strokeRoundRect(box.x(), box.y(), box.w(), box.h(), 8, 8);
        Draw.textLeft(gc, text, box.x() + 8, box.centerY(), box.kind() == NetworkLayout.BoxKind.TOTAL ? Palette.TITLE : Palette.NUMBER,
                Palette.INK);
    }

    /** Where a graph node sits in the diagram, for drawing its paths and pulses. */
    private static double[] point(Graph graph, NetworkLayout layout, int id) {
        String name = graph.node(id).name();
        for (NetworkLayout.LabelBox box : layout.boxes()) if (box.name().equals(name)) return new double[] {box.x(), box.centerY()};
        for (NetworkLayout.BiasNode bias : layout.biases()) if (bias.name().equals(name)) return new double[] {bias.x(), bias.y()};
        for (NetworkLayout.WeightEdge edge : layout.weights()) {
            if (edge.name().equals(name)) return new double[] {edge.labelX(), edge.labelY()};
        }
        return layout.neuronOf(name).map(n -> new double[] {n.x(), n.y()}).orElse(null);
    }

    /** Draws each path of a summed gradient; returns where its number badge goes (drawn on top later). */
    private static List<double[]> drawPaths(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout layout) {
        List<double[]> pathBadges = new java.util.ArrayList<>();
        List<Contribution> paths = state.paths();
        for (int k = 0; k < paths.size(); k++) {
            Contribution path = paths.get(k);
            double[] from = point(graph, layout, path.node());
            double[] to = point(graph, layout, path.consumer());
            if (from == null || to == null) continue;
            Draw.line(gc, from[0], from[1], to[0], to[1], Palette.PATH, 5, false);
            pathBadges.add(new double[] {k + 1, from[0] + (to[0] - from[0]) * 0.62, from[1] + (to[1] - from[1]) * 0.62});
        }
        return pathBadges;
    }

    private static void drawPulse(GraphicsContext gc, DiagramState state, Graph graph, NetworkLayout layout) {
        Step step = state.current();
        if (!state.backwardStep() || state.pulse() >= 1) return;
        double[] to = point(graph, layout, step.target());
        if (to == null) return;
        for (int consumer : step.nodes()) {
            if (consumer == step.target()) continue;
            double[] from = point(graph, layout, consumer);
            if (from == null || from[0] == to[0] && from[1] == to[1]) continue;
            Draw.pulse(gc, from[0], from[1], to[0], to[1], state.pulse());
        }
    }
}

package studio.backprop.rendering.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.Step;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.rendering.Area;
import studio.backprop.rendering.Cap;
import studio.backprop.rendering.Path;
import studio.backprop.rendering.Rgba;
import studio.backprop.rendering.Surface;
import studio.backprop.rendering.Theme;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;

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
    public static final int LABELLED_WEIGHTS = NetworkLayout.LABELLED_WEIGHTS;
    /**
     * Above this many weight edges the diagram is drawn as an overview ({@link #drawOverview}): a network that
     * large cannot show its numbers legibly, and drawing them would take far longer than a frame.
     */
    public static final int OVERVIEW_EDGES = 2_000;
    /** How far a label or a neuron's numbers reach from its anchor, in layout units. */
    private static final double LABEL_REACH = 160;
    /** How many edges of the largest |gradient| the overview strokes over the layer bands. */
    static final int STRONGEST_EDGES = 1_000;
    /** Intensity levels per sign of the overview's batched edges. */
    private static final int LEVELS = 8;

    private final Draw draw;
    private final Theme theme;
    private final DiagramState state;
    private final Graph graph;
    private final NetworkLayout layout;

    private NetworkRenderer(Surface surface, Theme theme, DiagramState state, NetworkLayout layout) {
        this.draw = new Draw(surface, theme, Cap.ROUND);
        this.theme = theme;
        this.state = state;
        this.graph = state.trace().graph();
        this.layout = layout;
    }

    /** Whether a network of this many weights is drawn as an overview: edges only, no labels. */
    public static boolean isOverview(int weights) {
        return weights > OVERVIEW_EDGES;
    }

    /** Draws the diagram into layout coordinates. */
    public static void draw(Surface surface, Theme theme, NetworkSpec spec, DiagramState state, NetworkLayout layout) {
        NetworkRenderer renderer = new NetworkRenderer(surface, theme, state, layout);
        if (isOverview(layout.weights().size())) renderer.drawOverview(spec);
        else renderer.drawDiagram(spec);
    }

    private void drawDiagram(NetworkSpec spec) {
        Area visible = draw.surface.visibleArea().orElse(null);
        boolean readable = draw.readable(theme.number().size()); // labels too small to read are left out
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBiasEdges(bias);
        boolean overview = layout.weights().size() > LABELLED_WEIGHTS;
        for (NetworkLayout.WeightEdge edge : layout.weights()) {
            if (crosses(visible, edge)) drawWeightEdge(draw, edge, overview);
        }
        drawLinks();
        List<double[]> badges = drawPaths();
        drawPulse();
        for (NetworkLayout.Neuron neuron : layout.neurons()) {
            if (near(visible, neuron.x(), neuron.y())) drawNeuron(neuron);
        }
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBias(bias);
        if (readable) {
            boolean everyWeight = layout.everyWeight() && !overview;
            for (DiagramLabel label : layout.labels()) {
                if (!near(visible, label.box().centerX(), label.box().centerY())) continue;
                int id = id(label.name());
                boolean shown = touched(id) || state.selected().contains(id);
                if (label.role() == DiagramLabel.Role.WEIGHT && !everyWeight && !shown) continue;
                drawLabel(label, id);
            }
        }
        for (NetworkLayout.LabelBox box : layout.boxes()) drawBox(spec, box);
        for (double[] badge : badges) {
            draw.badge((int) badge[0], badge[1], badge[2]);
        }
    }

    /** Whether something drawn around (x, y), labels included, can reach the visible area (null: all is). */
    private static boolean near(Area visible, double x, double y) {
        return visible == null || visible.intersects(x - LABEL_REACH, y - LABEL_REACH, 2 * LABEL_REACH, 2 * LABEL_REACH);
    }

    /** Whether an edge's bounding box meets the visible area (null: all is). */
    private static boolean crosses(Area visible, NetworkLayout.WeightEdge edge) {
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
    private void drawOverview(NetworkSpec spec) {
        drawEdgesBatched(layout.weights());
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBiasEdges(bias);
        drawLinks();
        double r = NetworkLayout.RADIUS;
        for (NetworkLayout.Neuron neuron : layout.neurons()) {
            draw.surface.oval(neuron.x() - r, neuron.y() - r, 2 * r, 2 * r,
                    neuron.layer() == 0 ? theme.leafFill() : theme.nodeFill(), draw.stroke(theme.ink(), 1.6));
        }
        for (NetworkLayout.BiasNode bias : layout.biases()) drawBias(bias);
        for (NetworkLayout.LabelBox box : layout.boxes()) drawBox(spec, box);
    }

    /**
     * Weight edges of a large network: each layer's connections as one translucent band, then the
     * {@link #STRONGEST_EDGES} edges with the largest |gradient| in one path per colour bucket ({@link #LEVELS}
     * intensity levels per sign, solid: at this size the colour carries the sign). Stroking every one of a
     * hundred thousand edges costs the rasteriser seconds and shows nothing more than the band. Edges of the
     * current step or the selection are drawn singly on top.
     */
    private void drawEdgesBatched(List<NetworkLayout.WeightEdge> edges) {
        Draw butt = draw.capped(Cap.BUTT);
        Overview overview = Overview.of(layout, graph);
        drawBands(overview.bands());
        int buckets = 2 * LEVELS;
        int[] ids = overview.ids();
        boolean[] marked = new boolean[graph.size()]; // the step's and the selection's nodes, asked of each edge
        for (int id : state.touched()) marked[id] = true;
        for (int id : state.selected()) marked[id] = true;
        double[] strength = new double[edges.size()];
        List<NetworkLayout.WeightEdge> highlighted = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            int id = ids[e];
            strength[e] = -1;
            if (id >= 0 && marked[id]) {
                highlighted.add(edges.get(e));
            } else if (id >= 0 && state.gradientKnown(id)) {
                strength[e] = Math.abs(state.trace().gradient(id));
            }
        }
        double threshold = strongest(strength, STRONGEST_EDGES);
        List<List<NetworkLayout.WeightEdge>> byBucket = new ArrayList<>();
        for (int b = 0; b < buckets; b++) byBucket.add(new ArrayList<>());
        int drawn = 0;
        for (int e = 0; e < edges.size() && drawn < STRONGEST_EDGES; e++) {
            if (strength[e] < 0 || strength[e] < threshold) continue;
            double gradient = state.trace().gradient(ids[e]);
            int level = Math.min(LEVELS - 1, (int) (Theme.intensity(gradient) * LEVELS));
            byBucket.get(level + (gradient < 0 ? LEVELS : 0)).add(edges.get(e));
            drawn++;
        }
        for (int b = 0; b < buckets; b++) {
            List<NetworkLayout.WeightEdge> bucket = byBucket.get(b);
            if (bucket.isEmpty()) continue;
            double intensity = ((b % LEVELS) + 0.5) / LEVELS;
            Rgba color = theme.zero().interpolate(b >= LEVELS ? theme.negative() : theme.positive(), 0.25 + 0.75 * intensity);
            Path.Builder path = Path.builder();
            for (NetworkLayout.WeightEdge edge : bucket) {
                path.moveTo(edge.source().x(), edge.source().y());
                path.lineTo(edge.target().x(), edge.target().y());
            }
            draw.surface.path(path.build(), butt.stroke(color, 1.2 + 4.0 * intensity));
        }
        for (NetworkLayout.WeightEdge edge : highlighted) drawWeightEdge(butt, edge, false);
    }

    /** The smallest of the {@code count} largest non-negative values (0 when there are no more than {@code count}). */
    static double strongest(double[] values, int count) {
        double[] known = new double[values.length];
        int n = 0;
        for (double v : values) if (v >= 0) known[n++] = v;
        return n <= count ? 0 : select(known, n, n - count);
    }

    /**
     * The k-th smallest of the first n values (from 0), which it reorders: Hoare's selection, linear on average,
     * where sorting a hundred thousand gradients on every frame took milliseconds.
     */
    private static double select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return a[k];
        }
        return a[k];
    }

    /**
     * What an overview needs of its layout and graph that no step changes, made once for them rather than on
     * every frame: each edge's node id (a name looked up for each of a hundred thousand edges) and the bands.
     * The last one is kept; a frame of another layout or graph makes its own.
     */
    record Overview(NetworkLayout layout, Graph graph, int[] ids, List<double[]> bands) {
        private static volatile Overview last;

        static Overview of(NetworkLayout layout, Graph graph) {
            Overview known = last;
            if (known != null && known.layout == layout && known.graph == graph) return known;
            List<NetworkLayout.WeightEdge> edges = layout.weights();
            int[] ids = new int[edges.size()];
            for (int e = 0; e < ids.length; e++) ids[e] = graph.find(edges.get(e).name()).map(Node::id).orElse(-1);
            Overview made = new Overview(layout, graph, ids, bands(edges));
            last = made;
            return made;
        }

        /** For each pair of adjacent layers, the hull of their edges: {x0, minY0, maxY0, x1, minY1, maxY1}. */
        private static List<double[]> bands(List<NetworkLayout.WeightEdge> edges) {
            Map<Integer, double[]> bands = new TreeMap<>();
            for (NetworkLayout.WeightEdge edge : edges) {
                double[] band = bands.computeIfAbsent(edge.source().layer(), l -> new double[] {
                        edge.source().x(), Double.MAX_VALUE, -Double.MAX_VALUE, edge.target().x(), Double.MAX_VALUE, -Double.MAX_VALUE});
                band[1] = Math.min(band[1], edge.source().y());
                band[2] = Math.max(band[2], edge.source().y());
                band[4] = Math.min(band[4], edge.target().y());
                band[5] = Math.max(band[5], edge.target().y());
            }
            return List.copyOf(bands.values());
        }
    }

    /** For each pair of adjacent layers, the hull of their edges as one translucent quadrilateral. */
    private void drawBands(List<double[]> bands) {
        Rgba fill = theme.edge().fade(0.35);
        for (double[] b : bands) {
            draw.surface.polygon(new double[] {b[0], b[3], b[3], b[0]}, new double[] {b[1], b[4], b[5], b[2]}, fill);
        }
    }

    private int id(String name) {
        return name == null ? -1 : graph.find(name).map(Node::id).orElse(-1);
    }

    private boolean touched(int id) {
        return id >= 0 && state.inStep(id);
    }

    private void drawWeightEdge(Draw pen, NetworkLayout.WeightEdge edge, boolean overview) {
        int id = id(edge.name());
        boolean known = id >= 0 && state.gradientKnown(id);
        double gradient = id >= 0 ? state.trace().gradient(id) : 0;
        Rgba color = touched(id) ? theme.current() : known ? theme.gradientColor(gradient) : theme.edge();
        double width = known ? theme.edgeWidth(gradient) : 1.5;
        if (state.selected().contains(id)) color = theme.selected();
        boolean highlighted = touched(id) || state.selected().contains(id);
        if (overview && !highlighted) width = known ? 0.6 + Theme.intensity(gradient) : 0.6;
        pen.line(edge.source().x(), edge.source().y(), edge.target().x(), edge.target().y(), color, width,
                known && gradient < 0 && !overview);
    }

    /** A label with its halo; a parameter's first line in the colour of the selection or the current step. */
    private void drawLabel(DiagramLabel label, int id) {
        boolean parameter = label.role() == DiagramLabel.Role.WEIGHT || label.role() == DiagramLabel.Role.BIAS;
        Rgba first = !parameter ? null : state.selected().contains(id) ? theme.selected() : touched(id) ? theme.current() : null;
        draw.placed(label, LabelText.of(label, state), first);
    }

    private void drawBiasEdges(NetworkLayout.BiasNode bias) {
        int id = id(bias.name());
        boolean known = id >= 0 && state.gradientKnown(id);
        double gradient = id >= 0 ? state.trace().gradient(id) : 0;
        Rgba color = touched(id) ? theme.current() : known ? theme.gradientColor(gradient) : theme.edge();
        for (NetworkLayout.Neuron target : bias.targets()) {
            draw.line(bias.x(), bias.y(), target.x(), target.y(), color, known ? theme.edgeWidth(gradient) * 0.7 : 1.1,
                    known && gradient < 0);
        }
    }

    /** The lines from the outputs to their errors, from targets to errors and from errors to the total. */
    private void drawLinks() {
        for (NetworkLayout.Link link : layout.links()) {
            boolean total = link.name().equals(NetworkNames.TOTAL);
            Rgba color = !link.dashed() && !total && touched(id(link.name())) ? theme.current() : theme.edge();
            draw.line(link.line().x1(), link.line().y1(), link.line().x2(), link.line().y2(), color, link.dashed() ? 1.2 : 1.5,
                    link.dashed());
        }
    }

    private void drawNeuron(NetworkLayout.Neuron neuron) {
        int net = id(neuron.net());
        int out = id(neuron.out());
        boolean current = touched(net) || touched(out);
        boolean selected = state.selected().contains(out) || state.selected().contains(net);
        double r = NetworkLayout.RADIUS;
        draw.surface.oval(neuron.x() - r, neuron.y() - r, 2 * r, 2 * r,
                current ? theme.currentFill() : neuron.layer() == 0 ? theme.leafFill() : theme.nodeFill(),
                draw.stroke(selected ? theme.selected() : current ? theme.current() : theme.ink(), selected || current ? 3.5 : 1.6));
        if (draw.readable(theme.title().size())) draw.text(neuron.name(), neuron.x(), neuron.y(), theme.title(), theme.ink());
    }

    private void drawBias(NetworkLayout.BiasNode bias) {
        int id = id(bias.name());
        double r = NetworkLayout.RADIUS * 0.7;
        boolean selected = state.selected().contains(id);
        draw.surface.oval(bias.x() - r, bias.y() - r, 2 * r, 2 * r, touched(id) ? theme.currentFill() : theme.leafFill(),
                draw.stroke(selected ? theme.selected() : touched(id) ? theme.current() : theme.ink(), selected ? 3 : 1.4));
        draw.text(bias.name(), bias.x(), bias.y(), theme.name(), theme.ink());
    }

    private void drawBox(NetworkSpec spec, NetworkLayout.LabelBox box) {
        String text;
        int id = id(box.name());
        if (box.kind() == NetworkLayout.BoxKind.LEARNING_RATE) {
            text = DocumentEdits.LEARNING_RATE + " = " + state.style().format(spec.learningRate());
        } else {
            text = box.name() + " = " + (id >= 0 ? state.value(id) : "?");
        }
        boolean current = touched(id);
        boolean selected = state.selected().contains(id) && id >= 0;
        draw.surface.rect(box.x(), box.y(), box.w(), box.h(), 8,
                current ? theme.currentFill() : box.kind() == NetworkLayout.BoxKind.TARGET ? theme.leafFill() : theme.nodeFill(),
                draw.stroke(selected ? theme.selected() : current ? theme.current() : theme.muted(), selected || current ? 2.5 : 1));
        draw.textLeft(text, box.x() + 8, box.centerY(), box.kind() == NetworkLayout.BoxKind.TOTAL ? theme.title() : theme.number(),
                theme.ink());
    }

    /** Where a graph node sits in the diagram, for drawing its paths and pulses. */
    private double[] point(int id) {
        String name = graph.node(id).name();
        for (NetworkLayout.LabelBox box : layout.boxes()) if (box.name().equals(name)) return new double[] {box.x(), box.centerY()};
        for (NetworkLayout.BiasNode bias : layout.biases()) if (bias.name().equals(name)) return new double[] {bias.x(), bias.y()};
        for (NetworkLayout.WeightEdge edge : layout.weights()) {
            if (edge.name().equals(name)) return new double[] {edge.labelX(), edge.labelY()};
        }
        Optional<DiagramLabel> bias = layout.label(name, DiagramLabel.Role.BIAS);
        if (bias.isPresent()) return new double[] {bias.get().box().centerX(), bias.get().box().centerY()};
        return layout.neuronOf(name).map(n -> new double[] {n.x(), n.y()}).orElse(null);
    }

    /** Draws each path of a summed gradient; returns where its number badge goes (drawn on top later). */
    private List<double[]> drawPaths() {
        List<Contribution> paths = state.paths();
        List<Segment> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int k = 0; k < paths.size(); k++) {
            Contribution path = paths.get(k);
            double[] from = point(path.node());
            double[] to = point(path.consumer());
            if (from == null || to == null) continue;
            draw.line(from[0], from[1], to[0], to[1], theme.path(), 5, false);
            lines.add(new Segment(from[0], from[1], to[0], to[1]));
            numbers.add(k + 1);
        }
        List<double[]> centres = PathBadges.place(lines, layout.obstacles());
        List<double[]> pathBadges = new ArrayList<>();
        for (int k = 0; k < centres.size(); k++) pathBadges.add(new double[] {numbers.get(k), centres.get(k)[0], centres.get(k)[1]});
        return pathBadges;
    }

    private void drawPulse() {
        Step step = state.current();
        if (!state.backwardStep() || state.pulse() >= 1) return;
        double[] to = point(step.target());
        if (to == null) return;
        for (int consumer : step.nodes()) {
            if (consumer == step.target()) continue;
            double[] from = point(consumer);
            if (from == null || from[0] == to[0] && from[1] == to[1]) continue;
            draw.pulse(from[0], from[1], to[0], to[1], state.pulse());
        }
    }
}

package studio.backprop.rendering.diagram;

import java.util.List;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.rendering.Area;
import studio.backprop.rendering.Cap;
import studio.backprop.rendering.Dash;
import studio.backprop.rendering.Path;
import studio.backprop.rendering.Rgba;
import studio.backprop.rendering.Stroke;
import studio.backprop.rendering.Surface;
import studio.backprop.rendering.Theme;

/**
 * Draws a computational graph in the CS231n manner: each node a box with its name and op symbol, its
 * forward value above it (green) and its gradient below it (coloured by sign and size, sign printed);
 * edges as wide as the gradient they carry back, dashed when it is negative. The current step's nodes
 * are outlined in red, the selection in violet, the paths of a summed gradient numbered
 * (their shares are listed in the equation panel).
 */
public final class GraphRenderer {
    /** The negative gradient's dashes: 7 units on, 5 off. */
    private static final Dash NEGATIVE = new Dash(7, 5);
    /** How far a stroke, the moving dot or a node's "out" reaches beyond a box or an edge's end points, in layout units. */
    private static final double REACH = 40;

    private final Draw draw;
    private final Theme theme;
    private final DiagramState state;
    /** What the surface shows, in layout coordinates; null when all of it is. */
    private final Area visible;

    private GraphRenderer(Surface surface, Theme theme, DiagramState state) {
        this.draw = new Draw(surface, theme, Cap.ROUND);
        this.theme = theme;
        this.state = state;
        this.visible = surface.visibleArea().orElse(null);
    }

    /** Draws the whole graph into layout coordinates. */
    public static void draw(Surface surface, Theme theme, DiagramState state, GraphLayout layout) {
        new GraphRenderer(surface, theme, state).drawGraph(layout);
    }

    /**
     * The edges, the nodes, their numbers and the paths' badges. Level of detail for a large graph: what lies
     * outside the visible area is skipped, and numbers and names too small to read at this zoom
     * ({@link Draw#readable}) are not drawn, nor dashes too fine to see.
     */
    private void drawGraph(GraphLayout layout) {
        Graph graph = state.trace().graph();
        List<Contribution> paths = state.paths();
        for (Node node : graph.nodes()) {
            GraphLayout.Box to = layout.box(node.id());
            for (int input : node.inputs()) {
                GraphLayout.Box from = layout.box(input);
                if (shows(Math.min(from.x(), to.x()), Math.min(from.y(), to.y()), Math.max(from.x() + from.width(), to.x() + to.width()),
                        Math.max(from.y() + from.height(), to.y() + to.height()))) {
                    drawEdge(from, to, input, node.id(), paths);
                }
            }
        }
        boolean names = draw.readable(theme.name().size());
        for (Node node : graph.nodes()) {
            GraphLayout.Box box = layout.box(node.id());
            if (shows(box.x(), box.y(), box.x() + box.width(), box.y() + box.height())) drawNode(node, box, graph.output() == node.id(), names);
        }
        for (DiagramLabel label : layout.labels()) {
            LabelPlacement.Rect box = label.box();
            if (draw.readable(label.size()) && shows(box.x(), box.y(), box.right(), box.bottom())) {
                draw.placed(label, LabelText.of(label, state), null);
            }
        }
        for (int k = 0; k < paths.size(); k++) {
            Contribution path = paths.get(k);
            GraphLayout.Box from = layout.box(path.node());
            GraphLayout.Box to = layout.box(path.consumer());
            draw.badge(k + 1, (from.x() + from.width() + to.x()) / 2, (from.centerY() + to.centerY()) / 2);
        }
    }

    private void drawEdge(GraphLayout.Box from, GraphLayout.Box to, int input, int consumer, List<Contribution> paths) {
        double x1 = from.x() + from.width();
        double y1 = from.centerY();
        double x2 = to.x();
        double y2 = to.centerY();
        boolean onPath = paths.stream().anyMatch(p -> p.node() == input && p.consumer() == consumer);
        boolean constant = state.trace().graph().node(input).kind() == Node.Kind.CONSTANT;
        boolean known = !constant && state.gradientKnown(input) && state.gradientKnown(consumer);
        double gradient = state.trace().gradient(input);
        Rgba color = onPath ? theme.path() : known ? theme.gradientColor(gradient) : theme.edge();
        double width = onPath ? 4 : known ? theme.edgeWidth(gradient) : 1.2;
        double bend = (x2 - x1) * 0.45;
        Path curve = Path.builder().moveTo(x1, y1).curveTo(x1 + bend, y1, x2 - bend, y2, x2, y2).build();
        boolean dashed = known && gradient < 0 && draw.dashesShow(NEGATIVE.on() + NEGATIVE.off());
        draw.surface.path(curve, draw.stroke(color, width).dashed(dashed ? NEGATIVE : null));
        if (state.backwardStep() && state.inStep(input) && state.inStep(consumer) && state.pulse() < 1
                && (state.isTarget(input) || state.isTarget(consumer))) {
            double t = state.pulse();
            double u = 1 - t;
            double px = u * u * u * x2 + 3 * u * u * t * (x2 - bend) + 3 * u * t * t * (x1 + bend) + t * t * t * x1;
            double py = u * u * u * y2 + 3 * u * u * t * y2 + 3 * u * t * t * y1 + t * t * t * y1;
            draw.dot(px, py);
        }
    }

    /** Whether anything drawn in [x0, x1] × [y0, y1] (plus {@link #REACH}) can show. */
    private boolean shows(double x0, double y0, double x1, double y1) {
        return visible == null || visible.intersects(x0 - REACH, y0 - REACH, x1 - x0 + 2 * REACH, y1 - y0 + 2 * REACH);
    }

    private void drawNode(Node node, GraphLayout.Box box, boolean output, boolean names) {
        int id = node.id();
        boolean target = state.isTarget(id);
        boolean touched = state.inStep(id);
        boolean selected = state.selected().contains(id);
        Rgba fill = target ? theme.currentFill() : node.isLeaf() ? theme.leafFill() : theme.nodeFill();
        Rgba outline = selected ? theme.selected() : touched ? theme.current() : theme.ink();
        Stroke stroke = draw.stroke(outline, selected || touched ? 3 : 1.2)
                .dashed(node.kind() == Node.Kind.CONSTANT ? new Dash(4, 3) : null);
        draw.surface.rect(box.x(), box.y(), box.width(), box.height(), 10, fill, stroke);
        if (!names) return;
        String title = node.isLeaf() || node.op().symbol().length() > 2 ? node.name() : node.op().symbol() + "  " + node.name();
        draw.text(fit(title, box.width() - 6), box.centerX(), box.centerY(), theme.name(), theme.ink());
        if (output) {
            draw.textLeft("out", box.x() + box.width() + 8, box.centerY(), theme.small(), theme.muted());
        }
    }

    private String fit(String text, double width) {
        if (draw.width(text, theme.name()) <= width) return text;
        String cut = text;
        while (cut.length() > 1 && draw.width(cut + "…", theme.name()) > width) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }
}

package studio.backprop.app.view;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;

/**
 * Draws a computational graph in the CS231n manner: each node a box with its name and op symbol, its
 * forward value above it (green) and its gradient below it (coloured by sign and size, sign printed);
 * edges as wide as the gradient they carry back, dashed when it is negative. The current step's nodes
 * are outlined in red, the selection in violet, the paths of a summed gradient numbered
 * (their shares are listed in the equation panel).
 */
public final class GraphRenderer {
    private GraphRenderer() { }

    /** Draws the whole graph into layout coordinates. */
    public static void draw(GraphicsContext gc, DiagramState state, GraphLayout layout) {
        Graph graph = state.trace().graph();
        gc.setLineCap(StrokeLineCap.ROUND);
        List<Contribution> paths = state.paths();
        for (Node node : graph.nodes()) {
            GraphLayout.Box to = layout.box(node.id());
            for (int input : node.inputs()) {
                GraphLayout.Box from = layout.box(input);
                drawEdge(gc, state, from, to, input, node.id(), paths);
            }
        }
        for (Node node : graph.nodes()) drawNode(gc, state, node, layout.box(node.id()), graph.output() == node.id());
        for (int k = 0; k < paths.size(); k++) {
            Contribution path = paths.get(k);
            GraphLayout.Box from = layout.box(path.node());
            GraphLayout.Box to = layout.box(path.consumer());
            Draw.badge(gc, k + 1, (from.x() + from.width() + to.x()) / 2, (from.centerY() + to.centerY()) / 2);
        }
    }

    private static void drawEdge(GraphicsContext gc, DiagramState state, GraphLayout.Box from, GraphLayout.Box to,
                                 int input, int consumer, List<Contribution> paths) {
        double x1 = from.x() + from.width();
        double y1 = from.centerY();
        double x2 = to.x();
        double y2 = to.centerY();
        boolean onPath = paths.stream().anyMatch(p -> p.node() == input && p.consumer() == consumer);
        boolean constant = state.trace().graph().node(input).kind() == Node.Kind.CONSTANT;
        boolean known = !constant && state.gradientKnown(input) && state.gradientKnown(consumer);
        double gradient = state.trace().gradient(input);
        Color color = onPath ? Palette.PATH : known ? Palette.gradientColor(gradient) : Palette.EDGE;
        double width = onPath ? 4 : known ? Palette.edgeWidth(gradient) : 1.2;
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.setLineDashes(known && gradient < 0 ? new double[] {7, 5} : null);
        double bend = (x2 - x1) * 0.45;
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
        gc.stroke();
        gc.setLineDashes(null);
        if (state.backwardStep() && state.inStep(input) && state.inStep(consumer) && state.pulse() < 1
                && (state.isTarget(input) || state.isTarget(consumer))) {
            double t = state.pulse();
            double u = 1 - t;
            double px = u * u * u * x2 + 3 * u * u * t * (x2 - bend) + 3 * u * t * t * (x1 + bend) + t * t * t * x1;
            double py = u * u * u * y2 + 3 * u * u * t * y2 + 3 * u * t * t * y1 + t * t * t * y1;
            gc.setFill(Palette.CURRENT);
            gc.fillOval(px - 6, py - 6, 12, 12);
        }
    }

    private static void drawNode(GraphicsContext gc, DiagramState state, Node node, GraphLayout.Box box, boolean output) {
        int id = node.id();
        boolean target = state.isTarget(id);
        boolean touched = state.inStep(id);
        boolean selected = state.selected().contains(id);
        Color fill = target ? Palette.CURRENT_FILL : node.isLeaf() ? Palette.LEAF_FILL : Palette.NODE_FILL;
        gc.setFill(fill);
        gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 10, 10);
        Color outline = selected ? Palette.SELECTED : touched ? Palette.CURRENT : Palette.INK;
        gc.setStroke(outline);
        gc.setLineWidth(selected || touched ? 3 : 1.2);
        gc.setLineDashes(node.kind() == Node.Kind.CONSTANT ? new double[] {4, 3} : null);
        gc.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 10, 10);
        gc.setLineDashes(null);
        String title = node.isLeaf() || node.op().symbol().length() > 2 ? node.name() : node.op().symbol() + "  " + node.name();
        Draw.text(gc, fit(title, box.width() - 6), box.centerX(), box.centerY(), Palette.NAME, Palette.INK);
        Draw.label(gc, state.value(id), box.centerX(), box.y() - 10, Palette.NUMBER, Palette.VALUE);
        if (node.kind() != Node.Kind.CONSTANT && state.trace().reachesOutput(id)) {
            boolean known = state.gradientKnown(id);
            double gradient = state.trace().gradient(id);
            Draw.label(gc, state.gradient(id), box.centerX(), box.y() + box.height() + 10, Palette.NUMBER,
                    known ? Palette.gradientColor(gradient).darker() : Palette.MUTED);
        }
        String update = state.update(id);
        if (update != null) {
            Draw.label(gc, "→ " + update, box.x() + box.width() + 4 + Draw.width("→ " + update, Palette.SMALL) / 2,
                    box.centerY(), Palette.SMALL, Palette.INK);
        }
        if (output) {
            Draw.textLeft(gc, "out", box.x() + box.width() + 8, box.centerY(), Palette.SMALL, Palette.MUTED);
        }
    }

    private static String fit(String text, double width) {
        if (Draw.width(text, Palette.NAME) <= width) return text;
        String cut = text;
        while (cut.length() > 1 && Draw.width(cut + "…", Palette.NAME) > width) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }
}

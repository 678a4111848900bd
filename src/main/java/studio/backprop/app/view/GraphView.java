package studio.backprop.app.view;

import java.util.Comparator;
import java.util.List;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.rendering.diagram.DiagramState;
import studio.backprop.rendering.diagram.GraphLayout;
import studio.backprop.rendering.diagram.GraphRenderer;
import studio.backprop.rendering.Surface;

/** The computational graph of the model's trace: an expression or a whole lowered network. */
public final class GraphView extends DiagramView {
    private GraphLayout layout;
    private Graph laidOut;

    public GraphView(StudioModel model) {
        super(model, Messages.get("diagram.a11y.graph"));
        setId(Styles.GRAPH_VIEW_ID);
        model.traceProperty().addListener(o -> relayout());
        relayout();
    }

    /**
     * Lays the trace's graph out, unless it has the shape of the one laid out: a layout is a function of the
     * nodes' names, kinds, operations and inputs (its labels make room for the widest number), so a nudge or an
     * edit of a number keeps it and only redraws.
     */
    private void relayout() {
        Graph graph = model.getTrace().graph();
        if (graph == laidOut) return;
        boolean sameSize = layout != null && laidOut != null && laidOut.size() == graph.size();
        if (sameSize && sameShape(graph, laidOut)) {
            laidOut = graph;
            redraw();
            return;
        }
        laidOut = graph;
        layout = GraphLayout.of(graph);
        contentChanged(!sameSize);
    }

    private static boolean sameShape(Graph a, Graph b) {
        if (a.size() != b.size() || a.output() != b.output()) return false;
        for (int id = 0; id < a.size(); id++) {
            Node x = a.node(id);
            Node y = b.node(id);
            if (!x.name().equals(y.name()) || x.kind() != y.kind() || x.op() != y.op() || !x.inputs().equals(y.inputs())) return false;
        }
        return true;
    }

    public GraphLayout graphLayout() {
        return layout;
    }

    @Override
    protected void render(Surface surface, DiagramState state) {
        if (layout == null || layout.boxes().size() != state.trace().graph().size()) return;
        GraphRenderer.draw(surface, WindowTheme.current(), state, layout);
    }

    /** Column by column, in the order the values flow: inputs first, the output last. */
    @Override
    protected List<Item> items() {
        if (layout == null) return List.of();
        return layout.boxes().stream()
                .sorted(Comparator.comparingInt(GraphLayout.Box::column).thenComparingInt(GraphLayout.Box::row))
                .map(box -> new Item(box.name(), box.centerX(), box.centerY())).toList();
    }


    @Override
    protected Layout<String> drawingLayout() {
        return layout == null ? null : DiagramLayout.of(layout);
    }
}

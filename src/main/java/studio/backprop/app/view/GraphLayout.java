package studio.backprop.app.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;

/**
 * Where each node of a computational graph is drawn, left to right: operations one column after their
 * latest input, given leaves (variables, constants) one column before their first consumer; rows
 * ordered by the barycentre of neighbours to keep edges short. Pure: a function of the graph.
 *
 * @param boxes  one box per node, indexed by node id
 * @param width  extent of the drawing
 * @param height extent of the drawing
 */
public record GraphLayout(List<Box> boxes, double width, double height) {
    /** Horizontal distance between columns. */
    public static final double COLUMN = 180;
    /** Vertical distance between rows; leaves room for a value above and a gradient below each box. */
    public static final double ROW = 76;
    public static final double BOX_WIDTH = 92;
    public static final double BOX_HEIGHT = 30;
    public static final double MARGIN = 40;

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
    }

    /** Lays out a graph. */
    public static GraphLayout of(Graph graph) {
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
            double offset = (tallest - ids.size()) * ROW / 2;
            for (int row = 0; row < ids.size(); row++) {
                int id = ids.get(row);
                boxes[id] = new Box(id, graph.node(id).name(), c, row, MARGIN + c * COLUMN,
                        MARGIN + 18 + offset + row * ROW);
            }
        }
        double width = 2 * MARGIN + (columns - 1) * COLUMN + BOX_WIDTH + 70;
        double height = 2 * MARGIN + 36 + (tallest - 1) * ROW + BOX_HEIGHT;
        return new GraphLayout(List.of(boxes), width, height);
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

    private static void sortBy(List<Integer> ids, java.util.function.ToDoubleFunction<Integer> key) {
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

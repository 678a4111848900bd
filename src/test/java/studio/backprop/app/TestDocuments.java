package studio.backprop.app;

import java.util.Map;
import studio.backprop.app.model.TraceSource;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Trace;

/**
 * Documents and a compute function for the app's tests: the lecture network lowered by the stand-in,
 * and the one expression the tests type, {@code (x+y)*z}, built with {@link Graph#builder()} (the parser
 * is not in this branch). Any other expression fails with a positioned message, as the parser's would.
 */
public final class TestDocuments {
    /** The expression the tests type. */
    public static final String EXPRESSION = "(x+y)*z";

    private TestDocuments() { }

    /** The lecture's 2-2-2 network. */
    public static NetworkDocument lecture() {
        return StandInLowering.lectureDocument();
    }

    /** The lecture network's scalar graph. */
    public static Graph lectureGraph() {
        return StandInLowering.graph(lecture());
    }

    /** CS231n's f = (x + y)·z at the given values (defaults −2, 5, −4). */
    public static Graph expressionGraph(Map<String, Double> values) {
        Graph.Builder b = Graph.builder();
        int x = b.variable("x", values.getOrDefault("x", -2.0));
        int y = b.variable("y", values.getOrDefault("y", 5.0));
        int z = b.variable("z", values.getOrDefault("z", -4.0));
        int q = b.op(Op.ADD, "q", x, y);
        b.op(Op.MUL, "f", q, z);
        return b.build();
    }

    /** Networks through the stand-in lowering; {@code (x+y)*z} through {@link #expressionGraph}. */
    public static TraceSource compute() {
        return document -> {
            if (document instanceof NetworkDocument network) return Backprop.run(StandInLowering.graph(network));
            ExpressionDocument expression = (ExpressionDocument) document;
            String source = expression.source().replace(" ", "");
            if (!source.equals(EXPRESSION)) {
                throw new IllegalArgumentException("line 1, column " + (source.length() + 1) + ": expected an operand after '"
                        + (source.isEmpty() ? "" : source.substring(source.length() - 1)) + "'");
            }
            return trace(expression.values());
        };
    }

    private static Trace trace(Map<String, Double> values) {
        return Backprop.run(expressionGraph(values));
    }
}

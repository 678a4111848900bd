package studio.backprop.app;

import studio.backprop.app.model.TraceSource;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Lowering;

/** Documents and the compute function for the app's tests: the real presets, parser and lowering. */
public final class TestDocuments {
    /** The expression the tests type. */
    public static final String EXPRESSION = "(x+y)*z";

    private TestDocuments() { }

    /** The lecture's 2-2-2 network. */
    public static NetworkDocument lecture() {
        return (NetworkDocument) Presets.load("mazur").document();
    }

    /** The lecture network's scalar graph. */
    public static Graph lectureGraph() {
        NetworkDocument lecture = lecture();
        return Lowering.lower(lecture.network(), lecture.data().train().get(lecture.sample())).graph();
    }

    /** The same computation as the window's. */
    public static TraceSource compute() {
        return Computation::trace;
    }
}

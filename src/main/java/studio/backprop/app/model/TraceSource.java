package studio.backprop.app.model;

import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.Trace;

/**
 * The computation the app shows: a document in, the trace of one pass out. The app is given one
 * (the network lowering and the expression parser); any exception it throws is shown to the user
 * by its message.
 */
@FunctionalInterface
public interface TraceSource {
    /** Computes the trace of a document; throws with a message that says what and where on bad input. */
    Trace compute(Document document);
}

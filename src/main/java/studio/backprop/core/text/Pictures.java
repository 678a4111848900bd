package studio.backprop.core.text;

import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputTarget;

/**
 * Draws the diagrams a handout or a worksheet shows beside its text. The core writes the text and names the files;
 * whoever can draw (the app's PNG export) supplies the pictures.
 */
@FunctionalInterface
public interface Pictures {
    /** The diagrams a handout shows. */
    enum View {
        /** The network diagram (network documents only). */
        NETWORK,
        /** The computational graph. */
        GRAPH
    }

    /**
     * One diagram of a pass with the steps up to {@code step} shown (-1 = the given numbers only), as content
     * drawn when it is written.
     *
     * @throws IllegalArgumentException naming the problem when the picture cannot be drawn, before anything is written
     */
    OutputTarget.Content draw(Document document, Trace trace, View view, int step);
}

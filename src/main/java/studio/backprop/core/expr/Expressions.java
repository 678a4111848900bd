package studio.backprop.core.expr;

import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.graph.Graph;

/** Conveniences over {@link Parser} and {@link Expression}. */
public final class Expressions {
    private Expressions() { }

    /**
     * The graph of a document's expression with the document's values.
     *
     * @throws ExpressionException when the text cannot be read or a variable has no finite value
     */
    public static Graph compile(ExpressionDocument document) {
        return Parser.parse(document.source()).toGraph(document.values());
    }
}

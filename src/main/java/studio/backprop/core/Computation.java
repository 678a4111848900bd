package studio.backprop.core;

import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.expr.Expression;
import studio.backprop.core.expr.Parser;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.NetworkTrace;
import studio.backprop.core.problem.ProblemException;

/**
 * Document → Trace: the one place where an expression is parsed and a network is lowered, so the
 * window, the command line and the exports all compute the same pass.
 */
public final class Computation {
    private Computation() { }

    /**
     * The whole pass with its steps.
     *
     * @throws studio.backprop.core.expr.ExpressionException for a malformed expression, a missing value,
     *         an unknown variable being set, or a domain error, with its place in the text
     * @throws IllegalArgumentException when a network and its sample do not fit
     */
    public static Trace trace(Document document) {
        if (document instanceof ExpressionDocument expression) {
            Expression parsed = Parser.parse(expression.source());
            for (String name : expression.values().keySet()) {
                if (!parsed.variables().contains(name)) {
                    throw new ProblemException("expr.notVariable", name, String.join(", ", parsed.variables()));
                }
            }
            return parsed.run(expression.values());
        }
        NetworkDocument network = (NetworkDocument) document;
        return NetworkTrace.trace(network.network(), network.data().train().get(network.sample()));
    }
}

package studio.backprop.core.code;

import java.util.Locale;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/**
 * A document as one standalone Python script that rebuilds it with its exact numbers, runs one pass (forward,
 * backward and, for a network, the update) and prints every quantity of the studio's trace as {@code NAME VALUE}
 * lines with every digit of the double. The one entry point of the window, the command line and the tests.
 */
public final class PythonCode {
    /**
     * The most weights and biases a network script writes out. Each is a literal in the script and is printed three
     * times (∂net/∂w, ∂E/∂w, its update), so the digits network (1,482) fits and an MNIST-sized one does not.
     */
    public static final int MAX_PARAMETERS = 5_000;
    /** The most nodes an expression script writes out, one line each. */
    public static final int MAX_NODES = 5_000;

    private PythonCode() { }

    /**
     * The script, or an {@link IllegalArgumentException} with one line saying why this document cannot be one.
     *
     * @param title names the source in the script's docstring ("preset mazur", "session lecture.json")
     */
    public static String script(Document document, CodeLanguage language, String title) {
        requireExpressible(document);
        if (document instanceof ExpressionDocument expression) {
            Trace trace = Computation.trace(expression);
            return ExpressionScript.write(trace, language, title, expression.source());
        }
        NetworkDocument network = (NetworkDocument) document;
        Sample sample = network.data().train().get(network.sample());
        NetworkReport report = new NetworkReport(network.network(), sample);
        int samples = network.data().train().size();
        NetworkScript script = language == CodeLanguage.NUMPY ? new NumpyScript(report) : new TorchScript(report);
        return script.write(title, network.sample(), samples);
    }

    /** Refuses up front, with one line, a document too large for a script or with parts no script can express. */
    public static void requireExpressible(Document document) {
        if (document instanceof NetworkDocument network) {
            NetworkSpec spec = network.network();
            int parameters = spec.parameterCount();
            if (parameters > MAX_PARAMETERS) {
                throw new IllegalArgumentException("this network has " + String.format(Locale.ROOT, "%,d", parameters)
                        + " weights and biases; a script writes out and prints each of them, at most "
                        + String.format(Locale.ROOT, "%,d", MAX_PARAMETERS) + " (the matrix form, trace --notation matrix, shows any size)");
            }
            return;
        }
        Trace trace = Computation.trace(document);
        if (trace.graph().size() > MAX_NODES) {
            throw new IllegalArgumentException("this expression has " + String.format(Locale.ROOT, "%,d", trace.graph().size())
                    + " nodes; a script writes one line per node, at most " + String.format(Locale.ROOT, "%,d", MAX_NODES));
        }
        ExpressionScript.requireExpressible(trace.graph());
    }

    /** A file name for the script of a document: {@code mazur_numpy.py}, {@code expression_pytorch.py}. */
    public static String fileName(Document document, CodeLanguage language) {
        String base = document instanceof NetworkDocument network ? network.name() : "expression";
        String safe = base.replaceAll("[^A-Za-z0-9_-]+", "_");
        if (safe.isEmpty() || safe.equals("_")) safe = "network";
        return safe + "_" + language.id() + ".py";
    }
}

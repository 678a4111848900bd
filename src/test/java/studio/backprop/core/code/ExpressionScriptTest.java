package studio.backprop.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.graph.Op;
import studio.backprop.core.io.Presets;

/**
 * The acceptance of the expression scripts: the micrograd-style scripts need only python3; each prints every value and
 * gradient of the trace, in its order, to 1e-12 relative.
 */
class ExpressionScriptTest {
    /** Every op the parser makes, constants in both places, fan-out, and names Python would not take as they are. */
    static Map<String, Document> expressions() {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (String name : Presets.names()) {
            Document document = Presets.load(name).document();
            if (document instanceof ExpressionDocument) documents.put("preset_" + name, document);
        }
        documents.put("circuit", expression("(x + y) * z", "x", -2, "y", 5, "z", -4));
        documents.put("neuron", expression("sigmoid(w0*x0 + w1*x1 + w2)", "w0", 2, "x0", -1, "w1", -3, "x1", -2, "w2", -3));
        documents.put("every_function", expression("sigmoid(w0*x0 + w1*x1 + w2) + exp(x0)/log(2) - x0^2 + relu(x1) + tanh(w1)",
                "w0", 2, "x0", -1, "w1", -3, "x1", -2, "w2", -3));
        documents.put("power_and_negation", expression("tanh(a) * a - -b / (a^b) + relu(-a) + ln(b) * sigma(a)", "a", 0.7, "b", 1.3));
        documents.put("constants_and_fan_out", expression("q = 2 * x + 3 / x; f = q * q - x * x / 2", "x", 1.7));
        documents.put("awkward_names", expression("λ * α + lambda - Value * math + sys / print", "λ", 0.5, "α", -1.25,
                "lambda", 3, "Value", 2, "math", -0.5, "sys", 4, "print", 8));
        return documents;
    }

    @Test
    void everyExpressionPrintsEveryValueAndGradientOfItsTrace(@TempDir Path dir) {
        assumeTrue(Python.available(), "python3 is not installed here");
        Map<String, Document> documents = expressions();
        Map<String, String> scripts = new LinkedHashMap<>();
        documents.forEach((name, document) -> scripts.put(name + ".py", PythonCode.script(document, CodeLanguage.NUMPY, name)));

        Map<String, List<String>> printed = Python.runAll(scripts, dir);

        assertThat(printed.keySet()).containsExactlyElementsOf(scripts.keySet());
        documents.forEach((name, document) -> Expected.check(name + ".py", printed.get(name + ".py"), Expected.lines(document)));
    }

    @Test
    void theExpressionsUseEveryOpAnExpressionCanHave() {
        Set<Op> used = EnumSet.noneOf(Op.class);
        for (Document document : expressions().values()) {
            Computation.trace(document).graph().nodes().forEach(n -> {
                if (n.op() != null) used.add(n.op());
            });
        }
        for (Op op : Op.values()) {
            if (ValueOps.code(op) != null) assertThat(used).as("an expression with %s", op).contains(op);
        }
    }

    @Test
    void theScalarScriptNeedsNoNumpy() {
        String script = PythonCode.script(expressions().get("circuit"), CodeLanguage.NUMPY, "circuit");

        assertThat(script).doesNotContain("numpy").contains("class Value:").contains("q = x + y").contains("f.backward()");
    }

    static ExpressionDocument expression(String source, Object... values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < values.length; k += 2) map.put((String) values[k], ((Number) values[k + 1]).doubleValue());
        return new ExpressionDocument(source, map);
    }
}

package studio.backprop.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Trace;

class ParserTest {
    /** The lecture's simple example: x = −2, y = 5, z = −4. */
    private static final Map<String, Double> SIMPLE = Map.of("x", -2.0, "y", 5.0, "z", -4.0);

    private static Trace run(String source, Map<String, Double> values) {
        return Backprop.run(Parser.parse(source).toGraph(values));
    }

    private static List<String> stepTexts(Trace trace) {
        return trace.steps().stream().map(s -> s.equation().toText(NumberStyle.LECTURE)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(x + y) * z", "q = x + y; f = q * z", "q = x + y\\nf = q * z", "(x+y)·z", "(x + y)×z"})
    void simpleExampleGivesTheLecturesNumbersAndSteps(String source) {
        Trace trace = run(source.replace("\\n", "\n"), SIMPLE);

        assertThat(trace.value("q")).isEqualTo(3);
        assertThat(trace.outputValue()).isEqualTo(-12);
        assertThat(trace.graph().outputNode().name()).isEqualTo("f");
        assertThat(trace.gradient("x")).isEqualTo(-4);
        assertThat(trace.gradient("y")).isEqualTo(-4);
        assertThat(trace.gradient("z")).isEqualTo(3);
        assertThat(stepTexts(trace)).containsExactly(
                "q = x + y = -2 + 5 = 3",
                "f = q·z = 3·(-4) = -12",
                "∂f/∂f = 1",
                "∂f/∂q = z = -4 = -4",
                "∂f/∂z = q = 3 = 3",
                "∂f/∂y = ∂f/∂q · ∂q/∂y = -4 · 1 = -4",
                "∂f/∂x = ∂f/∂q · ∂q/∂x = -4 · 1 = -4");
    }

    @Test
    void variablesAreListedInOrderOfFirstAppearance() {
        assertThat(Parser.parse("q = x + y; f = q * z").variables()).containsExactly("x", "y", "z");
        assertThat(Parser.parse("z*x + y*x - z").variables()).containsExactly("z", "x", "y");
        assertThat(Parser.parse("a = 2; f = a * 3").variables()).isEmpty();
        assertThat(Parser.parse("σ(θ) + λ_1").variables()).containsExactly("θ", "λ_1");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "2 + 3 * 4        | 14",
            "2 * 3 + 4        | 10",
            "(2 + 3) * 4      | 20",
            "8 - 4 - 2        | 2",
            "8 / 4 / 2        | 1",
            "8 / 2 * 4        | 16",
            "8 - 2 + 4        | 10",
            "2 ^ 3 ^ 2        | 512",
            "(2 ^ 3) ^ 2      | 64",
            "2 ** 3 ** 2      | 512",
            "-2 ^ 2           | -4",
            "(-2) ^ 2         | 4",
            "-x ^ 2           | -9",
            "2 ^ -1           | 0.5",
            "2 ^ -1 ^ 2       | 0.5",
            "-2 ^ -2          | -0.25",
            "2 * -3           | -6",
            "2 - -3           | 5",
            "--2              | 2",
            "-(2 + 3)         | -5",
            "-x * y           | -12",
            "x - y * x ^ 2    | -33",
            "2 · 3 × 4 ⋅ 1    | 24",
            "5 − 3            | 2",
            "−x               | -3",
            "x / y ^ 2 * 4    | 0.75",
            "2 ^ x * y        | 32",
            "exp(0) + 1       | 2",
            "ln(1) + log(1)   | 0",
            "sigmoid(0) + σ(0) + sigma(0) | 1.5",
            "tanh(0) + relu(-3) + relu(2) | 2",
            "-exp(0) ^ 2      | -1",
            ".5 + 1e-3        | 0.501",
            "1E2 + 2.5e+1     | 125",
            "3.               | 3",
    })
    void precedenceAndAssociativity(String source, double expected) {
        assertThat(run(source, Map.of("x", 3.0, "y", 4.0)).outputValue()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void unaryMinusBindsLooserThanPowerAndANegativeLiteralIsAConstant() {
        Graph negatedPower = Parser.parse("-x^2").toGraph(Map.of("x", 3.0));
        assertThat(negatedPower.outputNode().op()).isEqualTo(Op.NEG);
        assertThat(negatedPower.node(negatedPower.outputNode().inputs().get(0)).op()).isEqualTo(Op.POW);

        Graph scaled = Parser.parse("x * -3").toGraph(Map.of("x", 2.0));
        assertThat(scaled.nodes()).extracting(Node::kind)
                .containsExactly(Node.Kind.VARIABLE, Node.Kind.CONSTANT, Node.Kind.OPERATION);
        assertThat(scaled.node(1).value()).isEqualTo(-3);
    }

    @Test
    void namedIntermediatesAreSharedSoForksSumTheirPaths() {
        // f = a + a·x with a = x·y: ∂f/∂x = y + 2xy = 15, ∂f/∂y = x + x² = 6 at x = 2, y = 3
        Trace trace = run("a = x*y; f = a + a*x", Map.of("x", 2.0, "y", 3.0));

        assertThat(trace.outputValue()).isEqualTo(18);
        assertThat(trace.gradient("x")).isCloseTo(15, within(1e-12));
        assertThat(trace.gradient("y")).isCloseTo(6, within(1e-12));
        Graph graph = trace.graph();
        assertThat(graph.consumers(graph.node("a").id())).hasSize(2);
        assertThat(graph.nodes()).extracting(Node::name).containsExactly("x", "y", "a", "q", "f");
    }

    @Test
    void generatedNamesAreReadableAndAvoidTheUsersNames() {
        Graph graph = Parser.parse("q * r + s / f").toGraph(Map.of("q", 1.0, "r", 2.0, "s", 3.0, "f", 4.0));
        assertThat(graph.nodes()).extracting(Node::name).containsExactly("q", "r", "s", "f", "t", "u", "g");

        Graph sigmoidNeuron = Parser.parse("1 / (1 + exp(-(w0*x0 + w1*x1 + w2)))")
                .toGraph(Map.of("w0", 2.0, "x0", -1.0, "w1", -3.0, "x1", -2.0, "w2", -3.0));
        assertThat(sigmoidNeuron.nodes()).extracting(Node::name).containsExactly(
                "w0", "x0", "w1", "x1", "w2", "q", "r", "s", "t", "u", "v", "1", "q_1", "f");
        // CS231n's second example: f = 0.73, ∂f/∂w0 = -0.2, ∂f/∂x0 = 0.39
        Trace trace = Backprop.run(sigmoidNeuron);
        assertThat(trace.outputValue()).isCloseTo(0.7311, within(1e-4));
        assertThat(trace.gradient("w0")).isCloseTo(-0.1966, within(1e-4));
        assertThat(trace.gradient("x0")).isCloseTo(0.3932, within(1e-4));
    }

    @Test
    void anAssignedNameOfAPlainValueIsAnAlias() {
        Graph graph = Parser.parse("a = x; b = 2; f = a * b").toGraph(Map.of("x", 5.0));
        assertThat(graph.nodes()).extracting(Node::name).containsExactly("x", "2", "f");
        assertThat(Parser.parse("x").toGraph(Map.of("x", 5.0)).outputNode().name()).isEqualTo("x");
    }

    @Test
    void equalNumbersShareOneConstantAndNearlyEqualOnesDoNot() {
        Graph graph = Parser.parse("2*x + 2*y").toGraph(Map.of("x", 1.0, "y", 1.0));
        assertThat(graph.nodes().stream().filter(n -> n.kind() == Node.Kind.CONSTANT)).hasSize(1);

        Graph close = Parser.parse("0.1234567891 + 0.1234567892 + 0.123456789").toGraph(Map.of());
        assertThat(close.nodes().stream().filter(n -> n.kind() == Node.Kind.CONSTANT).map(Node::value))
                .containsExactly(0.1234567891, 0.1234567892, 0.123456789);
    }

    @Test
    void lineBreaksInsideParenthesesOrAfterAnOperatorContinueTheStatement() {
        assertThat(run("f = (x +\n y) * 2", Map.of("x", 1.0, "y", 2.0)).outputValue()).isEqualTo(6);
        assertThat(run("f = x +\n\n y\n\n", Map.of("x", 1.0, "y", 2.0)).outputValue()).isEqualTo(3);
        assertThat(run("\n a = x;; ; f = a * 2 ;\n", Map.of("x", 1.0)).outputValue()).isEqualTo(2);
    }

    @Test
    void valuesOfUnknownNamesAreIgnored() {
        assertThat(run("x + 1", Map.of("x", 1.0, "unused", 7.0)).outputValue()).isEqualTo(2);
    }

    @Test
    void aLongFlatSumIsFine() {
        String source = "x" + "+x".repeat(4_999);
        Trace trace = run(source, Map.of("x", 1.0));
        assertThat(trace.outputValue()).isEqualTo(5_000);
        assertThat(trace.gradient("x")).isEqualTo(5_000);
    }

    @Test
    void aDocumentCompilesWithItsValues() {
        Graph graph = Expressions.compile(new ExpressionDocument("q = x + y; f = q * z", SIMPLE));
        assertThat(Backprop.run(graph).gradient("z")).isEqualTo(3);
    }
}

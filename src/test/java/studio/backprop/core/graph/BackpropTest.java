package studio.backprop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpropTest {

    /** CS231n's opening example: f = (x + y)·z at x = −2, y = 5, z = −4. */
    private static Graph simple() {
        Graph.Builder b = Graph.builder();
        int x = b.variable("x", -2);
        int y = b.variable("y", 5);
        int z = b.variable("z", -4);
        int q = b.op(Op.ADD, "q", x, y);
        b.op(Op.MUL, "f", q, z);
        return b.build();
    }

    @Test
    void simpleExampleValuesAndGradients() {
        Trace trace = Backprop.run(simple());

        assertThat(trace.value("q")).isEqualTo(3);
        assertThat(trace.value("f")).isEqualTo(-12);
        assertThat(trace.gradient("x")).isEqualTo(-4);
        assertThat(trace.gradient("y")).isEqualTo(-4);
        assertThat(trace.gradient("z")).isEqualTo(3);
        assertThat(trace.gradient("q")).isEqualTo(-4);
    }

    @Test
    void simpleExampleStepsReadAsTheLectureWritesThem() {
        Trace trace = Backprop.run(simple());
        List<String> lines = trace.steps().stream().map(s -> s.equation().toText(NumberStyle.LECTURE)).toList();

        assertThat(lines).containsExactly(
                "q = x + y = -2 + 5 = 3",
                "f = q·z = 3·(-4) = -12",
                "∂f/∂f = 1",
                "∂f/∂q = z = -4 = -4",
                "∂f/∂z = q = 3 = 3",
                "∂f/∂y = ∂f/∂q · ∂q/∂y = -4 · 1 = -4",
                "∂f/∂x = ∂f/∂q · ∂q/∂x = -4 · 1 = -4");
        assertThat(trace.steps()).extracting(Step::phase)
                .containsExactly(Phase.FORWARD, Phase.FORWARD, Phase.BACKWARD, Phase.BACKWARD, Phase.BACKWARD,
                        Phase.BACKWARD, Phase.BACKWARD);
    }

    @Test
    void aForkSumsItsPathsAndKeepsEachOne() {
        // g = a·b + a at a = 3, b = 2: a feeds two nodes, ∂g/∂a = b + 1 = 3
        Graph.Builder builder = Graph.builder();
        int a = builder.variable("a", 3);
        int b = builder.variable("b", 2);
        int m = builder.op(Op.MUL, "m", a, b);
        builder.op(Op.ADD, "g", m, a);
        Trace trace = Backprop.run(builder.build());

        assertThat(trace.gradient("a")).isEqualTo(3);
        List<Contribution> paths = trace.contributions(0);
        assertThat(paths).extracting(Contribution::product).containsExactly(2.0, 1.0);
        Step stepA = trace.steps().stream().filter(s -> s.target() == 0 && s.phase() == Phase.BACKWARD).findFirst().orElseThrow();
        assertThat(stepA.paths()).hasSize(2);
        assertThat(stepA.equation().toText(NumberStyle.LECTURE)).isEqualTo("∂g/∂a = ∂g/∂m · ∂m/∂a + 1 = 1 · 2 + 1 = 3");
    }

    @Test
    void aValueUsedTwiceByOneNodeGetsBothLocalGradients() {
        Graph.Builder b = Graph.builder();
        int x = b.variable("x", 3);
        b.op(Op.MUL, "s", x, x);
        Trace trace = Backprop.run(b.build());

        assertThat(trace.gradient("x")).isEqualTo(6);
        assertThat(trace.contributions(x)).singleElement().extracting(Contribution::local).isEqualTo(6.0);
    }

    @Test
    void everyOpsLocalGradientMatchesCentralDifferences() {
        double h = 1e-6;
        double[][] points = {{0.7, 1.3}, {-0.4, 2.5}, {1.9, -0.6}};
        for (Op op : Op.values()) {
            for (double[] point : points) {
                int arity = Math.min(Math.max(op.minArity(), 2), op.maxArity());
                double[] in = new double[arity];
                for (int k = 0; k < arity; k++) in[k] = point[k % 2];
                if (op == Op.BINARY_CROSS_ENTROPY || op == Op.CROSS_ENTROPY) in = new double[] {0.3, 0.6};
                if (op == Op.LOG || op == Op.POW) in = new double[] {Math.abs(in[0]) + 0.1, in.length > 1 ? in[1] : 0};
                if (op.minArity() == 1 && op.maxArity() == 1) in = new double[] {in[0]};
                if (op.domainError(in) != null) continue;
                double value = op.value(in);
                for (int k = 0; k < in.length; k++) {
                    double[] up = in.clone();
                    double[] down = in.clone();
                    up[k] += h;
                    down[k] -= h;
                    double numeric = (op.value(up) - op.value(down)) / (2 * h);
                    if (op == Op.RELU && Math.abs(in[0]) < h) continue;
                    assertThat(op.localGradient(in, value, k)).as("%s input %d at %s", op, k, Arrays.toString(in))
                            .isCloseTo(numeric, within(1e-6));
                }
            }
        }
    }

    @Test
    void domainErrorsNameTheNode() {
        Graph.Builder b = Graph.builder();
        int x = b.variable("x", -1);
        b.op(Op.LOG, "l", x);
        assertThatThrownBy(() -> Backprop.run(b.build()))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("log of a non-positive number at l")
                .extracting(e -> ((EvaluationException) e).node()).isEqualTo("l");

        Graph.Builder d = Graph.builder();
        int one = d.variable("one", 1);
        int zero = d.variable("zero", 0);
        d.op(Op.DIV, "r", one, zero);
        assertThatThrownBy(() -> Backprop.run(d.build())).hasMessageContaining("division by zero at r");
    }

    @Test
    void overflowIsReportedNotPropagatedAsInfinity() {
        Graph.Builder b = Graph.builder();
        int x = b.variable("x", 1000);
        b.op(Op.EXP, "e", x);
        assertThatThrownBy(() -> Backprop.run(b.build())).hasMessageContaining("overflow at e");
    }

    @Test
    void sigmoidStaysFiniteAtHugeArguments() {
        assertThat(Op.sigmoid(1e6)).isEqualTo(1.0);
        assertThat(Op.sigmoid(-1e6)).isEqualTo(0.0);
        assertThat(Op.sigmoid(-745)).isFinite().isGreaterThanOrEqualTo(0);
    }

    @Test
    void deepGraphsDoNotOverflowTheStack() {
        Graph.Builder b = Graph.builder();
        int x = b.variable("x", 0.5);
        int last = x;
        for (int i = 0; i < 200_000; i++) last = b.op(Op.MUL, null, last, b.constant(1.0));
        Trace trace = Backprop.evaluate(b.build());
        assertThat(trace.gradient(x)).isEqualTo(1.0);
        assertThat(trace.reachesOutput(x)).isTrue();
    }
}

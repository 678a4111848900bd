package studio.backprop.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.matrix.MatrixStep.Grid;
import studio.backprop.core.matrix.MatrixStep.Kind;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.NetworkTrace;

/** The matrix steps: what scalar steps they cover, and notations that change names only. */
class MatrixStepsTest {

    static Stream<String> networkPresets() {
        return MatrixPassTest.networkPresets();
    }

    private static MatrixPass pass(String preset) {
        NetworkDocument doc = (NetworkDocument) Presets.load(preset).document();
        return MatrixPass.compute(doc.network(), List.of(doc.data().train().get(doc.sample())));
    }

    @ParameterizedTest
    @MethodSource("networkPresets")
    void everyScalarStepIsCoveredByExactlyOneMatrixStepOfTheSamePhase(String preset) {
        MatrixPass pass = pass(preset);
        Trace scalar = NetworkTrace.trace(pass.spec(), pass.samples().get(0));

        List<MatrixStep> steps = MatrixSteps.of(pass, Notation.WELCH);

        List<Integer> covered = new ArrayList<>();
        for (MatrixStep step : steps) {
            assertThat(step.covers()).as(step.label()).isNotEmpty();
            for (int index : step.covers()) assertThat(scalar.step(index).phase()).as(step.label()).isEqualTo(step.phase());
            covered.addAll(step.covers());
        }
        assertThat(covered).doesNotHaveDuplicates().hasSize(scalar.steps().size());
        for (Step step : scalar.steps()) {
            int k = MatrixSteps.containing(steps, step.index());
            assertThat(steps.get(k).covers()).contains(step.index());
        }
        assertThat(MatrixSteps.containing(steps, -1)).isEqualTo(-1);
    }

    @Test
    void theFirstMatrixStepCoversTheHiddenNetsOfTheLecture() {
        MatrixPass pass = pass("mazur");
        Trace scalar = NetworkTrace.trace(pass.spec(), pass.samples().get(0));

        MatrixStep first = MatrixSteps.of(pass, Notation.LECTURE).get(0);

        assertThat(first.kind()).isEqualTo(Kind.NET);
        assertThat(first.label()).isEqualTo("net_h = iW_h + b1");
        assertThat(first.covers()).hasSize(2);
        assertThat(first.covers().stream().map(i -> scalar.graph().node(scalar.step(i).target()).name()))
                .containsExactly("net_h1", "net_h2");
        Grid result = first.grids().get(first.grids().size() - 1);
        assertThat(result.matrix().get(0, 0)).isEqualTo(scalar.value("net_h1"));
        assertThat(result.name(0, 1)).isEqualTo("net_h2");
        assertThat(first.grids().get(1).name(1, 0)).as("W_h from i2 to h1").isEqualTo("w2");
    }

    @ParameterizedTest
    @MethodSource("networkPresets")
    void notationsChangeNamesButNoNumber(String preset) {
        MatrixPass pass = pass(preset);
        List<MatrixStep> welch = MatrixSteps.of(pass, Notation.WELCH);
        for (Notation notation : Notation.values()) {
            List<MatrixStep> other = MatrixSteps.of(pass, notation);
            assertThat(other).hasSameSizeAs(welch);
            for (int i = 0; i < welch.size(); i++) {
                MatrixStep a = welch.get(i);
                MatrixStep b = other.get(i);
                assertThat(b.kind()).isEqualTo(a.kind());
                assertThat(b.covers()).isEqualTo(a.covers());
                List<Grid> ga = a.grids();
                List<Grid> gb = b.grids();
                assertThat(gb).hasSameSizeAs(ga);
                for (Grid g : gb) {
                    // Nielsen writes weight matrices [to][from] and ∂C/∂w = δᵀa: the same numbers, transposed or reordered
                    boolean found = ga.stream().anyMatch(h -> h.equals(g)
                            || notation == Notation.NIELSEN && h.matrix().transpose().equals(g.matrix()) && h.name(0, 0).equals(g.name(0, 0)));
                    assertThat(found).as(preset + " " + b.label() + " " + g.matrix()).isTrue();
                }
                Grid resultA = ga.get(ga.size() - 1);
                Grid resultB = gb.get(gb.size() - 1);
                assertThat(resultB.matrix().equals(resultA.matrix())
                        || notation == Notation.NIELSEN && resultB.matrix().equals(resultA.matrix().transpose())).isTrue();
                if (notation != Notation.WELCH) assertThat(b.label()).isNotEqualTo(a.label());
            }
        }
    }

    @Test
    void eachNotationWritesItsOwnNames() {
        MatrixPass pass = pass("welch");
        assertThat(MatrixSteps.of(pass, Notation.WELCH).get(0).label()).isEqualTo("z⁽²⁾ = XW⁽¹⁾");
        assertThat(MatrixSteps.of(pass, Notation.NIELSEN).get(0).label()).isEqualTo("z² = a¹(w²)ᵀ");
        assertThat(MatrixSteps.of(pass, Notation.LECTURE).get(0).label()).isEqualTo("net_h = iW_h");
        assertThat(MatrixSteps.of(pass, Notation.WELCH).get(4).label()).isEqualTo("J = ½Σ(y − ŷ)²");
        assertThat(MatrixSteps.of(pass, Notation.NIELSEN).get(4).label()).isEqualTo("C = ½Σ(y − a³)²");
        assertThat(MatrixSteps.of(pass, Notation.LECTURE).get(4).label()).isEqualTo("E_total = ½Σ(target − out_o)²");
        assertThat(MatrixSteps.of(pass, Notation.WELCH).get(6).label()).isEqualTo("∂J/∂W⁽²⁾ = a⁽²⁾ᵀδ⁽³⁾");
        assertThat(MatrixSteps.of(pass, Notation.NIELSEN).get(6).label()).isEqualTo("∂C/∂w³ = δ³ᵀa²");
    }

    @Test
    void aBatchShowsEveryRowAndTheL2TermWhenLambdaIsPositive() {
        NetworkDocument doc = (NetworkDocument) Presets.load("welch").document();
        MatrixPass pass = MatrixPass.compute(doc.network(), doc.data().train(), MatrixPass.Reduction.SUM, 0.0001);

        List<MatrixStep> steps = MatrixSteps.of(pass, Notation.WELCH);

        assertThat(steps.get(0).grids().get(0).matrix().rows()).isEqualTo(3);
        MatrixStep cost = steps.stream().filter(s -> s.kind() == Kind.COST).findFirst().orElseThrow();
        assertThat(cost.label()).isEqualTo("J = ½Σ(y − ŷ)² + (λ/2)(ΣW⁽¹⁾² + ΣW⁽²⁾²)");
        assertThat(cost.symbolic()).contains("\\tfrac{\\lambda}{2}");
        MatrixStep gradient = steps.stream().filter(s -> s.kind() == Kind.WEIGHT_GRADIENT).findFirst().orElseThrow();
        assertThat(gradient.label()).endsWith("+ λW⁽²⁾");
        assertThat(MatrixSteps.of(MatrixPass.compute(doc.network(), doc.data().train()), Notation.WELCH).get(4).label())
                .doesNotContain("λ");
    }

    @Test
    void theLatexBlockHasOneAlignedLinePerStepWithTheNumbers() {
        MatrixPass pass = MatrixPass.compute(LectureNetwork.spec(), List.of(LectureNetwork.sample()));
        List<MatrixStep> steps = MatrixSteps.of(pass, Notation.LECTURE);

        String latex = MatrixSteps.toLatex(steps, NumberStyle.LECTURE, 10);

        assertThat(latex).startsWith("\\begin{align*}").endsWith("\\end{align*}\n");
        assertThat(latex.lines().filter(l -> l.contains("&=")).count()).isEqualTo(steps.size());
        assertThat(latex).contains("0.3775").contains("0.35891648").contains("\\begin{bmatrix}");
        assertThat(steps.get(steps.size() - 1).phase()).isEqualTo(Phase.UPDATE);
    }
}

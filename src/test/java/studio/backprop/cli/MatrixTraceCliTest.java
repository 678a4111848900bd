package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code trace --notation matrix|welch|nielsen|lecture} and {@code --format latex}. */
class MatrixTraceCliTest {

    @Test
    void theWelchPassPrintsEveryStudentsRow() {
        Cli.Result result = Cli.capture("trace", "--preset", "welch", "--notation", "matrix");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("preset welch, 3 samples").contains("z⁽²⁾ = XW⁽¹⁾").contains("J = ½Σ(y − ŷ)²")
                .contains("δ⁽²⁾ = (δ⁽³⁾W⁽²⁾ᵀ) ⊙ σ′(z⁽²⁾)").contains("∂J/∂W⁽¹⁾ = Xᵀδ⁽²⁾");
    }

    @Test
    void markdownAndLatexCarryTheMatricesWithTheirNumbers() {
        String markdown = Cli.capture("trace", "--preset", "mazur", "--notation", "nielsen", "--format", "markdown").out();
        assertThat(markdown).contains("z^{2} = a^{1} (w^{2})^{T} + b^{2}").contains("\\begin{bmatrix}0.05 & 0.1\\end{bmatrix}")
                .contains("0.3775");

        String latex = Cli.capture("trace", "--preset", "welch", "--notation", "matrix", "--format", "latex").out();
        assertThat(latex).startsWith("\\documentclass{article}").contains("\\begin{align*}").contains("J &= ")
                .contains("\\begin{bmatrix}0.3 & 1 \\\\ 0.5 & 0.2 \\\\ 1 & 0.4\\end{bmatrix}").endsWith("\\end{document}\n");
    }

    @Test
    void theLectureNotationAndOneRow() {
        String out = Cli.capture("trace", "--preset", "welch", "--notation", "lecture", "--rows", "one").out();
        assertThat(out).contains("net_h = iW_h").doesNotContain("3 samples");
    }

    @Test
    void l2ShowsItsTermInTheCost() {
        String out = Cli.capture("trace", "--preset", "welch", "--notation", "matrix", "--l2", "0.0001").out();
        assertThat(out).contains("J = ½Σ(y − ŷ)² + (λ/2)(ΣW⁽¹⁾² + ΣW⁽²⁾²)").contains("∂J/∂W⁽²⁾ = a⁽²⁾ᵀδ⁽³⁾ + λW⁽²⁾");
    }

    @Test
    void theScalarTraceAlsoPrintsAsALatexDocument() {
        String latex = Cli.capture("trace", "--preset", "mazur", "--format", "latex").out();
        assertThat(latex).startsWith("\\documentclass{article}").contains("\\section*{preset mazur}")
                .contains("\\subsection*{Backward pass}").contains("0.082167041").endsWith("\\end{document}\n");
        assertThat(latex.split("\\\\begin\\{align\\*}", -1)).hasSize(5);
    }

    @Test
    void mistakesSayWhatIsWrong() {
        Cli.Result json = Cli.capture("trace", "--preset", "welch", "--notation", "matrix", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(json.err()).contains("--format json").contains("text, markdown or latex");

        Cli.Result expression = Cli.capture("trace", "--preset", "simple", "--notation", "matrix");
        assertThat(expression.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(expression.err()).contains("needs a network");

        assertThat(Cli.capture("trace", "--preset", "welch", "--notation", "tensor").err()).contains("one of scalar, matrix");
        assertThat(Cli.capture("trace", "--preset", "welch", "--notation", "matrix", "--rows", "some").err())
                .contains("--rows some");
        assertThat(Cli.capture("trace", "--preset", "welch", "--notation", "matrix", "--l2", "-1").err()).contains("λ");
    }
}

package studio.backprop.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Presets;
import studio.backprop.core.matrix.Matrix;
import studio.backprop.core.matrix.MatrixPass;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.MatrixSteps;
import studio.backprop.core.matrix.Notation;

/** The matrix form under the same headings as the scalar trace. */
class MatrixWriterTest {
    private static final MatrixWriter WRITER = new MatrixWriter(NumberStyle.LECTURE, Words.ENGLISH);

    private static List<MatrixStep> mazur() {
        NetworkDocument mazur = (NetworkDocument) Presets.load("mazur").document();
        return MatrixSteps.of(MatrixPass.compute(mazur.network(), mazur.data().train()), Notation.WELCH);
    }

    @Test
    void textHasEachPhaseHeadingAndEachStepsResult() {
        String text = WRITER.text(mazur(), "preset mazur");

        assertThat(text).startsWith("preset mazur\n\nForward pass\n   1  z⁽²⁾ = XW⁽¹⁾ + b⁽²⁾\n      [0.3775  0.3925]\n");
        assertThat(text).contains("\nError\n   5  J = ½Σ(y − ŷ)²\n      [0.298371109]\n", "\nBackward pass\n");
    }

    @Test
    void latexAlignsEachStepAndEscapesTheTitle() {
        String latex = WRITER.latex(mazur(), "preset my_net");

        assertThat(latex).contains("\\section*{preset my\\_net --- matrix form}", "\\subsection*{Forward pass}\n\\begin{align*}\n  ")
                .contains(" &= ").endsWith("\\end{document}\n");
    }

    @Test
    void largeMatricesAreElidedInTheMiddle() {
        double[] data = new double[20 * 3];
        for (int i = 0; i < data.length; i++) data[i] = i;

        List<String> rows = WRITER.rows(Matrix.of(20, 3, data));

        assertThat(rows).hasSizeLessThanOrEqualTo(MatrixWriter.MAX_SIZE + 1).anySatisfy(row -> assertThat(row).contains("⋮"));
        assertThat(rows.get(0)).isEqualTo("[ 0   1   2]");
    }

    @Test
    void jsonAndCsvAreRefused() {
        assertThat(MatrixWriter.writes(TraceWriter.Format.JSON)).isFalse();
        assertThat(MatrixWriter.writes(TraceWriter.Format.MARKDOWN)).isTrue();
        assertThatThrownBy(() -> WRITER.write(TraceWriter.Format.CSV, mazur(), "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csv");
    }
}

package studio.backprop.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.NumberStyle;

class MatrixTest {
    private final Matrix a = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    private final Matrix b = Matrix.of(new double[][] {{7, 8}, {9, 10}, {11, 12}});

    @Test
    void productTransposeAndEntrywiseOps() {
        assertThat(a.times(b).toArray()).isEqualTo(new double[][] {{58, 64}, {139, 154}});
        assertThat(a.transpose().toArray()).isEqualTo(new double[][] {{1, 4}, {2, 5}, {3, 6}});
        assertThat(a.hadamard(a).toArray()).isEqualTo(new double[][] {{1, 4, 9}, {16, 25, 36}});
        assertThat(a.plusRow(Matrix.row(1, 0, -1)).toArray()).isEqualTo(new double[][] {{2, 2, 2}, {5, 5, 5}});
        assertThat(a.columnSums().toArray()).isEqualTo(new double[][] {{5, 7, 9}});
        assertThat(a.minus(a).sum()).isZero();
        assertThat(a.sumOfSquares()).isEqualTo(91);
    }

    @Test
    void isImmutable() {
        double[] data = {1, 2};
        Matrix m = Matrix.of(1, 2, data);
        data[0] = 99;
        m.data()[1] = 99;
        assertThat(m.toArray()).isEqualTo(new double[][] {{1, 2}});
    }

    @Test
    void shapeErrorsNameBothShapes() {
        assertThatThrownBy(() -> a.times(a)).hasMessageContaining("2×3").hasMessageContaining("multiply");
        assertThatThrownBy(() -> a.hadamard(b)).hasMessageContaining("3×2");
        assertThatThrownBy(() -> Matrix.of(new double[][] {{1, 2}, {3}})).hasMessageContaining("row 2");
        assertThatThrownBy(() -> a.get(2, 0)).hasMessageContaining("(2, 0)");
    }

    @Test
    void latexElidesTheMiddleOfLargeMatrices() {
        assertThat(a.toLatex(NumberStyle.LECTURE, 10, 10)).isEqualTo("\\begin{bmatrix}1 & 2 & 3 \\\\ 4 & 5 & 6\\end{bmatrix}");
        Matrix big = Matrix.of(5, 5, new double[25]);
        assertThat(big.toLatex(NumberStyle.LECTURE, 4, 4)).contains("\\cdots").contains("\\vdots").contains("\\ddots");
        assertThat(Matrix.row(1.5e-8).toLatex(NumberStyle.LECTURE, 3, 3)).contains("1.5 \\times 10^{-8}");
    }
}

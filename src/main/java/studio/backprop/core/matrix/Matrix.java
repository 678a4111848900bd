package studio.backprop.core.matrix;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import studio.backprop.core.graph.NumberStyle;

/**
 * An immutable dense matrix of doubles, row-major, with the few operations a matrix pass needs. Every
 * operation returns a new matrix; arrays are copied in and out.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    private Matrix(int rows, int cols, double[] data, boolean copy) {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("a matrix needs at least one row and one column, not " + rows + "×" + cols);
        if (data.length != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "×" + cols + " matrix needs " + rows * cols + " numbers, not " + data.length);
        }
        this.rows = rows;
        this.cols = cols;
        this.data = copy ? data.clone() : data;
    }

    /** A matrix from row-major numbers. */
    public static Matrix of(int rows, int cols, double[] data) {
        return new Matrix(rows, cols, data, true);
    }

    /** A matrix from rows of equal length. */
    public static Matrix of(double[][] rowArrays) {
        if (rowArrays.length == 0) throw new IllegalArgumentException("a matrix needs at least one row");
        int cols = rowArrays[0].length;
        double[] data = new double[rowArrays.length * cols];
        for (int i = 0; i < rowArrays.length; i++) {
            if (rowArrays[i].length != cols) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rowArrays[i].length + " numbers, row 1 has " + cols);
            }
            System.arraycopy(rowArrays[i], 0, data, i * cols, cols);
        }
        return new Matrix(rowArrays.length, cols, data, false);
    }

    /** A one-row matrix. */
    public static Matrix row(double... values) {
        return new Matrix(1, values.length, values, true);
    }

    public int rows() { return rows; }

    public int cols() { return cols; }

    /** The entry in row i, column j (from 0). */
    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("entry (" + i + ", " + j + ") is outside a " + rows + "×" + cols + " matrix");
        }
        return data[i * cols + j];
    }

    /** A copy of the numbers, row-major. */
    public double[] data() { return data.clone(); }

    /** A copy of row i. */
    public double[] rowValues(int i) { return Arrays.copyOfRange(data, i * cols, (i + 1) * cols); }

    /** A copy as rows. */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) out[i] = rowValues(i);
        return out;
    }

    /** The matrix product this·other; each entry sums k in order from 0, as a weighted sum does. */
    public Matrix times(Matrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply a " + shape() + " matrix by a " + other.shape() + " matrix");
        }
        double[] out = new double[rows * other.cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < other.cols; j++) {
                double sum = 0;
                for (int k = 0; k < cols; k++) sum += data[i * cols + k] * other.data[k * other.cols + j];
                out[i * other.cols + j] = sum;
            }
        }
        return new Matrix(rows, other.cols, out, false);
    }

    /** The transpose. */
    public Matrix transpose() {
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out[j * rows + i] = data[i * cols + j];
        }
        return new Matrix(cols, rows, out, false);
    }

    /** The entrywise (Hadamard) product this ⊙ other. */
    public Matrix hadamard(Matrix other) {
        requireSameShape(other, "⊙");
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) out[i] = data[i] * other.data[i];
        return new Matrix(rows, cols, out, false);
    }

    /** this + other. */
    public Matrix plus(Matrix other) {
        requireSameShape(other, "+");
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) out[i] = data[i] + other.data[i];
        return new Matrix(rows, cols, out, false);
    }

    /** this − other. */
    public Matrix minus(Matrix other) {
        requireSameShape(other, "−");
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) out[i] = data[i] - other.data[i];
        return new Matrix(rows, cols, out, false);
    }

    /** Adds a one-row matrix to every row (broadcasting a bias row over the samples). */
    public Matrix plusRow(Matrix row) {
        if (row.rows != 1 || row.cols != cols) {
            throw new IllegalArgumentException("cannot add a " + row.shape() + " row to every row of a " + shape() + " matrix");
        }
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out[i * cols + j] = data[i * cols + j] + row.data[j];
        }
        return new Matrix(rows, cols, out, false);
    }

    /** Every entry times {@code factor}. */
    public Matrix scale(double factor) {
        return map(x -> x * factor);
    }

    /** {@code f} applied to every entry. */
    public Matrix map(DoubleUnaryOperator f) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) out[i] = f.applyAsDouble(data[i]);
        return new Matrix(rows, cols, out, false);
    }

    /** The one-row matrix of column sums, rows added in order (Σ over samples). */
    public Matrix columnSums() {
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out[j] += data[i * cols + j];
        }
        return new Matrix(1, cols, out, false);
    }

    /** The sum of all entries. */
    public double sum() {
        double sum = 0;
        for (double x : data) sum += x;
        return sum;
    }

    /** The sum of the squared entries. */
    public double sumOfSquares() {
        double sum = 0;
        for (double x : data) sum += x * x;
        return sum;
    }

    /** "3×2". */
    public String shape() {
        return rows + "×" + cols;
    }

    /**
     * A LaTeX {@code bmatrix} of the numbers in {@code style}; beyond {@code maxRows} rows or {@code maxCols}
     * columns the middle is elided with ⋯ and ⋮ (the first ones and the last one stay).
     */
    public String toLatex(NumberStyle style, int maxRows, int maxCols) {
        int[] shownRows = shown(rows, maxRows);
        int[] shownCols = shown(cols, maxCols);
        StringBuilder out = new StringBuilder("\\begin{bmatrix}");
        for (int r = 0; r < shownRows.length; r++) {
            if (r > 0) out.append(" \\\\ ");
            for (int c = 0; c < shownCols.length; c++) {
                if (c > 0) out.append(" & ");
                int i = shownRows[r];
                int j = shownCols[c];
                if (i < 0 && j < 0) out.append("\\ddots");
                else if (i < 0) out.append("\\vdots");
                else if (j < 0) out.append("\\cdots");
                else out.append(latexNumber(style.format(get(i, j))));
            }
        }
        return out.append("\\end{bmatrix}").toString();
    }

    /** The indices to show of {@code count}, with −1 where the elision mark goes. */
    public static int[] shown(int count, int max) {
        if (max < 3 || count <= max) {
            int[] all = new int[count];
            for (int i = 0; i < count; i++) all[i] = i;
            return all;
        }
        int[] out = new int[max];
        for (int i = 0; i < max - 2; i++) out[i] = i;
        out[max - 2] = -1;
        out[max - 1] = count - 1;
        return out;
    }

    private static String latexNumber(String formatted) {
        String plain = formatted.replace("−", "-").replace("∞", "\\infty ");
        int e = plain.indexOf('e');
        if (e < 0) return plain;
        return plain.substring(0, e) + " \\times 10^{" + plain.substring(e + 1) + "}";
    }

    private void requireSameShape(Matrix other, String op) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException("cannot combine a " + shape() + " matrix " + op + " a " + other.shape() + " matrix");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix" + shape() + Arrays.deepToString(toArray());
    }
}

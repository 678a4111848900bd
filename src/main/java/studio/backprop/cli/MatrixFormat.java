package studio.backprop.cli;

import java.util.List;
import java.util.Locale;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.matrix.Matrix;
import studio.backprop.core.matrix.MatrixStep;

/** How {@code trace --notation matrix} prints the matrix pass: as text, Markdown with LaTeX, or a LaTeX document. */
final class MatrixFormat {
    /** Rows or columns beyond this many are elided in the middle. */
    static final int MAX_SIZE = 12;

    private MatrixFormat() { }

    /** The steps in {@code format}; json and csv are refused with a message that names the choices. */
    static String render(TraceFormat format, List<MatrixStep> steps, String title, NumberStyle style) {
        return switch (format) {
            case TEXT -> text(steps, title, style);
            case MARKDOWN -> markdown(steps, title, style);
            case LATEX -> latex(steps, title, style);
            case JSON, CSV -> throw new IllegalArgumentException("--format " + format.name().toLowerCase(Locale.ROOT)
                    + ": the matrix form prints as text, markdown or latex");
        };
    }

    private static String text(List<MatrixStep> steps, String title, NumberStyle style) {
        StringBuilder out = new StringBuilder(title).append('\n');
        Phase phase = null;
        for (MatrixStep step : steps) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append('\n').append(TraceFormat.heading(phase)).append('\n');
            }
            out.append(String.format(Locale.ROOT, "%4d  %s%n", step.index() + 1, step.label()));
            List<MatrixStep.Grid> grids = step.grids();
            Matrix result = grids.get(grids.size() - 1).matrix();
            for (String line : rows(result, style)) out.append("      ").append(line).append('\n');
        }
        return out.toString();
    }

    /** The matrix as aligned text rows in brackets, elided beyond {@link #MAX_SIZE}. */
    static List<String> rows(Matrix m, NumberStyle style) {
        int[] rows = Matrix.shown(m.rows(), MAX_SIZE);
        int[] cols = Matrix.shown(m.cols(), MAX_SIZE);
        String[][] cells = new String[rows.length][cols.length];
        int width = 1;
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < cols.length; c++) {
                cells[r][c] = rows[r] < 0 ? "⋮" : cols[c] < 0 ? "⋯" : style.format(m.get(rows[r], cols[c]));
                width = Math.max(width, cells[r][c].length());
            }
        }
        List<String> out = new java.util.ArrayList<>();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder("[");
            for (int c = 0; c < row.length; c++) {
                if (c > 0) line.append("  ");
                line.append(" ".repeat(width - row[c].length())).append(row[c]);
            }
            out.add(line.append(']').toString());
        }
        return out;
    }

    private static String markdown(List<MatrixStep> steps, String title, NumberStyle style) {
        StringBuilder out = new StringBuilder("# ").append(title).append(" — matrix form\n");
        Phase phase = null;
        for (MatrixStep step : steps) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append("\n## ").append(TraceFormat.heading(phase)).append("\n");
            }
            out.append('\n').append(step.index() + 1).append(". ").append(step.label()).append("\n\n");
            out.append("$$\n").append(step.toLatex(style, MAX_SIZE)).append("\n$$\n");
        }
        return out.toString();
    }

    private static String latex(List<MatrixStep> steps, String title, NumberStyle style) {
        StringBuilder out = new StringBuilder();
        out.append("\\documentclass{article}\n\\usepackage[a4paper,landscape,margin=1cm]{geometry}\n\\usepackage{amsmath}\n");
        out.append("\\begin{document}\n\\section*{").append(TraceFormat.latexText(title)).append(" --- matrix form}\n");
        Phase phase = null;
        for (MatrixStep step : steps) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append("\\subsection*{").append(TraceFormat.heading(phase)).append("}\n");
            }
            out.append("\\begin{align*}\n  ").append(align(step.toLatex(style, MAX_SIZE))).append("\n\\end{align*}\n");
        }
        return out.append("\\end{document}\n").toString();
    }

    /** Aligns at the first equals sign. */
    private static String align(String line) {
        int eq = line.indexOf(" = ");
        return eq < 0 ? line : line.substring(0, eq) + " &= " + line.substring(eq + 3);
    }
}

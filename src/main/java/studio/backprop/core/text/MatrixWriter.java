package studio.backprop.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.matrix.Matrix;
import studio.backprop.core.matrix.MatrixStep;

/**
 * Writes the matrix form of a pass ({@link MatrixStep}s) as text, Markdown with LaTeX, or a LaTeX document, under
 * the same phase headings as {@link TraceWriter}.
 *
 * @param style how numbers print
 * @param words the phase headings
 */
public record MatrixWriter(NumberStyle style, Words words) {
    /** Rows or columns beyond this many are elided in the middle. */
    public static final int MAX_SIZE = 12;

    /** Whether the matrix form can be written in a format: text, Markdown and LaTeX, not JSON or CSV. */
    public static boolean writes(TraceWriter.Format format) {
        return format == TraceWriter.Format.TEXT || format == TraceWriter.Format.MARKDOWN || format == TraceWriter.Format.LATEX;
    }

    /**
     * The steps in {@code format}.
     *
     * @throws IllegalArgumentException for a format the matrix form has no writing for ({@link #writes})
     */
    public String write(TraceWriter.Format format, List<MatrixStep> steps, String title) {
        return switch (format) {
            case TEXT -> text(steps, title);
            case MARKDOWN -> markdown(steps, title);
            case LATEX -> latex(steps, title);
            case JSON, CSV -> throw new IllegalArgumentException("the matrix form prints as text, markdown or latex, not "
                    + format.id());
        };
    }

    /** The title, each phase under its heading, each step's label and its result's rows. */
    public String text(List<MatrixStep> steps, String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Section<MatrixStep> section : Section.of(steps, MatrixStep::phase)) {
            out.append('\n').append(words.heading(section.phase())).append('\n');
            for (MatrixStep step : section.steps()) {
                out.append(String.format(Locale.ROOT, "%4d  %s", step.index() + 1, step.label())).append('\n');
                List<MatrixStep.Grid> grids = step.grids();
                Matrix result = grids.get(grids.size() - 1).matrix();
                for (String line : rows(result)) out.append("      ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** The matrix as aligned text rows in brackets, elided beyond {@link #MAX_SIZE}. */
    public List<String> rows(Matrix m) {
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
        List<String> out = new ArrayList<>();
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

    /** A Markdown document, each step's equation as display LaTeX. */
    public String markdown(List<MatrixStep> steps, String title) {
        StringBuilder out = new StringBuilder("# ").append(title).append(" — matrix form\n");
        for (Section<MatrixStep> section : Section.of(steps, MatrixStep::phase)) {
            out.append("\n## ").append(words.heading(section.phase())).append("\n");
            for (MatrixStep step : section.steps()) {
                out.append('\n').append(step.index() + 1).append(". ").append(step.label()).append("\n\n");
                out.append("$$\n").append(step.toLatex(style, MAX_SIZE)).append("\n$$\n");
            }
        }
        return out.toString();
    }

    /** A complete LaTeX document on landscape A4, one aligned equation per step. */
    public String latex(List<MatrixStep> steps, String title) {
        StringBuilder out = new StringBuilder();
        out.append("\\documentclass{article}\n\\usepackage[a4paper,landscape,margin=1cm]{geometry}\n\\usepackage{amsmath}\n");
        out.append("\\begin{document}\n\\section*{").append(Latex.escape(title)).append(" --- matrix form}\n");
        for (Section<MatrixStep> section : Section.of(steps, MatrixStep::phase)) {
            out.append("\\subsection*{").append(words.heading(section.phase())).append("}\n");
            for (MatrixStep step : section.steps()) {
                out.append("\\begin{align*}\n  ").append(Latex.align(step.toLatex(style, MAX_SIZE))).append("\n\\end{align*}\n");
            }
        }
        return out.append("\\end{document}\n").toString();
    }
}

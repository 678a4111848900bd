package studio.backprop.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.backprop.app.support.Messages;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Equation;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.nn.PublishedCheck;

/**
 * A handout: the whole derivation of one pass (every step symbolic, substituted and evaluated) as Markdown
 * or as a complete LaTeX document, with the diagrams written as PNGs beside it and referenced from it.
 * Shared by the command line ({@code handout}) and the window (File → Export handout…).
 */
public final class Handout {
    /** Pixel scale of the handout's pictures. */
    public static final double SCALE = 2;

    /** The document formats. */
    public enum Format {
        MARKDOWN("md"), LATEX("tex");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return extension;
        }
    }

    private Handout() { }

    /**
     * Writes the handout and its pictures, all or nothing (through {@link OutputTarget}); returns every file
     * written, the document first.
     *
     * @param stepPictures also write one picture per step ({@code NAME-step-00.png} = nothing computed, …)
     * @throws IOException when a file is refused or cannot be written; then none of them is
     */
    public static List<Path> write(Document document, Trace trace, String title, Format format, Path out,
                                   boolean stepPictures) throws IOException {
        OutputTarget.Batch batch = OutputTarget.batch();
        List<Path> written = add(batch, document, trace, title, format, out, stepPictures);
        batch.commit();
        return written;
    }

    /**
     * Adds the handout and its pictures to a batch (the pictures are drawn when the batch is committed, one at a
     * time); returns their paths, the document first.
     */
    static List<Path> add(OutputTarget.Batch batch, Document document, Trace trace, String title, Format format, Path out,
                          boolean stepPictures) throws IOException {
        OutputTarget.check(out);
        Path folder = out.toAbsolutePath().getParent();
        String base = baseName(out);
        List<Path> written = new ArrayList<>();
        List<String> pictures = new ArrayList<>();
        ExportView diagram = document instanceof NetworkDocument ? ExportView.NETWORK : ExportView.GRAPH;
        int last = trace.steps().size() - 1;
        if (diagram == ExportView.NETWORK) {
            pictures.add(picture(batch, document, trace, ExportView.NETWORK, last, folder, base + "-network.png", written));
        }
        pictures.add(picture(batch, document, trace, ExportView.GRAPH, last, folder, base + "-graph.png", written));
        List<String> stepFiles = new ArrayList<>();
        if (stepPictures) {
            for (int shown = 0; shown <= trace.steps().size(); shown++) {
                stepFiles.add(picture(batch, document, trace, diagram, shown - 1, folder, stepFile(base, shown), written));
            }
        }
        String text = format == Format.MARKDOWN ? markdown(trace, title, pictures, stepFiles, notes(document, trace))
                : latex(trace, title, pictures, stepFiles, notes(document, trace));
        batch.add(out, OutputTarget.text(text));
        written.add(0, out);
        return written;
    }

    /** The picture of the pass after {@code shown} steps: {@code BASE-step-07.png}. */
    public static String stepFile(String base, int shown) {
        return String.format(Locale.ROOT, "%s-step-%02d.png", base, shown);
    }

    /** The file name without its extension. */
    public static String baseName(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The derivation in Markdown, equations as inline LaTeX ({@code $…$}), pictures referenced by file name. */
    public static String markdown(Trace trace, String title, List<String> pictures, List<String> stepPictures, List<String> notes) {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        for (String picture : pictures) out.append("![").append(picture).append("](").append(picture).append(")\n\n");
        Phase phase = null;
        for (Step step : trace.steps()) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append("\n## ").append(heading(phase)).append("\n\n");
            }
            out.append(step.index() + 1).append(". $").append(step.equation().toLatex(NumberStyle.LECTURE)).append('$');
            if (!stepPictures.isEmpty()) out.append(" — [" + Messages.get("handout.picture") + "](").append(stepPictures.get(step.index() + 1)).append(')');
            out.append('\n');
        }
        if (!notes.isEmpty()) {
            out.append("\n## ").append(Messages.get("handout.notes")).append("\n\n");
            for (String note : notes) out.append("- ").append(note).append('\n');
        }
        return out.toString();
    }

    /** The derivation as a complete LaTeX document (article, amsmath, graphicx), one aligned equation per step. */
    public static String latex(Trace trace, String title, List<String> pictures, List<String> stepPictures, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n")
                .append("\\usepackage{amsmath}\n\\usepackage{graphicx}\n\\usepackage[margin=2cm]{geometry}\n")
                .append("\\allowdisplaybreaks\n")
                .append("\\title{").append(escape(title)).append("}\n\\date{}\n\\begin{document}\n\\maketitle\n\n");
        for (String picture : pictures) {
            out.append("\\begin{center}\n\\includegraphics[width=\\linewidth]{").append(picture).append("}\n\\end{center}\n\n");
        }
        Phase phase = null;
        for (Step step : trace.steps()) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append("\\section*{").append(heading(phase)).append("}\n\n");
            }
            Equation eq = step.equation();
            out.append("\\paragraph{").append(escape(Messages.format("handout.step", String.valueOf(step.index() + 1))))
                    .append("}\n\\begin{align*}\n")
                    .append(eq.lhs().toLatex(NumberStyle.LECTURE));
            if (eq.symbolic() != null) out.append(" &= ").append(eq.symbolic().toLatex(NumberStyle.LECTURE)).append(" \\\\\n");
            if (eq.substituted() != null) out.append(" &= ").append(eq.substituted().toLatex(NumberStyle.LECTURE)).append(" \\\\\n");
            out.append(" &= ").append(NumberStyle.LECTURE.format(eq.result())).append("\n\\end{align*}\n");
            if (!stepPictures.isEmpty()) {
                out.append("\\begin{center}\n\\includegraphics[width=0.7\\linewidth]{").append(stepPictures.get(step.index() + 1))
                        .append("}\n\\end{center}\n");
            }
            out.append('\n');
        }
        if (!notes.isEmpty()) {
            out.append("\\section*{").append(escape(Messages.get("handout.notes"))).append("}\n\\begin{itemize}\n");
            for (String note : notes) out.append("\\item ").append(escape(note)).append('\n');
            out.append("\\end{itemize}\n");
        }
        return out.append("\\end{document}\n").toString();
    }

    /** Text safe in LaTeX's text mode: the special characters escaped, Greek and symbols the lecture uses spelled out. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> out.append('\\').append(c);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '−' -> out.append('-');
                case '…' -> out.append("\\ldots{}");
                case '·' -> out.append("$\\cdot$");
                case '∂' -> out.append("$\\partial$");
                case 'δ' -> out.append("$\\delta$");
                case 'η' -> out.append("$\\eta$");
                case 'σ' -> out.append("$\\sigma$");
                case '⁺' -> out.append("$^{+}$");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The lecture's errata, when the document is the lecture's own network: why a printed figure differs. */
    static List<String> notes(Document document, Trace trace) {
        if (!(document instanceof NetworkDocument)) return List.of();
        PublishedCheck.Result check = PublishedCheck.check(trace, LectureNumbers.published());
        if (!check.agrees()) return List.of();
        List<String> notes = new ArrayList<>();
        for (PublishedCheck.Comparison c : check.differences()) {
            c.erratum().ifPresent(e -> notes.add(Messages.format("handout.erratum", e.printed(), e.quantity(),
                    NumberStyle.LECTURE.format(c.computed()), e.explanation())));
        }
        return notes;
    }

    private static String picture(OutputTarget.Batch batch, Document document, Trace trace, ExportView view, int step,
                                  Path folder, String name, List<Path> written) {
        Path file = folder.resolve(name);
        if (view != ExportView.EQUATION) PngExport.requireRoom(PngExport.size(document, trace, view, SCALE));
        batch.add(file, PngExport.png(document, trace, view, step, SCALE, ExportBackground.WHITE));
        written.add(file);
        return name;
    }

    /** The heading of a phase in the studio's language, the same words as the window's phase label. */
    public static String heading(Phase phase) {
        return Messages.get("phase." + phase.name().toLowerCase(Locale.ROOT));
    }
}

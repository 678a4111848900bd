package studio.backprop.core.text;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.nn.PublishedCheck;
import studio.backprop.core.problem.Choice;

/**
 * The text of a handout: the whole derivation of one pass, every step symbolic, substituted and evaluated as
 * {@link TraceWriter} writes it (numbers as the lecture prints them), with its pictures referenced by file name,
 * as Markdown or as a complete LaTeX document.
 *
 * @param words the language of the headings and notes
 */
public record HandoutWriter(Words words) {
    /** The document formats. */
    public enum Format implements Choice {
        MARKDOWN, LATEX;

        /** The usual file extension, without the dot. */
        public String extension() {
            return this == MARKDOWN ? "md" : "tex";
        }

        /**
         * The format a user typed: its id or its extension, in any case.
         *
         * @throws IllegalArgumentException naming the formats there are
         */
        public static Format parse(String typed) {
            return Choice.find(Format.class, typed, Format::extension)
                    .orElseThrow(() -> new IllegalArgumentException("unknown format '" + typed + "' (one of " + Choice.ids(Format.class) + ")"));
        }
    }

    /** The steps' writer: the lecture's numbers, these words. */
    public TraceWriter steps() {
        return new TraceWriter(NumberStyle.LECTURE, words);
    }

    /** The handout in a format. */
    public String write(Format format, Trace trace, String title, List<String> pictures, List<String> stepPictures,
                        List<String> notes) {
        return format == Format.MARKDOWN ? markdown(trace, title, pictures, stepPictures, notes)
                : latex(trace, title, pictures, stepPictures, notes);
    }

    /**
     * The derivation in Markdown, equations as inline LaTeX ({@code $…$}), pictures referenced by file name.
     *
     * @param stepPictures empty, or the picture after each number of steps shown: entry 0 before any step
     */
    public String markdown(Trace trace, String title, List<String> pictures, List<String> stepPictures, List<String> notes) {
        TraceWriter steps = steps();
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        for (String picture : pictures) out.append("![").append(picture).append("](").append(picture).append(")\n\n");
        for (Section<Step> section : TraceWriter.sections(trace)) {
            out.append("\n## ").append(words.heading(section.phase())).append("\n\n");
            for (Step step : section.steps()) {
                out.append(steps.markdownItem(step));
                if (!stepPictures.isEmpty()) {
                    out.append(" — [").append(words.get("handout.picture")).append("](").append(stepPictures.get(step.index() + 1)).append(')');
                }
                out.append('\n');
            }
        }
        if (!notes.isEmpty()) {
            out.append("\n## ").append(words.get("handout.notes")).append("\n\n");
            for (String note : notes) out.append("- ").append(note).append('\n');
        }
        return out.toString();
    }

    /** The derivation as a complete LaTeX document (article, amsmath, graphicx), each step's forms aligned one under the other. */
    public String latex(Trace trace, String title, List<String> pictures, List<String> stepPictures, List<String> notes) {
        TraceWriter steps = steps();
        StringBuilder out = new StringBuilder();
        out.append("\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n")
                .append("\\usepackage{amsmath}\n\\usepackage{graphicx}\n\\usepackage[margin=2cm]{geometry}\n")
                .append("\\allowdisplaybreaks\n")
                .append("\\title{").append(Latex.escape(title)).append("}\n\\date{}\n\\begin{document}\n\\maketitle\n\n");
        for (String picture : pictures) {
            out.append("\\begin{center}\n\\includegraphics[width=\\linewidth]{").append(picture).append("}\n\\end{center}\n\n");
        }
        for (Section<Step> section : TraceWriter.sections(trace)) {
            out.append("\\section*{").append(words.heading(section.phase())).append("}\n\n");
            for (Step step : section.steps()) {
                Line line = steps.latex(step);
                out.append("\\paragraph{").append(Latex.escape(words.format("handout.step", String.valueOf(line.number()))))
                        .append("}\n\\begin{align*}\n").append(line.lhs()).append(" &= ")
                        .append(String.join(" \\\\\n &= ", line.forms())).append("\n\\end{align*}\n");
                if (!stepPictures.isEmpty()) {
                    out.append("\\begin{center}\n\\includegraphics[width=0.7\\linewidth]{").append(stepPictures.get(step.index() + 1))
                            .append("}\n\\end{center}\n");
                }
                out.append('\n');
            }
        }
        if (!notes.isEmpty()) {
            out.append("\\section*{").append(Latex.escape(words.get("handout.notes"))).append("}\n\\begin{itemize}\n");
            for (String note : notes) out.append("\\item ").append(Latex.escape(note)).append('\n');
            out.append("\\end{itemize}\n");
        }
        return out.append("\\end{document}\n").toString();
    }

    /** The lecture's errata, when the document is the lecture's own network: why a printed figure differs. */
    public List<String> notes(Document document, Trace trace) {
        if (!(document instanceof NetworkDocument)) return List.of();
        PublishedCheck.Result check = PublishedCheck.check(trace, LectureNumbers.published());
        if (!check.agrees()) return List.of();
        List<String> notes = new ArrayList<>();
        for (PublishedCheck.Comparison c : check.differences()) {
            c.erratum().ifPresent(e -> notes.add(words.format("handout.erratum", e.printed(), e.quantity(),
                    NumberStyle.LECTURE.format(c.computed()), e.explanation())));
        }
        return notes;
    }
}

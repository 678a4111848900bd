package studio.backprop.core.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.problem.Choice;

/**
 * Writes a pass — every step symbolic, substituted and evaluated ({@link Line}) — as text, Markdown, LaTeX, CSV or
 * JSON: the one place a trace becomes a document, for the command line's {@code trace} and for the handouts.
 *
 * @param style how numbers print
 * @param words the phase headings
 */
public record TraceWriter(NumberStyle style, Words words) {
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The formats a trace is written in. */
    public enum Format implements Choice {
        TEXT, MARKDOWN, JSON, CSV,
        /** A complete LaTeX document, one {@code align*} line per step. */
        LATEX;

        /** The format a user named ({@link #id()}: {@code text}, {@code markdown}, …), in any case. */
        public static Optional<Format> named(String name) {
            return Choice.find(Format.class, name.toLowerCase(Locale.ROOT));
        }
    }

    /** Writes a whole trace; {@code title} names its source (a preset, a file, an expression). */
    public String write(Format format, Trace trace, String title) {
        return switch (format) {
            case TEXT -> text(trace, title);
            case MARKDOWN -> markdown(trace, title);
            case JSON -> json(trace, title);
            case CSV -> csv(trace);
            case LATEX -> latex(trace, title);
        };
    }

    /** The steps grouped by phase. */
    public static List<Section<Step>> sections(Trace trace) {
        return Section.of(trace.steps(), Step::phase);
    }

    /** One step in plain text. */
    public Line text(Step step) {
        return Line.text(step, style);
    }

    /** One step in LaTeX. */
    public Line latex(Step step) {
        return Line.latex(step, style);
    }

    /** One step as a Markdown list item with inline LaTeX, without a line end: {@code 3. $… = …$}. */
    public String markdownItem(Step step) {
        Line line = latex(step);
        return line.number() + ". $" + line.joined() + "$";
    }

    /** The title, then each phase under its heading, a numbered line per step. */
    public String text(Trace trace, String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Section<Step> section : sections(trace)) {
            out.append('\n').append(words.heading(section.phase())).append('\n');
            for (Step step : section.steps()) {
                Line line = text(step);
                out.append(String.format(Locale.ROOT, "%4d  %s", line.number(), line.joined())).append('\n');
            }
        }
        return out.toString();
    }

    /** A Markdown document: the title, a section per phase, a numbered item per step with its equation as inline LaTeX. */
    public String markdown(Trace trace, String title) {
        StringBuilder out = new StringBuilder("# ").append(title).append('\n');
        for (Section<Step> section : sections(trace)) {
            out.append("\n## ").append(words.heading(section.phase())).append("\n\n");
            for (Step step : section.steps()) out.append(markdownItem(step)).append('\n');
        }
        return out.toString();
    }

    /** A complete LaTeX document: a subsection per phase, one aligned line per step. */
    public String latex(Trace trace, String title) {
        StringBuilder out = new StringBuilder("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
        out.append("\\section*{").append(Latex.escape(title)).append("}\n");
        for (Section<Step> section : sections(trace)) {
            out.append("\\subsection*{").append(words.heading(section.phase())).append("}\n\\begin{align*}\n");
            List<Step> steps = section.steps();
            for (int i = 0; i < steps.size(); i++) {
                Line line = latex(steps.get(i));
                if (i > 0) out.append(" \\\\\n");
                out.append("  ").append(line.lhs()).append(" &= ").append(String.join(" = ", line.forms()));
            }
            out.append("\n\\end{align*}\n");
        }
        return out.append("\\end{document}\n").toString();
    }

    /** One row per step: number, phase, quantity, node, and the step's parts in plain text. */
    public String csv(Trace trace) {
        StringBuilder out = new StringBuilder("step,phase,quantity,node,lhs,symbolic,substituted,result\n");
        for (Step step : trace.steps()) {
            Line line = text(step);
            out.append(line.number()).append(',')
                    .append(step.phase().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(step.quantity().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(csvField(trace.graph().node(step.target()).name())).append(',')
                    .append(csvField(line.lhs())).append(',')
                    .append(csvField(line.symbolic() == null ? "" : line.symbolic())).append(',')
                    .append(csvField(line.substituted() == null ? "" : line.substituted())).append(',')
                    .append(line.result()).append('\n');
        }
        return out.toString();
    }

    /** The graph (every node's value and gradient), every step in text and LaTeX with its paths, and the updates. */
    public String json(Trace trace, String title) {
        ObjectNode root = JSON_MAPPER.createObjectNode();
        root.put("source", title);
        root.put("output", trace.graph().outputNode().name());
        ArrayNode nodes = root.putArray("nodes");
        for (Node node : trace.graph().nodes()) {
            ObjectNode n = nodes.addObject();
            n.put("name", node.name());
            n.put("kind", node.kind().name().toLowerCase(Locale.ROOT));
            if (node.op() != null) n.put("op", node.op().name().toLowerCase(Locale.ROOT));
            ArrayNode inputs = n.putArray("inputs");
            node.inputs().forEach(i -> inputs.add(trace.graph().node(i).name()));
            n.put("value", trace.value(node.id()));
            n.put("gradient", trace.gradient(node.id()));
        }
        ArrayNode steps = root.putArray("steps");
        for (Step step : trace.steps()) {
            Line line = text(step);
            ObjectNode s = steps.addObject();
            s.put("index", line.number());
            s.put("phase", step.phase().name().toLowerCase(Locale.ROOT));
            s.put("quantity", step.quantity().name().toLowerCase(Locale.ROOT));
            s.put("node", trace.graph().node(step.target()).name());
            s.put("lhs", line.lhs());
            if (line.symbolic() != null) s.put("symbolic", line.symbolic());
            if (line.substituted() != null) s.put("substituted", line.substituted());
            s.put("result", step.equation().result());
            s.put("text", line.joined());
            s.put("latex", latex(step).joined());
            if (!step.paths().isEmpty()) {
                ArrayNode paths = s.putArray("paths");
                step.paths().forEach(p -> paths.addObject()
                        .put("through", trace.graph().node(p.consumer()).name())
                        .put("upstream", p.upstream()).put("local", p.local()).put("product", p.product()));
            }
        }
        ObjectNode updates = root.putObject("updates");
        trace.updates().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> updates.put(trace.graph().node(e.getKey()).name(), e.getValue()));
        try {
            return JSON_MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String csvField(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

package studio.backprop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import studio.backprop.core.graph.Equation;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;

/** The ways {@code trace} prints a pass: every step, symbolic, substituted and evaluated. */
public enum TraceFormat {
    TEXT, MARKDOWN, JSON, CSV,
    /** A complete LaTeX document, one {@code align*} line per step. */
    LATEX;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Renders a whole trace; {@code title} names its source (a preset, a file, an expression). */
    public String render(Trace trace, String title, NumberStyle style) {
        return switch (this) {
            case TEXT -> text(trace, title, style);
            case MARKDOWN -> markdown(trace, title, style);
            case JSON -> json(trace, title, style);
            case CSV -> csv(trace, style);
            case LATEX -> latex(trace, title, style);
        };
    }

    private static String text(Trace trace, String title, NumberStyle style) {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        Phase phase = null;
        for (Step step : trace.steps()) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append('\n').append(heading(phase)).append('\n');
            }
            out.append(String.format(Locale.ROOT, "%4d  %s%n", step.index() + 1, step.equation().toText(style)));
        }
        return out.toString();
    }

    private static String markdown(Trace trace, String title, NumberStyle style) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append('\n');
        Phase phase = null;
        for (Step step : trace.steps()) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append("\n## ").append(heading(phase)).append("\n\n");
            }
            out.append(step.index() + 1).append(". $").append(step.equation().toLatex(style)).append("$\n");
        }
        return out.toString();
    }

    private static String latex(Trace trace, String title, NumberStyle style) {
        StringBuilder out = new StringBuilder();
        out.append("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
        out.append("\\section*{").append(latexText(title)).append("}\n");
        Phase phase = null;
        for (Step step : trace.steps()) {
            if (step.phase() != phase) {
                if (phase != null) out.append("\n\\end{align*}\n");
                phase = step.phase();
                out.append("\\subsection*{").append(heading(phase)).append("}\n\\begin{align*}\n");
            } else {
                out.append(" \\\\\n");
            }
            String line = step.equation().toLatex(style);
            int eq = line.indexOf(" = ");
            out.append("  ").append(eq < 0 ? line : line.substring(0, eq) + " &= " + line.substring(eq + 3));
        }
        if (phase != null) out.append("\n\\end{align*}\n");
        return out.append("\\end{document}\n").toString();
    }

    /** Plain text made safe for LaTeX's text mode. */
    static String latexText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '_', '&', '%', '#', '$', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String json(Trace trace, String title, NumberStyle style) {
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
            Equation eq = step.equation();
            ObjectNode s = steps.addObject();
            s.put("index", step.index() + 1);
            s.put("phase", step.phase().name().toLowerCase(Locale.ROOT));
            s.put("quantity", step.quantity().name().toLowerCase(Locale.ROOT));
            s.put("node", trace.graph().node(step.target()).name());
            s.put("lhs", eq.lhs().toText(style));
            if (eq.symbolic() != null) s.put("symbolic", eq.symbolic().toText(style));
            if (eq.substituted() != null) s.put("substituted", eq.substituted().toText(style));
            s.put("result", eq.result());
            s.put("text", eq.toText(style));
            s.put("latex", eq.toLatex(style));
            if (!step.paths().isEmpty()) {
                ArrayNode paths = s.putArray("paths");
                step.paths().forEach(p -> paths.addObject()
                        .put("through", trace.graph().node(p.consumer()).name())
                        .put("upstream", p.upstream()).put("local", p.local()).put("product", p.product()));
            }
        }
        ObjectNode updates = root.putObject("updates");
        trace.updates().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> updates.put(trace.graph().node(e.getKey()).name(), e.getValue()));
        try {
            return JSON_MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String csv(Trace trace, NumberStyle style) {
        StringBuilder out = new StringBuilder("step,phase,quantity,node,lhs,symbolic,substituted,result\n");
        for (Step step : trace.steps()) {
            Equation eq = step.equation();
            out.append(step.index() + 1).append(',')
                    .append(step.phase().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(step.quantity().name().toLowerCase(Locale.ROOT)).append(',')
                    .append(csvField(trace.graph().node(step.target()).name())).append(',')
                    .append(csvField(eq.lhs().toText(style))).append(',')
                    .append(csvField(eq.symbolic() == null ? "" : eq.symbolic().toText(style))).append(',')
                    .append(csvField(eq.substituted() == null ? "" : eq.substituted().toText(style))).append(',')
                    .append(style.format(eq.result())).append('\n');
        }
        return out.toString();
    }

    private static String csvField(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String heading(Phase phase) {
        return switch (phase) {
            case FORWARD -> "Forward pass";
            case ERROR -> "Error";
            case BACKWARD -> "Backward pass";
            case UPDATE -> "Update";
        };
    }
}

package studio.backprop.rendering.diagram;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;

/**
 * What a placed label says at the cursor, line by line: pure, so that a test can check that every line fits
 * the box its layout made room for. A number not computed yet shows as "?", so a label keeps its lines
 * from the first step to the last; an updated parameter shows its new value in place of the old. A
 * parameter's label the layout made {@link #NARROW_LINES} lines tall ({@link Arrangement#NARROW}) says the same
 * with each name on a line above its number.
 */
public final class LabelText {
    private LabelText() { }

    /** A parameter's label of this many lines breaks each name from its number ({@link Arrangement#NARROW}). */
    public static final int NARROW_LINES = 4;

    /** How a line is coloured: ink, a forward value, a gradient (by its sign and size), or not known yet. */
    public enum Tone { INK, VALUE, GRADIENT, MUTED }

    /**
     * One line of a label.
     *
     * @param text     what it says
     * @param tone     how it is coloured
     * @param gradient the gradient that colours a {@link Tone#GRADIENT} line
     * @param node     the graph node it shows, -1 if none
     */
    public record Line(String text, Tone tone, double gradient, int node) { }

    /** The lines of a label of a network diagram or a computational graph. */
    public static List<Line> of(DiagramLabel label, DiagramState state) {
        Graph graph = state.trace().graph();
        int id = graph.find(label.name()).map(Node::id).orElse(-1);
        List<Line> lines = new ArrayList<>();
        if (id < 0) return lines;
        switch (label.role()) {
            case INPUT, NODE_VALUE -> lines.add(value("", id, state));
            case NEURON -> {
                int net = graph.find("net_" + label.name().substring("out_".length())).map(Node::id).orElse(-1);
                if (net >= 0) lines.add(value("net ", net, state));
                lines.add(value("out ", id, state));
                lines.add(gradient("∂E/∂out ", id, state));
                if (net >= 0) lines.add(gradient("δ ", net, state));
            }
            case WEIGHT, BIAS -> {
                String update = state.update(id);
                String name = label.name() + (update != null ? "⁺ = " : " = ");
                String number = update != null ? update : state.value(id);
                if (label.lines() < NARROW_LINES) {
                    lines.add(new Line(name + number, Tone.INK, 0, id));
                    lines.add(gradient("∂E/∂" + label.name() + " ", id, state));
                } else {
                    // the narrow arrangement: each name above its number
                    lines.add(new Line(name.strip(), Tone.INK, 0, id));
                    lines.add(new Line(number, Tone.INK, 0, id));
                    Line gradient = gradient("", id, state);
                    lines.add(new Line("∂E/∂" + label.name(), gradient.tone(), gradient.gradient(), id));
                    lines.add(gradient);
                }
            }
            case NODE_GRADIENT -> lines.add(gradient("", id, state));
            case NODE_UPDATE -> {
                String update = state.update(id);
                if (update != null) lines.add(new Line("→ " + update, Tone.INK, 0, id));
            }
        }
        return lines;
    }

    private static Line value(String prefix, int id, DiagramState state) {
        return new Line(prefix + state.value(id), state.valueKnown(id) ? Tone.VALUE : Tone.MUTED, 0, id);
    }

    private static Line gradient(String prefix, int id, DiagramState state) {
        boolean known = state.gradientKnown(id);
        return new Line(prefix + state.gradient(id), known ? Tone.GRADIENT : Tone.MUTED, known ? state.trace().gradient(id) : 0, id);
    }
}

package studio.backprop.rendering.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;

/**
 * An immutable snapshot of what a diagram draws: the trace, the cursor, what is highlighted and the
 * progress of the gradient pulse. Renderers read only this.
 *
 * @param trace     the numbers
 * @param reveal    which numbers are known at the cursor
 * @param cursor    last step shown, -1 for none
 * @param selected  ids of the selected node and its neuron partner (net ↔ out)
 * @param pulse     0…1 progress of the backward-flow animation of the current step (1 = at rest)
 * @param style     how numbers are printed
 * @param touched   ids of the nodes the current step touches (a set: the renderers ask for each of up to
 *                  100,000 edges, and a step of a large network touches hundreds of nodes)
 */
public record DiagramState(Trace trace, Reveal reveal, int cursor, Set<Integer> selected, double pulse, NumberStyle style,
                           Set<Integer> touched) {

    public DiagramState {
        selected = Set.copyOf(selected);
        touched = Set.copyOf(touched);
    }

    /** The snapshot for a trace at a cursor with a selected node name (or null). */
    public static DiagramState of(Trace trace, Reveal reveal, int cursor, String selection, double pulse) {
        Set<Integer> selected = new HashSet<>();
        Graph graph = trace.graph();
        if (selection != null) {
            for (String name : partners(selection)) graph.find(name).ifPresent(n -> selected.add(n.id()));
        }
        List<Integer> touched = cursor < 0 || cursor >= trace.steps().size() ? List.of() : trace.step(cursor).nodes();
        return new DiagramState(trace, reveal, cursor, selected, pulse, NumberStyle.LECTURE, Set.copyOf(touched));
    }

    /** A neuron's two nodes belong together: net_h1 ↔ out_h1. */
    public static List<String> partners(String name) {
        if (name.startsWith("net_")) return List.of(name, "out_" + name.substring(4));
        if (name.startsWith("out_")) return List.of(name, "net_" + name.substring(4));
        return List.of(name);
    }

    /** The step at the cursor, or null before the first. */
    public Step current() {
        return cursor < 0 || cursor >= trace.steps().size() ? null : trace.step(cursor);
    }

    /** Whether the current step is a backward (gradient) step, whose flow is animated. */
    public boolean backwardStep() {
        Step step = current();
        return step != null && step.phase() == Phase.BACKWARD;
    }

    /** The current step's paths, for a gradient summed over several consumers. */
    public List<Contribution> paths() {
        Step step = current();
        return step == null ? List.of() : step.paths();
    }

    /** Whether a node is touched by the current step. */
    public boolean inStep(int id) {
        return touched.contains(id);
    }

    /** Whether a node is the one the current step computes. */
    public boolean isTarget(int id) {
        Step step = current();
        return step != null && step.target() == id;
    }

    public boolean valueKnown(int id) {
        return reveal.valueKnown(id, cursor);
    }

    public boolean gradientKnown(int id) {
        return reveal.gradientKnown(id, cursor);
    }

    /** The value as text, or "?" when not yet computed. */
    public String value(int id) {
        return valueKnown(id) ? fit(trace.value(id)) : "?";
    }

    /** The gradient as text, or "?" when not yet computed. */
    public String gradient(int id) {
        return gradientKnown(id) ? fit(trace.gradient(id)) : "?";
    }

    /** The parameter's new value as text, or null when there is none or it is not yet computed. */
    public String update(int id) {
        Double next = trace.updates().get(id);
        return next != null && reveal.updateKnown(id, cursor) ? fit(next) : null;
    }

    /**
     * A number as the style prints it, with fewer significant digits where that would be wider than the room
     * every label makes ({@link NetworkLayout#WIDEST_NUMBER}): a gradient of -1.40538e-140 shows as -1.4054e-140.
     * The equations and the inspector keep every digit.
     */
    private String fit(double number) {
        String text = style.format(number);
        int room = NetworkLayout.WIDEST_NUMBER.length();
        for (int digits = 5; text.length() > room && digits >= 2; digits--) text = NumberStyle.digits(digits).format(number);
        return text;
    }
}

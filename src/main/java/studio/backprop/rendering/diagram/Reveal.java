package studio.backprop.rendering.diagram;

import java.util.Arrays;
import java.util.List;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;

/**
 * Which quantities of a trace are known at a cursor position. A given leaf's value is always known; a
 * computed value, gradient or update becomes known at the step that computes it. A quantity that no
 * step names becomes known with the last step of its kind.
 */
public final class Reveal {
    private final int[] valueStep;
    private final int[] gradientStep;
    private final int[] updateStep;

    private Reveal(int[] valueStep, int[] gradientStep, int[] updateStep) {
        this.valueStep = valueStep;
        this.gradientStep = gradientStep;
        this.updateStep = updateStep;
    }

    /** The reveal schedule of a trace. */
    public static Reveal of(Trace trace) {
        int n = trace.graph().size();
        int[] value = new int[n];
        int[] gradient = new int[n];
        int[] update = new int[n];
        Arrays.fill(value, -2);
        Arrays.fill(gradient, -2);
        Arrays.fill(update, -2);
        int lastValue = -1;
        int lastGradient = -1;
        int lastUpdate = -1;
        List<Step> steps = trace.steps();
        for (Step step : steps) {
            int[] table = switch (step.quantity()) {
                case VALUE -> value;
                case GRADIENT -> gradient;
                case UPDATE -> update;
            };
            if (table[step.target()] == -2) table[step.target()] = step.index();
            switch (step.quantity()) {
                case VALUE -> lastValue = step.index();
                case GRADIENT -> lastGradient = step.index();
                case UPDATE -> lastUpdate = step.index();
            }
        }
        int end = steps.size() - 1;
        int firstGradient = steps.stream().filter(s -> s.quantity() == Step.Quantity.GRADIENT).mapToInt(Step::index)
                .findFirst().orElse(end + 1);
        int output = trace.graph().output();
        // A gradient no step names (∂E_total/∂E_o1 = 1 in the lecture's walk) is known as soon as the
        // gradients of everything it feeds are: the output's with the first backward step, others after it.
        for (int id = trace.graph().size() - 1; id >= 0; id--) {
            if (gradient[id] != -2) continue;
            if (id == output) {
                gradient[id] = firstGradient;
                continue;
            }
            int known = -2;
            for (int consumer : trace.graph().consumers(id)) {
                if (trace.reachesOutput(consumer)) known = Math.max(known, gradient[consumer]);
            }
            gradient[id] = known == -2 ? (lastGradient >= 0 ? lastGradient : end + 1) : known;
        }
        for (Node node : trace.graph().nodes()) {
            int id = node.id();
            if (node.isLeaf()) value[id] = -1;
            else if (value[id] == -2) value[id] = lastValue >= 0 ? lastValue : end;
            if (update[id] == -2) update[id] = trace.updates().containsKey(id) ? (lastUpdate >= 0 ? lastUpdate : end) : end + 1;
        }
        return new Reveal(value, gradient, update);
    }

    /** Whether the node's forward value is known at this cursor. */
    public boolean valueKnown(int id, int cursor) {
        return valueStep[id] <= cursor;
    }

    /** Whether the node's gradient dOutput/dNode is known at this cursor. */
    public boolean gradientKnown(int id, int cursor) {
        return gradientStep[id] <= cursor;
    }

    /** Whether the parameter's update is known at this cursor. */
    public boolean updateKnown(int id, int cursor) {
        return updateStep[id] <= cursor;
    }
}

package studio.backprop.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import studio.backprop.core.graph.Phase;

/**
 * The steps of one phase in a row, as the documents group them under one heading.
 *
 * @param phase the phase, whose heading the section has
 * @param steps its steps, in order
 * @param <T>   scalar or matrix steps
 */
public record Section<T>(Phase phase, List<T> steps) {
    public Section {
        steps = List.copyOf(steps);
    }

    /** The steps cut where the phase changes. */
    public static <T> List<Section<T>> of(List<T> steps, Function<T, Phase> phaseOf) {
        List<Section<T>> sections = new ArrayList<>();
        List<T> run = new ArrayList<>();
        Phase phase = null;
        for (T step : steps) {
            Phase next = phaseOf.apply(step);
            if (next != phase && !run.isEmpty()) {
                sections.add(new Section<>(phase, run));
                run = new ArrayList<>();
            }
            phase = next;
            run.add(step);
        }
        if (!run.isEmpty()) sections.add(new Section<>(phase, run));
        return List.copyOf(sections);
    }
}

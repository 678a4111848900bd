package studio.backprop.core.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.LectureNumbers.Erratum;
import studio.backprop.core.nn.LectureNumbers.Published;

/**
 * Compares a trace with a textbook's printed figures at the printed precision: the "known answer" check.
 * A figure matches when the step of that name computes a value that rounds to it; a figure that does not
 * match but is a known erratum is explained rather than failed.
 */
public final class PublishedCheck {
    private PublishedCheck() { }

    /**
     * One printed figure against the trace.
     *
     * @param figure   the printed figure
     * @param computed the step's result, or NaN when the trace has no step of that name
     * @param matches  whether the computed value rounds to the printed figure
     * @param erratum  the known erratum that explains a mismatch, if any
     */
    public record Comparison(Published figure, double computed, boolean matches, Optional<Erratum> erratum) {
        /** Whether the trace has a step of the figure's name. */
        public boolean found() {
            return !Double.isNaN(computed);
        }

        /** A mismatch that no erratum explains. */
        public boolean unexplained() {
            return !matches && erratum.isEmpty();
        }
    }

    /** The whole comparison. */
    public record Result(List<Comparison> comparisons) {
        public Result {
            comparisons = List.copyOf(comparisons);
        }

        /** Whether every figure matches or differs only by a known erratum. */
        public boolean agrees() {
            return !comparisons.isEmpty() && comparisons.stream().noneMatch(Comparison::unexplained);
        }

        /** How many figures match exactly at printed precision. */
        public long matched() {
            return comparisons.stream().filter(Comparison::matches).count();
        }

        /** The figures that differ, explained or not. */
        public List<Comparison> differences() {
            return comparisons.stream().filter(c -> !c.matches()).toList();
        }
    }

    /** Compares every figure with the first step whose left-hand side is the figure's step name. */
    public static Result check(Trace trace, List<Published> figures) {
        List<Comparison> out = new ArrayList<>();
        for (Published figure : figures) {
            double computed = stepNamed(trace, figure.step()).map(s -> s.equation().result()).orElse(Double.NaN);
            boolean matches = !Double.isNaN(computed) && figure.matches(computed);
            out.add(new Comparison(figure, computed, matches, matches ? Optional.empty() : figure.erratum()));
        }
        return new Result(out);
    }

    /** The first step whose left-hand side prints as {@code name}. */
    public static Optional<Step> stepNamed(Trace trace, String name) {
        return trace.steps().stream().filter(s -> s.equation().lhs().toText(NumberStyle.LECTURE).equals(name)).findFirst();
    }

    /** The known erratum about the figure a step computes (when the trace is the lecture's), if any. */
    public static Optional<Erratum> erratumAt(Step step) {
        String name = step.equation().lhs().toText(NumberStyle.LECTURE);
        return LectureNumbers.errata().stream().filter(e -> e.quantity().equals(name)).findFirst();
    }
}

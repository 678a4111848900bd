package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.Computation;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Equation;
import studio.backprop.core.graph.Formula;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;

class RevealTest {
    private final Trace trace = Backprop.run(TestDocuments.lectureGraph());
    private final Graph graph = trace.graph();
    private final Reveal reveal = Reveal.of(trace);

    private int id(String name) {
        return graph.node(name).id();
    }

    private int stepOf(String name, Step.Quantity quantity) {
        return trace.steps().stream().filter(s -> s.quantity() == quantity && s.target() == id(name)).findFirst()
                .orElseThrow().index();
    }

    @Test
    void beforeTheFirstStepOnlyGivenValuesAreKnown() {
        assertThat(reveal.valueKnown(id("w5"), -1)).isTrue();
        assertThat(reveal.valueKnown(id("target_o1"), -1)).isTrue();
        assertThat(reveal.valueKnown(id("net_h1"), -1)).isFalse();
        assertThat(reveal.gradientKnown(id("w5"), -1)).isFalse();
    }

    @Test
    void aValueAppearsAtItsOwnStep() {
        int outH1 = stepOf("out_h1", Step.Quantity.VALUE);

        assertThat(reveal.valueKnown(id("out_h1"), outH1 - 1)).isFalse();
        assertThat(reveal.valueKnown(id("out_h1"), outH1)).isTrue();
        assertThat(reveal.valueKnown(id("E_total"), outH1)).isFalse();
    }

    @Test
    void aGradientAppearsAtItsOwnStep() {
        int w5 = stepOf("w5", Step.Quantity.GRADIENT);

        assertThat(reveal.gradientKnown(id("w5"), w5 - 1)).isFalse();
        assertThat(reveal.gradientKnown(id("w5"), w5)).isTrue();
        assertThat(reveal.gradientKnown(id("w1"), w5)).isFalse();
        assertThat(reveal.gradientKnown(id("w1"), trace.steps().size() - 1)).isTrue();
    }

    @Test
    void withoutUpdatesNoUpdateIsEverKnown() {
        assertThat(reveal.updateKnown(id("w5"), trace.steps().size() - 1)).isFalse();
    }

    @Test
    void anUpdateAppearsAtItsUpdateStep() {
        // given: the pass followed by one update step for w5, w5⁺ = w5 − η·∂E/∂w5
        int w5 = id("w5");
        double next = trace.value(w5) - 0.5 * trace.gradient(w5);
        List<Step> steps = new ArrayList<>(trace.steps());
        steps.add(new Step(0, Phase.UPDATE, w5, List.of(w5), Step.Quantity.UPDATE,
                new Equation(Formula.symbol("w5⁺"), null, null, next),
                List.of()));
        Trace withUpdate = trace.withSteps(steps, Map.of(w5, next));
        Reveal schedule = Reveal.of(withUpdate);
        int last = steps.size() - 1;
        // then
        assertThat(schedule.updateKnown(w5, last - 1)).isFalse();
        assertThat(schedule.updateKnown(w5, last)).isTrue();
        assertThat(schedule.updateKnown(id("w6"), last)).isFalse();
        assertThat(DiagramState.of(withUpdate, schedule, last, null, 1).update(w5)).isEqualTo("0.35891648");
        assertThat(DiagramState.of(withUpdate, schedule, last - 1, null, 1).update(w5)).isNull();
    }

    @Test
    void inTheLecturesWalkGradientsNoStepNamesAppearWithTheFirstBackwardStep() {
        // given: the lecture's walk never writes ∂E_total/∂E_o1 = 1 as a step of its own
        Trace lecture = Computation.trace(TestDocuments.lecture());
        Reveal schedule = Reveal.of(lecture);
        int firstBackward = lecture.steps().stream().filter(s -> s.quantity() == Step.Quantity.GRADIENT)
                .findFirst().orElseThrow().index();
        int eO1 = lecture.graph().node("E_o1").id();
        int total = lecture.graph().node("E_total").id();
        // then
        assertThat(schedule.gradientKnown(eO1, firstBackward - 1)).isFalse();
        assertThat(schedule.gradientKnown(eO1, firstBackward)).isTrue();
        assertThat(schedule.gradientKnown(total, firstBackward)).isTrue();
        assertThat(schedule.gradientKnown(lecture.graph().node("w1").id(), firstBackward)).isFalse();
        assertThat(schedule.updateKnown(lecture.graph().node("w5").id(), lecture.steps().size() - 1)).isTrue();
    }
}

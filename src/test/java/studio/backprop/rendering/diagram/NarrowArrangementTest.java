package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;

/**
 * The narrow arrangement of the lecture network, for a 4:3 projector: the same parts as the wide figure, each
 * parameter's name above its number, the numbers as the wide figure prints them, and a drawing that shows its
 * labels larger than the wide one in the 1022 × 635 px presenter mode gives the diagram at 1024 × 768.
 */
class NarrowArrangementTest {
    private static final double VIEW_W = 1022;
    private static final double VIEW_H = 635;
    private final NetworkDocument lecture = TestDocuments.lecture();
    private final NetworkLayout wide = NetworkLayout.of(lecture.network());
    private final NetworkLayout narrow = NetworkLayout.of(lecture.network(), Arrangement.NARROW);

    private static double labelPixels(NetworkLayout layout) {
        double smallest = layout.labels().stream().mapToDouble(DiagramLabel::size).min().orElseThrow();
        return smallest * Math.min(VIEW_W / layout.width(), VIEW_H / layout.height());
    }

    @Test
    void theSamePartsAsTheWideFigure() {
        assertThat(narrow.neurons()).extracting(NetworkLayout.Neuron::name).containsExactlyElementsOf(
                wide.neurons().stream().map(NetworkLayout.Neuron::name).toList());
        assertThat(narrow.weights()).extracting(NetworkLayout.WeightEdge::name).containsExactly("w1", "w2", "w3", "w4", "w5", "w6",
                "w7", "w8");
        assertThat(narrow.biases()).extracting(NetworkLayout.BiasNode::name).containsExactly("b1", "b2");
        assertThat(narrow.boxes()).extracting(NetworkLayout.LabelBox::name).containsExactlyInAnyOrderElementsOf(
                wide.boxes().stream().map(NetworkLayout.LabelBox::name).toList());
        assertThat(narrow.labels()).extracting(l -> l.name() + " " + l.role()).containsExactlyInAnyOrderElementsOf(
                wide.labels().stream().map(l -> l.name() + " " + l.role()).toList());
        assertThat(narrow.everyWeight()).isTrue();
    }

    @Test
    void aParameterLabelIsNarrowerAndItsNamesStandAboveTheNumbersAsTheWideFigurePrintsThem() {
        Trace trace = Computation.trace(lecture);
        Reveal reveal = Reveal.of(trace);
        for (int cursor : new int[] {-1, 15, 27, trace.steps().size() - 1}) {
            DiagramState state = DiagramState.of(trace, reveal, cursor, null, 1);
            for (DiagramLabel label : narrow.labels()) {
                if (label.role() != DiagramLabel.Role.WEIGHT && label.role() != DiagramLabel.Role.BIAS) continue;
                DiagramLabel wideLabel = wide.label(label.name(), label.role()).orElseThrow();
                assertThat(label.lines()).isEqualTo(LabelText.NARROW_LINES);
                assertThat(label.box().w()).as(label.name()).isLessThan(wideLabel.box().w());
                List<String> lines = LabelText.of(label, state).stream().map(LabelText.Line::text).toList();
                List<String> wideLines = LabelText.of(wideLabel, state).stream().map(LabelText.Line::text).toList();
                // "w5⁺ =", "0.35891648", "∂E/∂w5", "0.082167041" against "w5⁺ = 0.35891648", "∂E/∂w5 0.082167041"
                assertThat(List.of(lines.get(0) + " " + lines.get(1), lines.get(2) + " " + lines.get(3)))
                        .as(label.name() + " at " + cursor).isEqualTo(wideLines);
            }
        }
    }

    @Test
    void inThePresenterViewOfA1024By768ScreenItsLabelsAreLargerThanTheWideFigures() {
        assertThat(labelPixels(narrow)).isGreaterThanOrEqualTo(16).isGreaterThan(labelPixels(wide));
    }
}

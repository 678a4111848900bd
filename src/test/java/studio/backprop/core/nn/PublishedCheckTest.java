package studio.backprop.core.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.LectureNumbers.Published;

class PublishedCheckTest {
    private static Trace preset(String name) {
        return Computation.trace(Presets.load(name).document());
    }

    @Test
    void theLectureNetworkMatchesEveryPrintedFigureButTheKnownErratum() {
        PublishedCheck.Result result = PublishedCheck.check(preset("mazur"), LectureNumbers.published());

        assertThat(result.comparisons()).hasSize(26).allMatch(PublishedCheck.Comparison::found);
        assertThat(result.agrees()).isTrue();
        assertThat(result.matched()).isEqualTo(25);
        assertThat(result.differences()).singleElement().satisfies(c -> {
            assertThat(c.figure().step()).isEqualTo("∂E_o2/∂out_h1");
            assertThat(c.erratum()).contains(LectureNumbers.DE_O2_DOUT_H1);
        });
    }

    @Test
    void theSimpleExampleMatchesEveryPrintedFigure() {
        PublishedCheck.Result result = PublishedCheck.check(preset("simple"), LectureNumbers.publishedSimple());

        assertThat(result.agrees()).isTrue();
        assertThat(result.matched()).isEqualTo(5);
    }

    @Test
    void anEditedNetworkNoLongerAgrees() {
        Trace edited = Computation.trace(DocumentEdits.set(Presets.load("mazur").document(), "w5", 0.45));

        PublishedCheck.Result result = PublishedCheck.check(edited, LectureNumbers.published());

        assertThat(result.agrees()).isFalse();
        assertThat(result.differences()).anyMatch(c -> c.figure().step().equals("net_o1") && c.unexplained());
    }

    @Test
    void comparesAtThePrintedPrecisionWithTrailingZeros() {
        Published w7 = new Published("w7⁺", "0.511301270");

        assertThat(w7.matches(0.5113012704)).isTrue();
        assertThat(w7.matches(0.5113012706)).isFalse();
        assertThat(new Published("x", "-4").matches(-4.6)).isFalse();
        assertThat(new Published("x", "-4").matches(-3.6)).isTrue();
    }

    @Test
    void aFigureWithoutItsStepIsAnUnexplainedDifference() {
        PublishedCheck.Result result = PublishedCheck.check(preset("simple"), List.of(new Published("net_h1", "0.3775")));

        assertThat(result.comparisons().get(0).found()).isFalse();
        assertThat(result.agrees()).isFalse();
    }
}

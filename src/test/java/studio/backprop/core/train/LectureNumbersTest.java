package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.nn.LectureNumbers.Erratum;
import studio.backprop.core.nn.NetworkTrace;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/** Each printed figure is recomputed by the method its explanation names; each exact value by exact SGD. */
class LectureNumbersTest {

    private static final List<Sample> LECTURE = List.of(LectureNetwork.sample());

    private static String nineDecimals(double value) {
        return new BigDecimal(value).setScale(9, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theFirstRoundErrorIsTheLayerByLayerOrders() {
        Erratum e = LectureNumbers.FIRST_ROUND_ERROR;
        double buggy = Trainer.train(LectureNetwork.spec().withUpdateOrder(UpdateOrder.LAYER_BY_LAYER), LECTURE,
                TrainingOptions.iterations(1)).firstUpdateError();
        double exact = Trainer.train(LectureNetwork.spec(), LECTURE, TrainingOptions.iterations(1)).firstUpdateError();

        assertThat(nineDecimals(buggy)).isEqualTo(e.printed());
        assertThat(exact).isCloseTo(e.exact(), within(5e-10));
        assertThat(e.explanation()).contains("LAYER_BY_LAYER");
    }

    @Test
    void theTenThousandRoundErrorIsMeasuredAfter9999Updates() {
        Erratum e = LectureNumbers.TEN_THOUSAND_ROUNDS_ERROR;
        double after9999 = Trainer.train(LectureNetwork.spec(), LECTURE, TrainingOptions.iterations(9_999)).finalError();
        double after10000 = Trainer.train(LectureNetwork.spec(), LECTURE, TrainingOptions.iterations(10_000)).finalError();

        assertThat(NumberStyle.digits(6).format(after9999)).isEqualTo("0.0000351085");
        assertThat(e.printedValue()).isCloseTo(after9999, within(5e-11)); // half a unit in the printed sixth digit
        assertThat(after10000).isCloseTo(e.exact(), within(e.exact() * 1e-9));
        assertThat(e.explanation()).contains("9,999");
    }

    @Test
    void theTenThousandRoundOutputsAreTheLayerByLayerOrders() {
        TrainingResult buggy = Trainer.train(LectureNetwork.spec().withUpdateOrder(UpdateOrder.LAYER_BY_LAYER), LECTURE,
                TrainingOptions.iterations(10_000));
        TrainingResult exact = Trainer.train(LectureNetwork.spec(), LECTURE, TrainingOptions.iterations(10_000));

        assertThat(nineDecimals(buggy.output(0, 0))).isEqualTo(LectureNumbers.TEN_THOUSAND_ROUNDS_OUT_O1.printed());
        assertThat(nineDecimals(buggy.output(0, 1))).isEqualTo(LectureNumbers.TEN_THOUSAND_ROUNDS_OUT_O2.printed());
        assertThat(exact.output(0, 0)).isCloseTo(LectureNumbers.TEN_THOUSAND_ROUNDS_OUT_O1.exact(), within(5e-10));
        assertThat(exact.output(0, 1)).isCloseTo(LectureNumbers.TEN_THOUSAND_ROUNDS_OUT_O2.exact(), within(5e-10));
    }

    @Test
    void theHiddenPathGradientIsTheRoundedDeltaTimesW7() {
        Erratum e = LectureNumbers.DE_O2_DOUT_H1;
        Trace trace = NetworkTrace.trace(LectureNetwork.spec(), LectureNetwork.sample());
        BigDecimal roundedDelta = new BigDecimal(trace.gradient("net_o2")).setScale(9, RoundingMode.HALF_UP);
        BigDecimal w7 = new BigDecimal(trace.value("w7"));
        String lectureWay = roundedDelta.multiply(w7).setScale(9, RoundingMode.HALF_UP).toPlainString();
        int outH1 = trace.graph().node("out_h1").id();
        double exact = trace.contributions(outH1).stream()
                .filter(c -> trace.graph().node(c.consumer()).name().equals("net_o2")).findFirst().orElseThrow().product();

        assertThat(roundedDelta.toPlainString()).isEqualTo("-0.038098237");
        assertThat(lectureWay).isEqualTo(e.printed());
        assertThat(nineDecimals(exact)).isEqualTo(nineDecimals(e.exact())).isNotEqualTo(e.printed());
    }

    @Test
    void everyErratumDiffersFromItsExactValueAndSaysWhy() {
        assertThat(LectureNumbers.errata()).hasSize(5).allSatisfy(e -> {
            assertThat(e.printedValue()).isNotEqualTo(e.exact());
            assertThat(e.explanation()).isNotBlank();
        });
    }
}

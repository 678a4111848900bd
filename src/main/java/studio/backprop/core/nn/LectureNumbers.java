package studio.backprop.core.nn;

import java.util.List;

/**
 * The lecture's printed figures that differ from exact float64 arithmetic (REFERENCE.md), each with
 * where the printed value comes from, so the tool can show exact values and explain the lecture's.
 * Tests recompute every printed figure by the method its explanation names.
 */
public final class LectureNumbers {
    private LectureNumbers() { }

    /**
     * One printed figure.
     *
     * @param quantity    what it is, in the lecture's words
     * @param printed     the figure as the lecture prints it
     * @param exact       the exact SGD value
     * @param explanation where the printed figure comes from, in one sentence
     */
    public record Erratum(String quantity, String printed, double exact, String explanation) {
        /** The printed figure as a number. */
        public double printedValue() {
            return Double.parseDouble(printed);
        }
    }

    /** Error after the first round: the printed 0.291027924 comes from the layer-by-layer update order. */
    public static final Erratum FIRST_ROUND_ERROR = new Erratum("E_total after the first update", "0.291027924",
            0.291027774, "The lecture updated w5…w8 before computing the hidden-layer deltas (UpdateOrder.LAYER_BY_LAYER), "
            + "so ∂E/∂w1…w4 used the new output weights.");

    /** Error after 10,000 rounds: the printed figure is measured before the 10,000th update. */
    public static final Erratum TEN_THOUSAND_ROUNDS_ERROR = new Erratum("E_total after 10,000 updates", "0.0000351085",
            3.5101877830e-05, "The printed error is exact SGD's error after 9,999 updates, measured inside the 10,000th round "
            + "before its update.");

    /** First output after 10,000 rounds, printed from the buggy order. */
    public static final Erratum TEN_THOUSAND_ROUNDS_OUT_O1 = new Erratum("out_o1 after 10,000 updates", "0.015912196",
            0.015913620, "The printed output comes from 10,000 updates in the layer-by-layer order (UpdateOrder.LAYER_BY_LAYER).");

    /** Second output after 10,000 rounds, printed from the buggy order. */
    public static final Erratum TEN_THOUSAND_ROUNDS_OUT_O2 = new Erratum("out_o2 after 10,000 updates", "0.984065734",
            0.984064274, "The printed output comes from 10,000 updates in the layer-by-layer order (UpdateOrder.LAYER_BY_LAYER).");

    /** ∂E_o2/∂out_h1 from a rounded δ_o2. */
    public static final Erratum DE_O2_DOUT_H1 = new Erratum("∂E_o2/∂out_h1", "-0.019049119", -0.019049118,
            "The lecture multiplied δ_o2 rounded to nine decimals (−0.038098237) by w7 = 0.5, giving −0.0190491185, "
            + "and rounded that half away from zero.");

    /** All errata, in the order the lecture prints them. */
    public static List<Erratum> errata() {
        return List.of(DE_O2_DOUT_H1, FIRST_ROUND_ERROR, TEN_THOUSAND_ROUNDS_ERROR, TEN_THOUSAND_ROUNDS_OUT_O1,
                TEN_THOUSAND_ROUNDS_OUT_O2);
    }
}

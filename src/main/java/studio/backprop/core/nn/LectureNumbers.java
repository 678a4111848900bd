package studio.backprop.core.nn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

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

    /**
     * A figure as a textbook prints it, named by the step that computes it (the step's left-hand side as
     * {@code trace} prints it: {@code net_h1}, {@code ∂E_total/∂w5}, {@code w5⁺}).
     *
     * @param step    the step's left-hand side
     * @param printed the figure exactly as printed (its digits give the precision to compare at)
     */
    public record Published(String step, String printed) {
        /** The printed figure as an exact decimal. */
        public BigDecimal printedValue() {
            return new BigDecimal(printed.replace('−', '-'));
        }

        /** Whether a computed value, rounded half-up to the printed number of decimals, gives the printed figure. */
        public boolean matches(double computed) {
            BigDecimal printedValue = printedValue();
            return new BigDecimal(computed).setScale(printedValue.scale(), RoundingMode.HALF_UP)
                    .compareTo(printedValue) == 0;
        }

        /** The erratum that explains why this figure differs from exact arithmetic, if it is a known one. */
        public Optional<Erratum> erratum() {
            return errata().stream().filter(e -> e.quantity().equals(step) && e.printed().equals(printed)).findFirst();
        }
    }

    /** The figures the lecture prints for one pass of its 2-2-2 network (REFERENCE.md), in lecture order. */
    public static List<Published> published() {
        return List.of(
                new Published("net_h1", "0.3775"),
                new Published("out_h1", "0.593269992"),
                new Published("out_h2", "0.596884378"),
                new Published("net_o1", "1.105905967"),
                new Published("out_o1", "0.75136507"),
                new Published("out_o2", "0.772928465"),
                new Published("E_o1", "0.274811083"),
                new Published("E_o2", "0.023560026"),
                new Published("E_total", "0.298371109"),
                new Published("∂E_total/∂out_o1", "0.74136507"),
                new Published("∂out_o1/∂net_o1", "0.186815602"),
                new Published("∂E_total/∂w5", "0.082167041"),
                new Published("δ_o1", "0.138498562"),
                new Published("∂E_o1/∂out_h1", "0.055399425"),
                new Published("∂E_o2/∂out_h1", "-0.019049119"),
                new Published("∂E_total/∂out_h1", "0.036350306"),
                new Published("∂out_h1/∂net_h1", "0.241300709"),
                new Published("∂E_total/∂w1", "0.000438568"),
                new Published("w5⁺", "0.35891648"),
                new Published("w6⁺", "0.408666186"),
                new Published("w7⁺", "0.511301270"),
                new Published("w8⁺", "0.561370121"),
                new Published("w1⁺", "0.149780716"),
                new Published("w2⁺", "0.19956143"),
                new Published("w3⁺", "0.24975114"),
                new Published("w4⁺", "0.29950229"));
    }

    /** The figures the lecture prints for its first example, f(x, y, z) = (x + y)·z at x = −2, y = 5, z = −4. */
    public static List<Published> publishedSimple() {
        return List.of(
                new Published("q", "3"),
                new Published("f", "-12"),
                new Published("∂f/∂x", "-4"),
                new Published("∂f/∂y", "-4"),
                new Published("∂f/∂z", "3"));
    }
}

package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/** The training path's tanh against {@link Math#tanh}, and its one-sample step against the batch path. */
class FastTanhTest {

    @Test
    void tanhAgreesWithMathTanhToARelativeErrorOf1e14() {
        for (double x = -40; x <= 40; x += 0.000731) {
            double expected = Math.tanh(x);
            assertThat(FastNetwork.tanh(x)).as("tanh(%s)", x).isCloseTo(expected, within(1e-14 * Math.abs(expected) + Double.MIN_VALUE));
        }
        for (double x : new double[] {1e-300, 1e-12, 0.049999, 0.05, 0.050001, 710, 1e308}) {
            assertThat(FastNetwork.tanh(x)).as("tanh(%s)", x).isCloseTo(Math.tanh(x), within(1e-14 * Math.tanh(x)));
            assertThat(FastNetwork.tanh(-x)).as("tanh(-%s)", x).isEqualTo(-FastNetwork.tanh(x));
        }
    }

    @Test
    void tanhKeepsTheSpecialValues() {
        assertThat(FastNetwork.tanh(0.0)).isEqualTo(0.0);
        assertThat(1 / FastNetwork.tanh(-0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(FastNetwork.tanh(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(FastNetwork.tanh(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(FastNetwork.tanh(Double.NaN)).isNaN();
    }

    @Test
    void theOneSampleStepMatchesTheGeneralPathForEveryBiasModeAndOrder() {
        for (BiasMode mode : BiasMode.values()) {
            for (UpdateOrder order : UpdateOrder.values()) {
                for (boolean updateBiases : new boolean[] {false, true}) {
                    NetworkSpec spec = new NetworkSpec(new int[] {3, 4, 2}, List.of(Activation.TANH, Activation.SIGMOID),
                            Loss.HALF_SSE, mode, updateBiases, 0.4, order,
                            new double[][][] {{{0.1, -0.2, 0.3}, {0.4, 0.5, -0.6}, {-0.7, 0.8, 0.9}, {0.15, 0.25, -0.35}},
                                    {{0.2, -0.4, 0.6, 0.8}, {-0.1, 0.3, -0.5, 0.7}}},
                            new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.5, 0.6}});
                    Sample sample = new Sample(new double[] {0.3, -0.8, 0.5}, new double[] {0.2, 0.9});
                    FastNetwork tight = new FastNetwork(spec);
                    // a momentum too small to change any number sends the step down the general path
                    FastNetwork general = new FastNetwork(spec, TrainingOptions.builder().iterations(1).momentum(Double.MIN_VALUE).build());
                    for (int i = 0; i < 3; i++) {
                        tight.step(List.of(sample));
                        general.step(List.of(sample));
                    }
                    String what = mode + " " + order + " " + updateBiases;
                    NetworkSpec a = tight.toSpec();
                    NetworkSpec b = general.toSpec();
                    for (int l = 0; l < 2; l++) {
                        for (int j = 0; j < spec.size(l + 1); j++) {
                            assertThat(a.bias(l, j)).as(what).isEqualTo(b.bias(l, j));
                            for (int k = 0; k < spec.size(l); k++) assertThat(a.weight(l, j, k)).as(what).isEqualTo(b.weight(l, j, k));
                        }
                    }
                    assertThat(tight.gradientSizes()).as(what).containsExactly(general.gradientSizes());
                }
            }
        }
    }
}

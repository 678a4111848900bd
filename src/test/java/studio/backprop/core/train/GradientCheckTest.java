package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.RandomNetworks;
import studio.backprop.core.nn.Sample;

class GradientCheckTest {

    @Test
    void backpropMatchesCentralDifferencesOnRandomNetworks() {
        Random random = new Random(99);
        for (int[] sizes : RandomNetworks.SHAPES) {
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    if (!RandomNetworks.supported(loss, output)) continue;
                    for (BiasMode mode : BiasMode.values()) {
                        NetworkSpec spec = RandomNetworks.spec(random, sizes, output, loss, mode, true);
                        List<Sample> samples = new ArrayList<>();
                        for (int s = 0; s < 3; s++) samples.add(RandomNetworks.sample(random, spec));

                        GradientCheck.Report report = GradientCheck.check(spec, samples);

                        assertThat(report.rows()).hasSize(spec.parameterCount()
                                - (mode == BiasMode.PER_NEURON ? 0 : biasCount(spec)) + (mode == BiasMode.PER_LAYER ? spec.layerCount() - 1 : 0));
                        assertThat(report.passed()).as(RandomNetworks.describe(spec) + " worst " + report.worst()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theLectureNetworksRowsNameItsParameters() {
        GradientCheck.Report report = GradientCheck.check(LectureNetwork.spec(), List.of(LectureNetwork.sample()));

        assertThat(report.rows()).extracting(GradientCheck.Row::name)
                .containsExactly("w1", "w2", "w3", "w4", "b1", "w5", "w6", "w7", "w8", "b2");
        assertThat(report.rows().get(5).analytic()).isBetween(0.0821670405, 0.0821670415);
        assertThat(report.passed()).isTrue();
    }

    @Test
    void aCorruptedGradientFails() {
        NetworkSpec spec = LectureNetwork.spec();
        List<Sample> samples = List.of(LectureNetwork.sample());
        double[] analytic = GradientCheck.analyticGradient(spec, samples);
        double[] numeric = GradientCheck.numericGradient(spec, samples, GradientCheck.DEFAULT_STEP);
        analytic[6] *= 1.001; // ∂E/∂w6 off by 0.1 %

        GradientCheck.Report report = GradientCheck.compare(spec, analytic, numeric, GradientCheck.DEFAULT_STEP,
                GradientCheck.DEFAULT_TOLERANCE, GradientCheck.DEFAULT_FLOOR);

        assertThat(report.passed()).isFalse();
        assertThat(report.rows()).filteredOn(r -> !r.pass()).extracting(GradientCheck.Row::name).containsExactly("w6");
        assertThat(report.worst().name()).isEqualTo("w6");
        assertThat(report.worst().relativeError()).isBetween(9e-4, 1.1e-3);
    }

    @Test
    void badSettingsSayWhatIsWrong() {
        NetworkSpec spec = LectureNetwork.spec();
        assertThatThrownBy(() -> GradientCheck.check(spec, List.of(LectureNetwork.sample()), 0, 1e-6, 1e-9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive step");
        assertThatThrownBy(() -> GradientCheck.compare(spec, new double[3], new double[3], 1e-5, 1e-6, 1e-9))
                .hasMessageContaining("has 10 parameters");
        assertThatThrownBy(() -> GradientCheck.check(spec, List.of())).hasMessageContaining("at least one sample");
    }

    private static int biasCount(NetworkSpec spec) {
        int count = 0;
        for (int l = 1; l < spec.layerCount(); l++) count += spec.size(l);
        return count;
    }
}

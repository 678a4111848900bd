package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Sample;

class PresetsTest {

    static List<String> names() {
        return Presets.names();
    }

    @Test
    void theIndexOrdersThePresets() {
        assertThat(Presets.names()).containsExactly("simple", "mazur", "xor", "welch", "circle", "gaussian", "spiral", "deep-sigmoid", "digits", "universal");
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyPresetLoadsUnderItsOwnNameWithADescription(String name) {
        Session session = Presets.load(name);
        assertThat(session.name()).isEqualTo(name);
        assertThat(Presets.description(name)).isEqualTo(session.description()).isNotBlank();
    }

    @Test
    void simpleIsTheLecturesExpression() {
        assertThat(Presets.load("simple").document())
                .isEqualTo(new ExpressionDocument("q = x + y; f = q * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0)));
    }

    @Test
    void mazurHasTheLecturesNumbers() {
        // REFERENCE.md: w1..w8 = 0.15 … 0.55, b1 = 0.35, b2 = 0.60, inputs 0.05/0.10, targets 0.01/0.99, rate 0.5
        NetworkDocument mazur = (NetworkDocument) Presets.load("mazur").document();
        double[] w = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
        int i = 0;
        for (int l = 0; l < 2; l++) {
            for (int to = 0; to < 2; to++) {
                for (int from = 0; from < 2; from++) assertThat(mazur.network().weight(l, to, from)).isEqualTo(w[i++]);
            }
        }
        assertThat(mazur.network().bias(0, 1)).isEqualTo(0.35);
        assertThat(mazur.network().bias(1, 0)).isEqualTo(0.60);
        assertThat(mazur.network().learningRate()).isEqualTo(0.5);
        assertThat(mazur.data().train()).containsExactly(new Sample(new double[] {0.05, 0.10}, new double[] {0.01, 0.99}));
    }

    @Test
    void xorHasTheFourCasesAndItsDrawnWeights() {
        NetworkDocument xor = (NetworkDocument) Presets.load("xor").document();
        assertThat(xor.network().sizes()).containsExactly(2, 2, 1);
        assertThat(xor.network().biasMode()).isEqualTo(BiasMode.PER_NEURON);
        assertThat(xor.network().updateBiases()).isTrue();
        assertThat(xor.network().weights()).isDeepEqualTo(new double[][][] {{{-0.83, -0.53}, {0.6, 0.16}}, {{-0.04, -0.68}}});
        assertThat(xor.network().biases()).isDeepEqualTo(new double[][] {{-0.81, -0.13}, {0.47}});
        for (Sample sample : xor.data().train()) {
            boolean a = sample.input(0) == 1;
            boolean b = sample.input(1) == 1;
            assertThat(sample.target(0)).isEqualTo(a ^ b ? 1.0 : 0.0);
        }
        assertThat(xor.data().train()).hasSize(4);
        assertThat(xor.data().test()).isEmpty();
        assertThat(Presets.description("xor")).contains("seeded uniform(−1, 1)");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Presets.load("mazer"))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage("presets: unknown preset 'mazer' (one of simple, mazur, xor, welch, circle, gaussian, spiral, deep-sigmoid, digits, universal)");
    }
}

package studio.backprop.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.UpdateOrder;

class InitializerTest {

    /** The lecture's 2-2-2 network: w1..w8 = 0.15 … 0.55, b1 = 0.35, b2 = 0.60 shared per layer. */
    private static NetworkSpec lecture() {
        double[][][] w = {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}};
        double[][] b = {{0.35, 0.35}, {0.60, 0.60}};
        return new NetworkSpec(new int[] {2, 2, 2}, List.of(Activation.SIGMOID, Activation.SIGMOID), Loss.HALF_SSE,
                BiasMode.PER_LAYER, false, 0.5, UpdateOrder.EXACT, w, b);
    }

    private static NetworkSpec wide(BiasMode biasMode) {
        return Networks.create(new int[] {300, 200, 10}, List.of(Activation.RELU, Activation.SOFTMAX), Loss.CROSS_ENTROPY,
                biasMode, 0.1, Initializer.fixed(), 0);
    }

    private static List<Double> weightsOf(NetworkSpec spec, int layer) {
        List<Double> values = new ArrayList<>();
        for (double[] row : spec.weights()[layer]) for (double w : row) values.add(w);
        return values;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double deviation(List<Double> values) {
        double mean = mean(values);
        return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / values.size());
    }

    @Test
    void fixedKeepsTheLecturesNumbers() {
        assertThat(Initializer.fixed().apply(lecture(), 123)).isEqualTo(lecture());
    }

    @Test
    void everyRandomInitialiserIsReproducibleFromItsSeedAndKeepsTheConventions() {
        for (Initializer init : List.of(Initializer.uniform(0.5), Initializer.xavier(), Initializer.he())) {
            NetworkSpec first = init.apply(lecture(), 42);

            assertThat(init.apply(lecture(), 42)).as(init.id()).isEqualTo(first);
            assertThat(init.apply(lecture(), 43).weights()).as(init.id()).isNotEqualTo(first.weights());
            assertThat(first.sizes()).containsExactly(2, 2, 2);
            assertThat(first.biasMode()).isEqualTo(BiasMode.PER_LAYER);
            assertThat(first.learningRate()).isEqualTo(0.5);
            assertThat(first.updateBiases()).isFalse();
        }
    }

    @Test
    void xavierIsUniformWithinGlorotsLimitAndZeroBiases() {
        NetworkSpec spec = Initializer.xavier().apply(wide(BiasMode.PER_NEURON), 7);
        double limit = Math.sqrt(6.0 / (300 + 200));
        List<Double> weights = weightsOf(spec, 0);

        assertThat(weights).hasSize(60_000).allSatisfy(w -> assertThat(Math.abs(w)).isLessThanOrEqualTo(limit));
        assertThat(mean(weights)).isCloseTo(0, within(0.003));
        // U(−a, a) has standard deviation a/√3; 60,000 draws pin it to well under 1 %
        assertThat(deviation(weights)).isCloseTo(limit / Math.sqrt(3), within(0.01 * limit / Math.sqrt(3)));
        assertThat(Math.abs(weightsOf(spec, 1).get(0))).isLessThanOrEqualTo(Math.sqrt(6.0 / 210));
        for (double[] layer : spec.biases()) assertThat(layer).containsOnly(0.0);
    }

    @Test
    void heIsNormalWithDeviationFromTheFanInAndZeroBiases() {
        NetworkSpec spec = Initializer.he().apply(wide(BiasMode.PER_NEURON), 7);
        List<Double> weights = weightsOf(spec, 0);
        double sigma = Math.sqrt(2.0 / 300);

        assertThat(mean(weights)).isCloseTo(0, within(0.02 * sigma));
        assertThat(deviation(weights)).isCloseTo(sigma, within(0.01 * sigma));
        // a normal has 68.3 % of its draws within one σ (a uniform with that σ would have 57.7 %)
        double within1 = weights.stream().filter(w -> Math.abs(w) < sigma).count() / (double) weights.size();
        assertThat(within1).isCloseTo(0.683, within(0.01));
        assertThat(deviation(weightsOf(spec, 1))).isCloseTo(Math.sqrt(2.0 / 200), within(0.2 * Math.sqrt(2.0 / 200)));
        for (double[] layer : spec.biases()) assertThat(layer).containsOnly(0.0);
    }

    @Test
    void uniformDrawsWeightsAndBiasesInTheRangeFollowingTheBiasMode() {
        NetworkSpec perNeuron = Initializer.uniform(0.3).apply(wide(BiasMode.PER_NEURON), 1);
        List<Double> weights = weightsOf(perNeuron, 0);
        assertThat(weights).allSatisfy(w -> assertThat(w).isBetween(-0.3, 0.3));
        assertThat(deviation(weights)).isCloseTo(0.3 / Math.sqrt(3), within(0.003));
        for (double b : perNeuron.biases()[0]) assertThat(b).isBetween(-0.3, 0.3);
        assertThat(perNeuron.bias(0, 0)).isNotEqualTo(perNeuron.bias(0, 1));

        NetworkSpec perLayer = Initializer.uniform(0.3).apply(lecture(), 1);
        assertThat(perLayer.bias(0, 0)).isEqualTo(perLayer.bias(0, 1)).isNotEqualTo(0.35);

        NetworkSpec none = Initializer.uniform(0.3).apply(wide(BiasMode.NONE), 1);
        for (double[] layer : none.biases()) assertThat(layer).containsOnly(0.0);
    }

    @Test
    void allEqualSetsEveryParameterToTheValue() {
        NetworkSpec spec = Initializer.allEqual(0.25).apply(lecture(), 9);

        for (double[][] layer : spec.weights()) for (double[] row : layer) assertThat(row).containsOnly(0.25);
        for (double[] layer : spec.biases()) assertThat(layer).containsOnly(0.25);
        for (double[] layer : Initializer.allEqual(0.25).apply(wide(BiasMode.NONE), 9).biases()) {
            assertThat(layer).containsOnly(0.0);
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> Initializer.uniform(0)).hasMessageContaining("positive number, not 0.0");
        assertThatThrownBy(() -> Initializer.uniform(Double.POSITIVE_INFINITY)).hasMessageContaining("not Infinity");
        assertThatThrownBy(() -> Initializer.allEqual(Double.NaN)).hasMessageContaining("finite number, not NaN");
    }

    @Test
    void idsAreDistinctNames() {
        assertThat(List.of(Initializer.fixed(), Initializer.uniform(1), Initializer.xavier(), Initializer.he(),
                Initializer.allEqual(0)).stream().map(Initializer::id))
                .containsExactly("fixed", "uniform", "xavier", "he", "all-equal");
    }

    @Test
    void networksBuildsAFreshSpecWithTheDefaultConventions() {
        NetworkSpec spec = Networks.create(new int[] {64, 16, 10}, List.of(Activation.SIGMOID, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY, Initializer.xavier(), 5);

        assertThat(spec.sizes()).containsExactly(64, 16, 10);
        assertThat(spec.activations()).containsExactly(Activation.SIGMOID, Activation.SOFTMAX);
        assertThat(spec.loss()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(spec.biasMode()).isEqualTo(BiasMode.PER_NEURON);
        assertThat(spec.updateBiases()).isTrue();
        assertThat(spec.learningRate()).isEqualTo(Networks.DEFAULT_LEARNING_RATE);
        assertThat(spec.updateOrder()).isEqualTo(UpdateOrder.EXACT);
        assertThat(spec.parameterCount()).isEqualTo(64 * 16 + 16 + 16 * 10 + 10);
        assertThat(spec).isEqualTo(Initializer.xavier().apply(Networks.create(new int[] {64, 16, 10},
                List.of(Activation.SIGMOID, Activation.SOFTMAX), Loss.CROSS_ENTROPY, Initializer.fixed(), 0), 5));
        assertThat(spec.weight(0, 3, 7)).isNotZero();
    }

    @Test
    void aFreshSpecWithFixedWeightsIsAllZeroAndWithoutBiasesDoesNotTrainThem() {
        NetworkSpec spec = Networks.create(new int[] {2, 3, 1}, List.of(Activation.TANH, Activation.SIGMOID), Loss.MSE,
                BiasMode.NONE, 0.1, Initializer.fixed(), 0);

        for (double[][] layer : spec.weights()) for (double[] row : layer) assertThat(row).containsOnly(0.0);
        assertThat(spec.updateBiases()).isFalse();
        assertThat(spec.learningRate()).isEqualTo(0.1);
    }

    @Test
    void aShapeThatIsNoNetworkIsRefused() {
        assertThatThrownBy(() -> Networks.create(new int[] {2}, List.of(), Loss.MSE, Initializer.he(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input and an output layer");
        assertThatThrownBy(() -> Networks.create(new int[] {2, 0, 1}, List.of(Activation.TANH, Activation.SIGMOID), Loss.MSE,
                Initializer.he(), 0)).hasMessageContaining("at least one neuron, not 0");
        assertThatThrownBy(() -> Networks.create(new int[] {2, 1}, List.of(), Loss.MSE, Initializer.he(), 0))
                .hasMessageContaining("need 1 activations, got 0");
    }
}

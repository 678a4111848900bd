package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/** Momentum, regularisation, dropout, shuffling and gradient sizes against hand arithmetic and finite differences. */
class TechniquesTest {

    private static final double H = 1e-6;

    private static NetworkSpec network(int[] sizes, Activation hidden, long seed) {
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l < sizes.length - 1; l++) activations.add(hidden);
        activations.add(Activation.SIGMOID);
        return Networks.create(sizes, activations, Loss.HALF_SSE, Initializer.uniform(1), seed);
    }

    private static List<Sample> samples(Random random, int count, int inputs, int outputs) {
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            double[] in = new double[inputs];
            double[] target = new double[outputs];
            for (int k = 0; k < inputs; k++) in[k] = random.nextDouble() * 2 - 1;
            for (int k = 0; k < outputs; k++) target[k] = random.nextDouble();
            samples.add(new Sample(in, target));
        }
        return samples;
    }

    @Test
    void regularisedGradientIsTheCentralDifferenceOfTheRegularisedLoss() {
        NetworkSpec spec = network(new int[] {3, 4, 2}, Activation.TANH, 5);
        List<Sample> samples = samples(new Random(1), 5, 3, 2);
        TrainingOptions options = TrainingOptions.builder().iterations(1).l2(0.3).l1(0.05).build();
        NetworkGradients gradients = new FastNetwork(spec, options).gradients(samples);
        NetworkGradients plain = new FastNetwork(spec).gradients(samples);
        for (int l = 0; l < 2; l++) {
            for (int j = 0; j < spec.size(l + 1); j++) {
                for (int k = 0; k < spec.size(l); k++) {
                    double w = spec.weight(l, j, k);
                    assertThat(Math.abs(w)).as("no weight at the kink of |w|").isGreaterThan(10 * H);
                    double numeric = (new FastNetwork(spec.withWeight(l, j, k, w + H), options).objective(samples)
                            - new FastNetwork(spec.withWeight(l, j, k, w - H), options).objective(samples)) / (2 * H);
                    assertThat(gradients.weight(l, j, k)).as("∂E/∂w[%d][%d][%d]", l, j, k).isCloseTo(numeric, within(1e-8));
                    assertThat(gradients.weight(l, j, k) - plain.weight(l, j, k))
                            .isCloseTo(0.3 * w + 0.05 * Math.signum(w), within(1e-15));
                }
                double b = spec.bias(l, j);
                double numeric = (new FastNetwork(spec.withBias(l, j, b + H), options).objective(samples)
                        - new FastNetwork(spec.withBias(l, j, b - H), options).objective(samples)) / (2 * H);
                assertThat(gradients.bias(l, j)).isCloseTo(numeric, within(1e-8));
                assertThat(gradients.bias(l, j)).as("biases are not regularised").isEqualTo(plain.bias(l, j));
            }
        }
    }

    @Test
    void theObjectiveAddsHalfLambdaSquaresAndLambdaAbsoluteValuesOfTheWeightsOnly() {
        // one weight 0.5, one bias 2: the penalty is 0.1/2·0.25 + 0.2·0.5, the bias does not count
        NetworkSpec spec = new NetworkSpec(new int[] {1, 1}, List.of(Activation.LINEAR), Loss.HALF_SSE, BiasMode.PER_NEURON,
                true, 0.1, UpdateOrder.EXACT, new double[][][] {{{0.5}}}, new double[][] {{2}});
        List<Sample> one = List.of(new Sample(new double[] {1}, new double[] {3}));
        FastNetwork network = new FastNetwork(spec, TrainingOptions.builder().iterations(1).l2(0.1).l1(0.2).build());
        assertThat(network.objective(one)).isCloseTo(0.5 * 0.25 + 0.0125 + 0.1, within(1e-15));
    }

    @Test
    void momentumTakesTwoStepsAsComputedByHand() {
        // out = w·x, E = ½(t − out)², ∂E/∂w = −(t − w·x)·x with x = 2, t = 1, w₀ = 0.25, η = 0.1, μ = 0.9:
        // g₁ = −(1 − 0.5)·2 = −1,   v₁ = −0.1·(−1) = 0.1,           w₁ = 0.35
        // g₂ = −(1 − 0.7)·2 = −0.6, v₂ = 0.9·0.1 − 0.1·(−0.6) = 0.15, w₂ = 0.5
        NetworkSpec spec = new NetworkSpec(new int[] {1, 1}, List.of(Activation.LINEAR), Loss.HALF_SSE, BiasMode.NONE,
                false, 0.1, UpdateOrder.EXACT, new double[][][] {{{0.25}}}, new double[][] {{0}});
        List<Sample> one = List.of(new Sample(new double[] {2}, new double[] {1}));
        FastNetwork network = new FastNetwork(spec, TrainingOptions.builder().iterations(1).momentum(0.9).build());
        network.step(one);
        assertThat(network.toSpec().weight(0, 0, 0)).isCloseTo(0.35, within(1e-15));
        network.step(one);
        assertThat(network.toSpec().weight(0, 0, 0)).isCloseTo(0.5, within(1e-15));
        FastNetwork plain = new FastNetwork(spec);
        plain.step(one);
        plain.step(one);
        assertThat(plain.toSpec().weight(0, 0, 0)).as("without momentum: 0.35, then 0.35 + 0.1·0.6").isCloseTo(0.41, within(1e-15));
    }

    @Test
    void momentumAppliesToBiasesAndMatchesTheVelocityRecurrenceOnALargerNetwork() {
        NetworkSpec spec = network(new int[] {2, 3, 1}, Activation.SIGMOID, 9);
        List<Sample> batch = samples(new Random(3), 4, 2, 1);
        FastNetwork network = new FastNetwork(spec, TrainingOptions.builder().iterations(1).momentum(0.5).build());
        network.step(batch);
        network.step(batch);
        double rate = spec.learningRate();
        double[] w0 = NetworkSpecs2.vector(spec);
        double[] g1 = new FastNetwork(spec).gradients(batch).vector(spec);
        double[] w1 = new double[w0.length];
        double[] v1 = new double[w0.length];
        for (int i = 0; i < w0.length; i++) { v1[i] = -rate * g1[i]; w1[i] = w0[i] + v1[i]; }
        NetworkSpec spec1 = NetworkSpecs2.withVector(spec, w1);
        double[] g2 = new FastNetwork(spec1).gradients(batch).vector(spec);
        double[] actual = NetworkSpecs2.vector(network.toSpec());
        for (int i = 0; i < w0.length; i++) {
            assertThat(actual[i]).as("parameter %d", i).isCloseTo(w1[i] + 0.5 * v1[i] - rate * g2[i], within(1e-15));
        }
    }

    @Test
    void droppedUnitsContributeNothingAndKeptUnitsAreScaled() {
        NetworkSpec spec = network(new int[] {3, 6, 5, 2}, Activation.SIGMOID, 4);
        Sample sample = samples(new Random(7), 1, 3, 2).get(0);
        double p = 0.3;
        FastNetwork network = new FastNetwork(spec, TrainingOptions.builder().iterations(1).dropout(p).seed(11).build());
        NetworkGradients gradients = network.droppedGradients(List.of(sample));
        double[][] masks = {null, network.mask(0, 1), network.mask(0, 2)};
        int dropped = 0;
        for (int l = 1; l <= 2; l++) {
            for (double m : masks[l]) {
                assertThat(m).isIn(0.0, 1 / (1 - p));
                if (m == 0) dropped++;
            }
        }
        assertThat(dropped).as("the seed drops some units and keeps others").isBetween(1, 10);

        // the masked network is the plain network whose weights out of hidden unit k are multiplied by m_k
        double[][][] scaled = spec.weights();
        for (int l = 1; l <= 2; l++) {
            for (double[] row : scaled[l]) for (int k = 0; k < row.length; k++) row[k] *= masks[l][k];
        }
        NetworkSpec equivalent = spec.withParameters(scaled, spec.biases());
        for (int l = 0; l < 3; l++) {
            for (int j = 0; j < spec.size(l + 1); j++) {
                for (int k = 0; k < spec.size(l); k++) {
                    double w = equivalent.weight(l, j, k);
                    double numeric = (new FastNetwork(equivalent.withWeight(l, j, k, w + H)).loss(sample)
                            - new FastNetwork(equivalent.withWeight(l, j, k, w - H)).loss(sample)) / (2 * H);
                    double chain = l == 0 ? 1 : masks[l][k];
                    assertThat(gradients.weight(l, j, k)).as("∂E/∂w[%d][%d][%d]", l, j, k)
                            .isCloseTo(chain * numeric, within(1e-9));
                    if (l > 0 && masks[l][k] == 0 || l < 2 && masks[l + 1][j] == 0) {
                        assertThat(gradients.weight(l, j, k)).as("a dropped unit's weights learn nothing").isZero();
                    }
                }
            }
        }
    }

    @Test
    void dropoutMasksComeFromTheSeedAndEvaluationDropsNothing() {
        NetworkSpec spec = network(new int[] {2, 40, 1}, Activation.RELU, 2);
        List<Sample> batch = samples(new Random(2), 3, 2, 1);
        FastNetwork a = new FastNetwork(spec, TrainingOptions.builder().iterations(1).dropout(0.5).seed(1).build());
        FastNetwork b = new FastNetwork(spec, TrainingOptions.builder().iterations(1).dropout(0.5).seed(1).build());
        FastNetwork c = new FastNetwork(spec, TrainingOptions.builder().iterations(1).dropout(0.5).seed(2).build());
        a.step(batch);
        b.step(batch);
        c.step(batch);
        assertThat(a.mask(2, 1)).containsExactly(b.mask(2, 1));
        assertThat(a.toSpec()).isEqualTo(b.toSpec());
        assertThat(a.mask(2, 1)).isNotEqualTo(c.mask(2, 1));
        // evaluation: the same outputs as a network without dropout holding the same parameters
        assertThat(a.predict(batch.get(0).inputs())).containsExactly(new FastNetwork(a.toSpec()).predict(batch.get(0).inputs()));
    }

    @Test
    void allEqualHiddenUnitsStayExactlyEqualWithEveryTechniqueButDropout() {
        NetworkSpec spec = Networks.create(new int[] {2, 4, 1}, List.of(Activation.SIGMOID, Activation.SIGMOID),
                Loss.HALF_SSE, Initializer.allEqual(0.3), 0);
        TrainingOptions options = TrainingOptions.builder().iterations(300).batchSize(2).shuffle(true).seed(5)
                .momentum(0.9).l2(0.001).l1(0.001).build();
        NetworkSpec trained = Trainer.train(spec, Datasets.xor().train(), options).network();
        assertThat(trained.weight(0, 0, 0)).as("training moved the weights").isNotEqualTo(0.3);
        for (int j = 1; j < 4; j++) {
            for (int k = 0; k < 2; k++) assertEquals(trained.weight(0, 0, k), trained.weight(0, j, k), 0.0);
            assertEquals(trained.bias(0, 0), trained.bias(0, j), 0.0);
            assertEquals(trained.weight(1, 0, 0), trained.weight(1, 0, j), 0.0);
        }
    }

    @Test
    void gradientSizesAreTheMeanAbsoluteWeightGradientPerLayer() {
        NetworkSpec spec = network(new int[] {3, 4, 2}, Activation.TANH, 8);
        List<Sample> batch = samples(new Random(4), 6, 3, 2);
        FastNetwork network = new FastNetwork(spec, TrainingOptions.builder().iterations(1).l2(0.5).build());
        NetworkGradients plain = new FastNetwork(spec).gradients(batch);
        network.step(batch);
        double[] sizes = network.gradientSizes();
        for (int l = 0; l < 2; l++) {
            double sum = 0;
            for (int j = 0; j < spec.size(l + 1); j++) {
                for (int k = 0; k < spec.size(l); k++) sum += Math.abs(plain.weight(l, j, k));
            }
            assertThat(sizes[l]).isCloseTo(sum / (spec.size(l) * spec.size(l + 1)), within(1e-15));
        }
    }

    @Test
    void aDeepSigmoidNetsFirstLayerGetsAFarSmallerGradientThanTheSameReluNet() {
        int[] sizes = {2, 8, 8, 8, 8, 1};
        List<Sample> data = Datasets.circle(200, 0, 1, 0).train();
        double[] ratios = new double[3];
        for (int seed = 0; seed < 3; seed++) {
            double sigmoid = firstLayerGradient(sizes, Activation.SIGMOID, seed, data);
            double relu = firstLayerGradient(sizes, Activation.RELU, seed, data);
            ratios[seed] = sigmoid / relu;
        }
        for (double ratio : ratios) assertThat(ratio).isLessThan(0.1);
    }

    private static double firstLayerGradient(int[] sizes, Activation hidden, long seed, List<Sample> data) {
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l < sizes.length - 1; l++) activations.add(hidden);
        activations.add(Activation.SIGMOID);
        NetworkSpec spec = Networks.create(sizes, activations, Loss.CROSS_ENTROPY, Initializer.xavier(), seed);
        TrainingResult result = Trainer.train(spec, data, TrainingOptions.iterations(1));
        double[] gradientSizes = result.gradientSizes();
        assertThat(gradientSizes).hasSize(sizes.length - 1);
        return gradientSizes[0];
    }

    @Test
    void shuffledTrainingIsReproducibleFromItsSeed() {
        NetworkSpec spec = network(new int[] {2, 3, 1}, Activation.TANH, 1);
        List<Sample> data = Datasets.circle(40, 0, 3, 0).train();
        TrainingOptions options = TrainingOptions.builder().iterations(50).batchSize(7).shuffle(true).seed(4).build();
        NetworkSpec first = Trainer.train(spec, data, options).network();
        assertThat(Trainer.train(spec, data, options).network()).isEqualTo(first);
        assertThat(Trainer.train(spec, data, options.toBuilder().seed(5).build()).network()).isNotEqualTo(first);
        assertThat(Trainer.train(spec, data, options.toBuilder().shuffle(false).build()).network()).isNotEqualTo(first);
    }

    @Test
    void lossEveryMeasuresTheFirstTwoIterationsAndThenEveryKth() {
        NetworkSpec spec = network(new int[] {2, 3, 1}, Activation.TANH, 1);
        TrainingResult result = Trainer.train(spec, Datasets.xor().train(), TrainingOptions.builder().iterations(20).lossEvery(5).build());
        List<Integer> iterations = new ArrayList<>();
        for (int i = 0; i < result.history().size(); i++) iterations.add(result.history().iteration(i));
        assertThat(iterations).containsExactly(1, 2, 6, 11, 16);
        assertThat(result.firstUpdateError()).isEqualTo(result.history().loss(1));
    }

    @Test
    void badTechniqueSettingsAreRefusedWithTheirValue() {
        assertThatThrownBy(() -> TrainingOptions.builder().iterations(1).momentum(1).build()).hasMessageContaining("momentum").hasMessageContaining("1");
        assertThatThrownBy(() -> TrainingOptions.builder().iterations(1).l2(-0.1).build()).hasMessageContaining("L2").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> TrainingOptions.builder().iterations(1).l1(Double.NaN).build()).hasMessageContaining("L1");
        assertThatThrownBy(() -> TrainingOptions.builder().iterations(1).dropout(1).build()).hasMessageContaining("dropout");
        assertThatThrownBy(() -> TrainingOptions.builder().iterations(1).lossEvery(0).build()).hasMessageContaining("every");
    }

    /** Parameters as one vector in the order of {@link NetworkGradients#vector}, and back. */
    private static final class NetworkSpecs2 {
        static double[] vector(NetworkSpec spec) {
            return new NetworkGradients(spec.weights(), spec.biases()).vector(spec);
        }

        static NetworkSpec withVector(NetworkSpec spec, double[] values) {
            NetworkSpec result = spec;
            int i = 0;
            for (var p : NetworkSpecs.parameters(spec)) {
                if (p instanceof Element.Weight w) result = result.withWeight(w.layer(), w.to(), w.from(), values[i]);
                else if (p instanceof Element.Bias b) result = result.withBias(b.layer(), b.to(), values[i]);
                i++;
            }
            return result;
        }
    }
}

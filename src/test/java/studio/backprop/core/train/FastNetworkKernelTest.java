package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/** The lecture-shaped kernel against the general path, bit for bit, and the layer activations the digits view reads. */
class FastNetworkKernelTest {

    @Test
    void theKernelTakesTheLectureNetworkOnly() {
        assertThat(TinySigmoidKernel.fits(new ReferenceNetwork(LectureNetwork.spec()))).isTrue();
        assertThat(TinySigmoidKernel.fits(new ReferenceNetwork(LectureNetwork.spec().withLoss(Loss.MSE)))).isFalse();
        assertThat(TinySigmoidKernel.fits(new ReferenceNetwork(spec(BiasMode.PER_NEURON, true, UpdateOrder.EXACT,
                Activation.TANH, new SplittableRandom(1))))).isFalse();
    }

    @Test
    void theKernelStepIsTheGeneralStepBitForBit() {
        SplittableRandom random = new SplittableRandom(42);
        for (BiasMode mode : BiasMode.values()) {
            for (UpdateOrder order : UpdateOrder.values()) {
                for (boolean updateBiases : new boolean[] {false, true}) {
                    for (int trial = 0; trial < 20; trial++) {
                        NetworkSpec spec = spec(mode, updateBiases, order, Activation.SIGMOID, random);
                        Sample sample = new Sample(new double[] {random.nextDouble(-2, 2), random.nextDouble(-2, 2)},
                                new double[] {random.nextDouble(), random.nextDouble()});
                        FastNetwork kernel = new FastNetwork(spec);
                        // a momentum too small to change any number sends the step down the general path
                        FastNetwork general = new FastNetwork(spec, TrainingOptions.iterations(1).toBuilder().momentum(Double.MIN_VALUE).build());
                        for (int i = 0; i < 5; i++) {
                            kernel.step(List.of(sample));
                            general.step(List.of(sample));
                        }
                        String what = mode + " " + order + " " + updateBiases + " " + trial;
                        assertThat(parameters(kernel)).as(what).containsExactly(parameters(general));
                        assertThat(kernel.gradientSizes()).as(what).containsExactly(general.gradientSizes());
                        assertThat(kernel.loss(sample)).as(what).isEqualTo(general.loss(sample));
                    }
                }
            }
        }
    }

    @Test
    void theKernelRejectsASampleOfTheWrongWidth() {
        FastNetwork network = new FastNetwork(LectureNetwork.spec());
        Sample wide = new Sample(new double[] {1, 2, 3}, new double[] {0, 1});
        assertThatIllegalArgumentException().isThrownBy(() -> network.step(List.of(wide)))
                .withMessageContaining("2 inputs, not 3");
    }

    @Test
    void activationsAreEveryLayersOutputsWithTheLecturesHiddenValues() {
        FastNetwork network = new FastNetwork(LectureNetwork.spec());
        double[] inputs = LectureNetwork.sample().inputs();
        double[][] layers = network.activations(inputs);

        assertThat(layers).hasNumberOfRows(3);
        assertThat(layers[0]).containsExactly(inputs);
        assertThat(layers[1][0]).isCloseTo(0.593269992, within(5e-10));
        assertThat(layers[1][1]).isCloseTo(0.596884378, within(5e-10));
        assertThat(layers[2]).containsExactly(network.predict(inputs));
        layers[1][0] = 7;
        assertThat(network.activations(inputs)[1][0]).as("a copy").isCloseTo(0.593269992, within(5e-10));
    }

    private static NetworkSpec spec(BiasMode mode, boolean updateBiases, UpdateOrder order, Activation hidden, SplittableRandom random) {
        double[][][] weights = new double[2][2][2];
        double[][] biases = new double[2][2];
        for (int l = 0; l < 2; l++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) weights[l][j][k] = random.nextDouble(-3, 3);
                biases[l][j] = mode == BiasMode.PER_LAYER && j == 1 ? biases[l][0] : random.nextDouble(-1, 1);
            }
        }
        return new NetworkSpec(new int[] {2, 2, 2}, List.of(hidden, Activation.SIGMOID), Loss.HALF_SSE, mode, updateBiases,
                random.nextDouble(0.1, 2), order, weights, biases);
    }

    private static double[] parameters(FastNetwork network) {
        double[] values = new double[network.storedParameterCount()];
        network.saveParameters(values);
        return values;
    }
}

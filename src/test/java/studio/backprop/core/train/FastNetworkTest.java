package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.LoweredNetwork;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkTrace;
import studio.backprop.core.nn.RandomNetworks;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

class FastNetworkTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void fastPathAndGraphPathGiveTheSameNumbers() {
        Random random = new Random(2024);
        int checked = 0;
        for (int[] sizes : RandomNetworks.SHAPES) {
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    if (!RandomNetworks.supported(loss, output)) continue;
                    for (BiasMode mode : BiasMode.values()) {
                        for (boolean updateBiases : new boolean[] {false, true}) {
                            NetworkSpec spec = RandomNetworks.spec(random, sizes, output, loss, mode, updateBiases);
                            Sample sample = RandomNetworks.sample(random, spec);
                            String what = RandomNetworks.describe(spec);
                            LoweredNetwork lowered = Lowering.lower(spec, sample);
                            Trace trace = NetworkTrace.trace(lowered);
                            FastNetwork fast = new FastNetwork(spec);

                            assertThat(fast.loss(sample)).as(what).isCloseTo(trace.outputValue(), within(TOLERANCE));
                            double[] gradients = fast.gradients(List.of(sample)).vector(spec);
                            List<Integer> ids = lowered.parameterNodes();
                            for (int i = 0; i < ids.size(); i++) {
                                assertThat(gradients[i]).as(what + " ∂E/∂" + trace.graph().node(ids.get(i)).name())
                                        .isCloseTo(trace.gradient(ids.get(i)), within(TOLERANCE));
                            }
                            fast.step(List.of(sample));
                            assertSameParameters(fast.toSpec(), NetworkTrace.updatedSpec(lowered, trace), what);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void aBatchGradientIsTheMeanOfTheSamplesGradients() {
        Random random = new Random(7);
        NetworkSpec spec = RandomNetworks.spec(random, new int[] {3, 4, 2}, Activation.SOFTMAX, Loss.CROSS_ENTROPY,
                BiasMode.PER_LAYER, true);
        List<Sample> batch = new ArrayList<>();
        for (int s = 0; s < 5; s++) batch.add(RandomNetworks.sample(random, spec));
        double[] mean = new double[spec.parameterCount()];
        int count = 0;
        for (Sample sample : batch) {
            LoweredNetwork lowered = Lowering.lower(spec, sample);
            Trace trace = Backprop.evaluate(lowered.graph());
            List<Integer> ids = lowered.parameterNodes();
            count = ids.size();
            for (int i = 0; i < ids.size(); i++) mean[i] += trace.gradient(ids.get(i)) / batch.size();
        }
        double[] fast = new FastNetwork(spec).gradients(batch).vector(spec);

        assertThat(fast).hasSize(count);
        for (int i = 0; i < count; i++) assertThat(fast[i]).isCloseTo(mean[i], within(TOLERANCE));
    }

    @Test
    void layerByLayerOrderReproducesTheLecturesFirstRoundError() {
        FastNetwork exact = new FastNetwork(LectureNetwork.spec());
        FastNetwork buggy = new FastNetwork(LectureNetwork.spec().withUpdateOrder(UpdateOrder.LAYER_BY_LAYER));
        exact.step(List.of(LectureNetwork.sample()));
        buggy.step(List.of(LectureNetwork.sample()));

        assertThat(exact.loss(LectureNetwork.sample())).isCloseTo(0.291027774, within(5e-10));
        assertThat(buggy.loss(LectureNetwork.sample())).isCloseTo(0.291027924, within(5e-10));
        // the output layer is the same either way; only the hidden layer's update differs
        assertThat(buggy.toSpec().weight(1, 0, 0)).isEqualTo(exact.toSpec().weight(1, 0, 0));
        assertThat(buggy.toSpec().weight(0, 0, 0)).isNotEqualTo(exact.toSpec().weight(0, 0, 0));
    }

    @Test
    void staysFiniteForNetInputsOfAMillion() {
        for (Activation output : Activation.values()) {
            for (Loss loss : Loss.values()) {
                if (!RandomNetworks.supported(loss, output)) continue;
                for (double sign : new double[] {1, -1}) {
                    NetworkSpec spec = new NetworkSpec(new int[] {1, 2, 2}, List.of(Activation.TANH, output), loss,
                            BiasMode.PER_NEURON, true, 0.5, UpdateOrder.EXACT,
                            new double[][][] {{{1}, {1}}, {{sign * 1e6, -sign * 1e6}, {-sign * 1e6, sign * 1e6}}},
                            new double[][] {{0, 0}, {0, 0}});
                    Sample sample = new Sample(new double[] {3}, new double[] {0.3, 0.7});
                    FastNetwork network = new FastNetwork(spec);
                    String what = output + " " + loss + " " + sign;

                    assertThat(network.loss(sample)).as(what).isFinite();
                    assertThat(Arrays.stream(network.gradients(List.of(sample)).vector(spec)).allMatch(Double::isFinite)).as(what).isTrue();
                    assertThat(Arrays.stream(network.predict(sample.inputs())).allMatch(Double::isFinite)).as(what).isTrue();
                }
            }
        }
    }

    private static void assertSameParameters(NetworkSpec actual, NetworkSpec expected, String what) {
        for (int l = 0; l < expected.layerCount() - 1; l++) {
            for (int j = 0; j < expected.size(l + 1); j++) {
                assertThat(actual.bias(l, j)).as(what + " bias").isCloseTo(expected.bias(l, j), within(TOLERANCE));
                for (int k = 0; k < expected.size(l); k++) {
                    assertThat(actual.weight(l, j, k)).as(what + " weight").isCloseTo(expected.weight(l, j, k), within(TOLERANCE));
                }
            }
        }
    }
}

package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

class TrainerTest {

    private static final List<Sample> LECTURE = List.of(LectureNetwork.sample());

    @Test
    void oneExactUpdateGivesTheExactFirstRoundError() {
        TrainingResult result = Trainer.train(LectureNetwork.spec(), LECTURE, TrainingOptions.iterations(1));

        assertThat(result.status()).isEqualTo(TrainingResult.Status.COMPLETED);
        assertThat(result.firstUpdateError()).isCloseTo(0.291027774, within(5e-10));
        assertThat(result.finalError()).isEqualTo(result.firstUpdateError());
        assertThat(result.history().size()).isEqualTo(1);
        assertThat(result.history().loss(0)).isCloseTo(0.298371109, within(5e-10));
        NetworkSpec w = result.network();
        assertThat(w.weight(1, 0, 0)).isCloseTo(0.35891648, within(5e-9));
        assertThat(w.weight(1, 0, 1)).isCloseTo(0.408666186, within(5e-10));
        assertThat(w.weight(1, 1, 0)).isCloseTo(0.511301270, within(5e-10));
        assertThat(w.weight(1, 1, 1)).isCloseTo(0.561370121, within(5e-10));
        assertThat(w.weight(0, 0, 0)).isCloseTo(0.149780716, within(5e-10));
        assertThat(w.weight(0, 0, 1)).isCloseTo(0.19956143, within(5e-9));
        assertThat(w.weight(0, 1, 0)).isCloseTo(0.24975114, within(5e-9));
        assertThat(w.weight(0, 1, 1)).isCloseTo(0.29950229, within(5e-9));
        assertThat(w.bias(0, 0)).isEqualTo(0.35);
    }

    @Test
    void layerByLayerOrderGivesTheLecturesPrintedFirstRoundError() {
        TrainingResult result = Trainer.train(LectureNetwork.spec().withUpdateOrder(UpdateOrder.LAYER_BY_LAYER), LECTURE,
                TrainingOptions.iterations(1));

        assertThat(result.firstUpdateError()).isCloseTo(0.291027924, within(5e-10));
    }

    @Test
    void tenThousandExactUpdates() {
        TrainingResult result = Trainer.train(LectureNetwork.spec(), LECTURE, TrainingOptions.iterations(10_000));

        assertThat(result.updates()).isEqualTo(10_000);
        assertThat(result.finalError()).isCloseTo(3.5101877830e-05, within(3.5101877830e-05 * 1e-9));
        assertThat(NumberStyle.LECTURE.format(result.finalError())).isEqualTo("0.0000351019");
        assertThat(result.firstUpdateError()).isCloseTo(0.291027774, within(5e-10));
        int last = result.history().size() - 1;
        assertThat(result.history().iteration(last)).isEqualTo(10_000);
        assertThat(NumberStyle.digits(6).format(result.history().loss(last))).isEqualTo("0.0000351085");
        assertThat(result.output(0, 0)).isCloseTo(0.015913620, within(5e-10));
        assertThat(result.output(0, 1)).isCloseTo(0.984064274, within(5e-10));
        assertThat(Trainer.loss(result.network(), LECTURE)).isEqualTo(result.finalError());
    }

    @Test
    void tenThousandLayerByLayerUpdatesGiveTheLecturesPrintedOutputs() {
        TrainingResult result = Trainer.train(LectureNetwork.spec().withUpdateOrder(UpdateOrder.LAYER_BY_LAYER), LECTURE,
                TrainingOptions.iterations(10_000));

        assertThat(result.output(0, 0)).isCloseTo(0.015912196, within(5e-10));
        assertThat(result.output(0, 1)).isCloseTo(0.984065734, within(5e-10));
    }

    @Test
    void xorLearnsWithFullBatches() {
        NetworkSpec spec = new NetworkSpec(new int[] {2, 2, 1}, List.of(Activation.SIGMOID, Activation.SIGMOID), Loss.HALF_SSE,
                BiasMode.PER_NEURON, true, 0.5, UpdateOrder.EXACT,
                new double[][][] {{{-0.83, -0.53}, {0.6, 0.16}}, {{-0.04, -0.68}}}, new double[][] {{-0.81, -0.13}, {0.47}});
        List<Sample> xor = List.of(new Sample(new double[] {0, 0}, new double[] {0}), new Sample(new double[] {0, 1}, new double[] {1}),
                new Sample(new double[] {1, 0}, new double[] {1}), new Sample(new double[] {1, 1}, new double[] {0}));

        TrainingResult result = Trainer.train(spec, xor, TrainingOptions.iterations(20_000));

        assertThat(result.finalError()).isLessThan(0.01).isBetween(0.0003, 0.0004); // numpy: ≈ 0.00035
        assertThat(result.history().loss(0)).isGreaterThan(0.1);
        for (int s = 0; s < 4; s++) assertThat(result.output(s, 0)).isCloseTo(xor.get(s).target(0), within(0.15));
    }

    @Test
    void miniBatchesWrapAroundTheTrainingSet() {
        List<Sample> samples = List.of(sample(1), sample(2), sample(3));

        assertThat(Trainer.batch(samples, 0, 2)).containsExactly(sample(1), sample(2));
        assertThat(Trainer.batch(samples, 1, 2)).containsExactly(sample(3), sample(1));
        assertThat(Trainer.batch(samples, 2, 2)).containsExactly(sample(2), sample(3));
        assertThat(Trainer.batch(samples, 5, 3)).containsExactly(sample(1), sample(2), sample(3));
    }

    @Test
    void divergenceStopsWithAMessageAndAFiniteNetwork() {
        NetworkSpec spec = new NetworkSpec(new int[] {1, 1}, List.of(Activation.LINEAR), Loss.HALF_SSE, BiasMode.NONE, false, 1e3,
                UpdateOrder.EXACT, new double[][][] {{{1}}}, new double[][] {{0}});
        TrainingResult result = Trainer.train(spec, List.of(new Sample(new double[] {10}, new double[] {0})),
                TrainingOptions.iterations(1_000));

        assertThat(result.status()).isEqualTo(TrainingResult.Status.DIVERGED);
        assertThat(result.message()).contains("diverged").contains("learning rate");
        assertThat(result.updates()).isLessThan(1_000);
        assertThat(result.finalError()).isFinite();
        assertThat(result.network().weight(0, 0, 0)).isFinite();
        assertThat(Arrays.stream(result.history().losses()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void theHistoryStaysBoundedAndEvenlySampled() {
        TrainingResult result = Trainer.train(LectureNetwork.spec(), LECTURE,
                TrainingOptions.builder().iterations(5_000).maxHistoryPoints(100).build());

        assertThat(result.history().size()).isLessThanOrEqualTo(101);
        assertThat(result.history().size()).isGreaterThan(50);
        assertThat(result.history().iteration(0)).isEqualTo(1);
        assertThat(result.history().iteration(result.history().size() - 1)).isEqualTo(5_000);
        int stride = result.history().iteration(1) - result.history().iteration(0);
        for (int i = 1; i < result.history().size() - 1; i++) {
            assertThat(result.history().iteration(i) - result.history().iteration(i - 1)).isEqualTo(stride);
        }
    }

    @Test
    void aListenerSeesSnapshotsAndCanStop() {
        List<TrainingSnapshot> seen = new ArrayList<>();
        TrainingResult result = Trainer.train(LectureNetwork.spec(), LECTURE, TrainingOptions.builder().iterations(1_000).snapshotEvery(10).build(),
                snapshot -> {
                    seen.add(snapshot);
                    return snapshot.iteration() < 50;
                });

        assertThat(seen).extracting(TrainingSnapshot::iteration).containsExactly(10, 20, 30, 40, 50);
        assertThat(result.status()).isEqualTo(TrainingResult.Status.STOPPED);
        assertThat(result.updates()).isEqualTo(50);
        assertThat(result.network()).isEqualTo(seen.get(4).network());
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> TrainingOptions.iterations(0)).hasMessageContaining("at least 1 iteration");
        assertThatThrownBy(() -> TrainingOptions.builder().iterations(5).batchSize(-1).build()).hasMessageContaining("batch size");
        assertThatThrownBy(() -> Trainer.train(LectureNetwork.spec(), List.of(), TrainingOptions.iterations(1)))
                .hasMessageContaining("at least one training sample");
    }

    private static Sample sample(double x) {
        return new Sample(new double[] {x, x}, new double[] {0, 1});
    }
}

package studio.backprop.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.LoweredNetwork;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkTrace;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.FastNetwork;
import studio.backprop.core.train.GradientCheck;
import studio.backprop.core.train.TrainingOptions;

/** The matrix pass against the scalar graph: the same numbers, sample by sample and summed over batches. */
class MatrixPassTest {
    private static final double TOLERANCE = 1e-12;

    static Stream<String> networkPresets() {
        return Presets.names().stream().filter(n -> Presets.load(n).document() instanceof NetworkDocument);
    }

    private static NetworkDocument document(String preset) {
        return (NetworkDocument) Presets.load(preset).document();
    }

    private static void close(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
    }

    @ParameterizedTest
    @MethodSource("networkPresets")
    void oneRowEqualsTheScalarTraceOfThatSample(String preset) {
        NetworkDocument doc = document(preset);
        NetworkSpec spec = doc.network();
        Sample sample = doc.data().train().get(doc.sample());
        LoweredNetwork lowered = Lowering.lower(spec, sample);
        Trace trace = NetworkTrace.trace(lowered);

        MatrixPass pass = MatrixPass.compute(spec, List.of(sample));

        close(pass.cost(), trace.outputValue(), preset + " E_total");
        for (int l = 1; l < spec.layerCount(); l++) {
            for (int j = 0; j < spec.size(l); j++) {
                close(pass.net(l).get(0, j), trace.value(lowered.net(l, j)), preset + " net " + l + "," + j);
                close(pass.out(l).get(0, j), trace.value(lowered.out(l, j)), preset + " out " + l + "," + j);
                close(pass.delta(l).get(0, j), trace.gradient(lowered.net(l, j)), preset + " δ " + l + "," + j);
                for (int k = 0; k < spec.size(l - 1); k++) {
                    close(pass.weightGradient(l).get(k, j), trace.gradient(lowered.weight(l - 1, j, k)), preset + " ∂w " + l);
                }
            }
            if (spec.biasMode() == BiasMode.PER_NEURON) {
                for (int j = 0; j < spec.size(l); j++) close(pass.biasGradient(l).get(0, j), trace.gradient(lowered.bias(l - 1, j)), "∂b");
            } else if (spec.biasMode() == BiasMode.PER_LAYER) {
                close(pass.sharedBiasGradient(l), trace.gradient(lowered.bias(l - 1, 0)), preset + " shared ∂b");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("networkPresets")
    void aBatchGradientIsTheSumOrMeanOfThePerSampleGradients(String preset) {
        NetworkDocument doc = document(preset);
        List<Sample> batch = doc.data().train().subList(0, Math.min(5, doc.data().train().size()));
        double[] mean = GradientCheck.analyticGradient(doc.network(), batch);

        double[] meanPass = MatrixPass.compute(doc.network(), batch, MatrixPass.Reduction.MEAN, 0).gradientVector();
        double[] sumPass = MatrixPass.compute(doc.network(), batch).gradientVector();

        assertThat(meanPass).hasSameSizeAs(mean);
        for (int i = 0; i < mean.length; i++) {
            close(meanPass[i], mean[i], preset + " mean gradient " + i);
            close(sumPass[i], mean[i] * batch.size(), preset + " summed gradient " + i);
        }
    }

    @Test
    void l2AddsItsTermToTheCostAndTheWeightGradientsAsTheTrainerDoes() {
        NetworkDocument doc = document("welch");
        List<Sample> batch = doc.data().train();
        double lambda = 0.01;
        FastNetwork fast = new FastNetwork(doc.network(), TrainingOptions.builder().iterations(1).l2(lambda).build());

        MatrixPass pass = MatrixPass.compute(doc.network(), batch, MatrixPass.Reduction.MEAN, lambda);

        close(pass.cost(), fast.objective(batch), "objective");
        double[] expected = fast.gradients(batch).vector(doc.network());
        double[] actual = pass.gradientVector();
        for (int i = 0; i < expected.length; i++) close(actual[i], expected[i], "gradient " + i);
        double squares = 0;
        for (double[][] layer : doc.network().weights()) for (double[] row : layer) for (double w : row) squares += w * w;
        close(pass.penalty(), lambda / 2 * squares, "penalty");
    }

    @Test
    void theWelchBatchHasARowPerStudent() {
        NetworkDocument doc = document("welch");

        MatrixPass pass = MatrixPass.compute(doc.network(), doc.data().train());

        assertThat(pass.input().shape()).isEqualTo("3×2");
        assertThat(pass.weights(1).shape()).isEqualTo("2×3");
        assertThat(pass.net(1).shape()).isEqualTo("3×3");
        assertThat(pass.out(2).shape()).isEqualTo("3×1");
        assertThat(pass.input().get(2, 0)).isEqualTo(1.0);
        double[] losses = pass.sampleLosses();
        for (int s = 0; s < 3; s++) {
            close(losses[s], NetworkTrace.trace(doc.network(), doc.data().train().get(s)).outputValue(), "sample " + s);
        }
        close(pass.cost(), losses[0] + losses[1] + losses[2], "J is the sum");
    }

    @Test
    void theUpdateIsOneGradientStepAsTheScalarTraceMakesIt() {
        NetworkSpec spec = LectureNetwork.spec();
        LoweredNetwork lowered = Lowering.lower(spec, LectureNetwork.sample());
        Trace trace = NetworkTrace.trace(lowered);

        MatrixPass pass = MatrixPass.compute(spec, List.of(LectureNetwork.sample()));

        close(pass.updatedWeights(2).get(0, 0), trace.updates().get(lowered.weight(1, 0, 0)), "w5+");
        assertThat(pass.updatedWeights(2).get(0, 0)).isCloseTo(0.35891648, within(5e-9));
        assertThat(pass.updatedWeights(1).get(0, 0)).isCloseTo(0.149780716, within(1e-9));
    }

    @Test
    void badInputsSayWhatIsWrong() {
        NetworkSpec spec = LectureNetwork.spec();
        assertThatThrownBy(() -> MatrixPass.compute(spec, List.of())).hasMessageContaining("at least one sample");
        assertThatThrownBy(() -> MatrixPass.compute(spec, List.of(new Sample(new double[] {1}, new double[] {1, 2}))))
                .hasMessageContaining("needs 2 inputs");
        assertThatThrownBy(() -> MatrixPass.compute(spec, List.of(LectureNetwork.sample()), MatrixPass.Reduction.SUM, -1))
                .hasMessageContaining("λ");
        MatrixPass pass = MatrixPass.compute(spec, List.of(LectureNetwork.sample()));
        assertThatThrownBy(() -> pass.weights(3)).hasMessageContaining("layer 3");
    }
}

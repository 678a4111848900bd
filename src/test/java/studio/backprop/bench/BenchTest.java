package studio.backprop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.RunnerException;
import studio.backprop.cli.Cli;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.train.FastNetwork;

/**
 * The bench's wiring: JMH runs and prints parseable lines, its hand-written step is the lecture's, the pulse
 * percentiles are nearest-rank. No timings are asserted; the toolkit figures run only with {@code -Pbench}.
 */
class BenchTest {



    @Test
    void thePlainStepGivesTheLectureWeightsAfterOneUpdate() {
        double[] w = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};

        double outO1 = PlainStep.step(w, 0.35, 0.60, 0.05, 0.10, 0.01, 0.99, 0.5);

        assertThat(outO1).isCloseTo(0.75136507, within(1e-8));
        assertThat(w[4]).isCloseTo(0.35891648, within(1e-8));
        assertThat(w[0]).isCloseTo(0.149780716, within(1e-9));
        assertThat(w[1]).isCloseTo(0.19956143, within(1e-8));
        assertThat(w[3]).isCloseTo(0.29950229, within(1e-8));
    }

    @Test
    void thePlainStepAndTheCoreStepAgreeOverManySteps() {
        double[] w = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
        FastNetwork network = new FastNetwork(LectureNetwork.spec());
        for (int i = 0; i < 1000; i++) {
            PlainStep.step(w, 0.35, 0.60, 0.05, 0.10, 0.01, 0.99, 0.5);
            network.step(List.of(LectureNetwork.sample()));
        }
        double[][][] core = network.toSpec().weights();

        assertThat(w).containsExactly(new double[] {core[0][0][0], core[0][0][1], core[0][1][0], core[0][1][1],
                core[1][0][0], core[1][0][1], core[1][1][0], core[1][1][1]}, within(1e-12));
    }

    @Test
    void theMedianIsTheMiddleValue() {
        assertThat(Harness.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Harness.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void jmhRunsTheLectureStepAndItsPlainTwinAndPrintsTheirRatio() throws RunnerException {
        List<String> lines = new ArrayList<>();

        JmhFigures.run(JmhFigures.Settings.smoke(), TrainingBenchmarks.class.getName() + ".mazur", lines::add);

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).matches("train\\.mazur\\.(step|plainloop) [0-9.]+ ns ±[0-9.]+");
        assertThat(lines.get(2)).matches("train\\.mazur\\.ratio [0-9.]+ x");
        assertThat(lines.get(5)).matches("train\\.mazur\\.ratio\\.cpu [0-9.]+ x");
    }

    @Test
    void theCommandLineNoLongerShipsTheBench() {
        Cli.Result help = Cli.capture("--help");

        assertThat(help.out()).contains("trace").doesNotContain("bench");
    }

    @Test
    void percentilesAreNearestRank() {
        int[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(WindowPulses.percentile(sorted, 50)).isEqualTo(5);
        assertThat(WindowPulses.percentile(sorted, 90)).isEqualTo(9);
        assertThat(WindowPulses.percentile(new int[] {7}, 90)).isEqualTo(7);
    }
}

package studio.backprop.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.cli.Cli;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.train.FastNetwork;

/** The bench runs every figure and prints parseable lines; its hand-written step is the lecture's. No timings are asserted. */
class BenchTest {
    @org.junit.jupiter.api.BeforeAll
    static void startToolkitThroughTestFx() {
        studio.backprop.app.FxTestToolkit.start();
    }

    private static final List<String> FIGURES = List.of("train.mazur.step", "train.mazur.plainloop", "train.mazur.ratio",
            "train.playground.2881", "trace.mazur", "trace.1000weights", "export.png.4x", "render.network.1000edges", "render.network.1000edges.fit",
            "render.network.784x128x10",
            "render.graph.500nodes", "ui.pause.max.training100k", "startup.window", "heap.used.max");

    @Test
    void aTinyRunPrintsOneParseableLinePerFigure() {
        List<String> lines = new ArrayList<>();

        new Bench(Bench.Settings.tiny()).run(lines::add);

        assertThat(lines).hasSize(FIGURES.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).matches("^[a-z0-9.]+ \\S+ \\S+.*").startsWith(FIGURES.get(i) + " ");
        }
        for (String line : lines) {
            if (line.contains(" n/a ")) continue;
            assertThat(Double.parseDouble(line.split(" ")[1])).as(line).isPositive().isFinite();
        }
    }

    @Test
    void thePlainStepGivesTheLectureWeightsAfterOneUpdate() {
        double[] w = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};

        double outO1 = Bench.plainStep(w, 0.35, 0.60, 0.05, 0.10, 0.01, 0.99, 0.5);

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
            Bench.plainStep(w, 0.35, 0.60, 0.05, 0.10, 0.01, 0.99, 0.5);
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
    void theCommandIsListedWithItsQuickOption() {
        Cli.Result help = Cli.capture("bench", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--quick");
    }
}

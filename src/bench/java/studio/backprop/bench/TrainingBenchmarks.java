package studio.backprop.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.FastNetwork;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingOptions;

/** Training figures: one exact SGD step of the lecture network, its hand-written twin, and a Playground-sized run. */
public class TrainingBenchmarks {
    /** The Playground run: 2-8-8-1, tanh hidden layers, sigmoid output with cross-entropy, 500 points, batch 10, 100 epochs. */
    static final int[] PLAYGROUND_SIZES = {2, 8, 8, 1};
    static final int PLAYGROUND_POINTS = 500;
    static final int PLAYGROUND_BATCH = 10;
    static final double PLAYGROUND_RATE = 0.03;
    static final int PLAYGROUND_EPOCHS = 100;

    /** The lecture network in the core's fast path, stepped in place. */
    @State(Scope.Thread)
    public static class Lecture {
        FastNetwork network;
        List<Sample> batch;
        double[] plainWeights;

        @Setup(Level.Trial)
        public void setUp() {
            network = new FastNetwork(LectureNetwork.spec());
            batch = List.of(LectureNetwork.sample());
            plainWeights = new double[] {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
        }
    }

    /** The Playground run's network and points. */
    @State(Scope.Benchmark)
    public static class Playground {
        NetworkSpec spec;
        List<Sample> points;
        TrainingOptions options;

        @Setup(Level.Trial)
        public void setUp() {
            spec = Networks.create(PLAYGROUND_SIZES, List.of(Activation.TANH, Activation.TANH, Activation.SIGMOID),
                    Loss.CROSS_ENTROPY, BiasMode.PER_NEURON, PLAYGROUND_RATE, Initializer.xavier(), 1);
            points = Datasets.circle(PLAYGROUND_POINTS, 0, 1, 0).train();
            int iterations = PLAYGROUND_EPOCHS * PLAYGROUND_POINTS / PLAYGROUND_BATCH;
            options = TrainingOptions.builder().iterations(iterations).batchSize(PLAYGROUND_BATCH)
                    .maxHistoryPoints(16).lossEvery(iterations + 1).build();
        }
    }

    /** {@code train.mazur.step}: one exact SGD step through the core's {@link FastNetwork#step}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public FastNetwork mazurStep(Lecture lecture) {
        lecture.network.step(lecture.batch);
        return lecture.network;
    }

    /** {@code train.mazur.plainloop}: the same step written out by hand ({@link PlainStep}). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double mazurPlainLoop(Lecture lecture) {
        return PlainStep.step(lecture.plainWeights, 0.35, 0.60, 0.05, 0.10, 0.01, 0.99, 0.5);
    }

    /** {@code train.playground.2881}: a whole Playground run through {@link Trainer#train}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double playground(Playground run) {
        return Trainer.train(run.spec, run.points, run.options).finalError();
    }
}

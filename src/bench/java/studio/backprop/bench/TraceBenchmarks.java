package studio.backprop.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import studio.backprop.core.Computation;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;

/** Editing one weight and recomputing the whole trace: values, gradients and every step's equation. */
public class TraceBenchmarks {
    /** The document and the same document with its first weight moved up and down by 0.01. */
    @State(Scope.Thread)
    public static class Edited {
        /** {@code mazur}: the lecture network; {@code 1000weights}: a 2-30-30-2 sigmoid network (1,020 weights). */
        @Param({"mazur", "1000weights"})
        public String network;
        NetworkDocument[] edits;
        int count;

        @Setup(Level.Trial)
        public void setUp() {
            NetworkDocument document = network.equals("mazur") ? (NetworkDocument) Presets.load("mazur").document()
                    : thousandWeights();
            NetworkSpec spec = document.network();
            double first = spec.weight(0, 0, 0);
            edits = new NetworkDocument[] {
                    document.withNetwork(spec.withWeight(0, 0, 0, first + 0.01)),
                    document.withNetwork(spec.withWeight(0, 0, 0, first - 0.01))};
        }
    }

    /** A 2-30-30-2 sigmoid network (1,020 weights) on the lecture's sample. */
    static NetworkDocument thousandWeights() {
        NetworkSpec spec = Networks.create(new int[] {2, 30, 30, 2}, List.of(Activation.SIGMOID, Activation.SIGMOID,
                Activation.SIGMOID), Loss.HALF_SSE, Initializer.xavier(), 1);
        return new NetworkDocument("bench-2-30-30-2", spec, Dataset.single("lecture", LectureNetwork.sample()), 0);
    }

    /** {@code trace.mazur} and {@code trace.1000weights}. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Trace traceAfterEdit(Edited edited) {
        return Computation.trace(edited.edits[edited.count++ & 1]);
    }
}

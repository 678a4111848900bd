package studio.backprop.bench;

import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * A small in-process timing harness: it calibrates how many operations fill one round, runs warm-up
 * rounds so the JIT compiles the work, then times several rounds and reports the median time per
 * operation. Every operation's result is summed and written to a volatile field (a blackhole), so the
 * JIT cannot drop the work; after each measurement it also records the heap in use after a full collection
 * (the live data, not the garbage the rounds left), keeping the largest.
 */
public final class Harness {
    /** One operation to time; its result is consumed so the computation cannot be removed. */
    @FunctionalInterface
    public interface Work {
        /** Does the work once and returns a number that depends on it. */
        double run();
    }

    /** How long to measure: warm-up and measured rounds, and the target length of one round. */
    public record Settings(int warmupRounds, int rounds, long roundNanos) {
        public Settings {
            if (warmupRounds < 0 || rounds < 1 || roundNanos < 1) {
                throw new IllegalArgumentException("bench settings need warm-up ≥ 0, rounds ≥ 1 and a positive round length");
            }
        }
    }

    /** The blackhole: written after every round, so each operation's result is observable. */
    private static volatile double sink;

    private long heapUsedMax;

    /** Median nanoseconds per operation of {@code work} over the measured rounds. */
    public double medianNanos(Work work, Settings settings) {
        long ops = calibrate(work, settings.roundNanos());
        for (int r = 0; r < settings.warmupRounds(); r++) round(work, ops);
        double[] perOp = new double[settings.rounds()];
        for (int r = 0; r < perOp.length; r++) perOp[r] = (double) round(work, ops) / ops;
        observeLiveHeap();
        Reference.reachabilityFence(work);
        return median(perOp);
    }

    /** Consumes a value outside a timed loop (e.g. the state a mutating operation left). */
    public static void consume(double value) {
        sink += value;
    }

    /** Largest heap in use after a full collection (bytes) seen so far: after each measurement and now. */
    public long heapUsedMax() {
        observeLiveHeap();
        return heapUsedMax;
    }

    /** The middle value (the mean of the two middle values for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Operations per round: doubled until one batch takes at least a tenth of a round, then scaled. */
    private long calibrate(Work work, long roundNanos) {
        long ops = 1;
        while (true) {
            long elapsed = round(work, ops);
            if (elapsed >= roundNanos / 10 || ops >= Long.MAX_VALUE / 4) {
                return Math.max(1, Math.round((double) ops * roundNanos / Math.max(elapsed, 1)));
            }
            ops *= 2;
        }
    }

    /** Runs {@code ops} operations and returns the elapsed nanoseconds. */
    private long round(Work work, long ops) {
        double sum = 0;
        long start = System.nanoTime();
        for (long i = 0; i < ops; i++) sum += work.run();
        long elapsed = System.nanoTime() - start;
        sink = sum;
        return elapsed;
    }

    private void observeLiveHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        heapUsedMax = Math.max(heapUsedMax, runtime.totalMemory() - runtime.freeMemory());
    }
}

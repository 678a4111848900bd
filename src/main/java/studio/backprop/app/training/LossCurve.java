package studio.backprop.app.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training and test loss over the iterations of a run, immutable and bounded: at most
 * {@link #MAX_POINTS} points (plus the latest), evenly decimated, so drawing it stays fast past 100,000
 * iterations. A test loss is NaN when the data has no test set.
 */
public final class LossCurve {
    /** The most points a curve keeps (besides the latest one). */
    public static final int MAX_POINTS = 2_000;
    /** A curve without points. */
    public static final LossCurve EMPTY = new LossCurve(new int[0], new double[0], new double[0], List.of());

    private final int[] iterations;
    private final double[] train;
    private final double[] test;
    private final List<Marker> markers;

    private LossCurve(int[] iterations, double[] train, double[] test, List<Marker> markers) {
        this.iterations = iterations;
        this.train = train;
        this.test = test;
        this.markers = List.copyOf(markers);
    }

    /**
     * A mark on the curve after {@code iteration} updates: where a schedule changed η ({@code stop} false) or
     * where a stopping rule ended the run ({@code stop} true), with a short label ("η = 0.005", "stop").
     */
    public record Marker(int iteration, boolean stop, String label) { }

    /** The marks, in the order they were made. */
    public List<Marker> markers() { return markers; }

    /** How many points the curve has. */
    public int size() { return iterations.length; }

    /** The iteration of point i (0 is the start, before any update). */
    public int iteration(int i) { return iterations[i]; }

    /** The mean training loss at point i. */
    public double train(int i) { return train[i]; }

    /** The training losses of every point, in order (a copy). */
    public double[] trainLosses() { return train.clone(); }

    /** The mean test loss at point i, NaN without a test set. */
    public double test(int i) { return test[i]; }

    /** The last iteration on the curve, 0 when it is empty. */
    public int lastIteration() { return iterations.length == 0 ? 0 : iterations[iterations.length - 1]; }

    /** Whether any point has a test loss. */
    public boolean hasTest() {
        for (double value : test) if (!Double.isNaN(value)) return true;
        return false;
    }

    /**
     * Collects points from the training thread while the window thread copies them; thread-safe. When it
     * holds {@link #MAX_POINTS} it drops every other point and from then on keeps only every 2nd (4th, …)
     * point it is given.
     */
    public static final class Recorder {
        private final int max;
        private int[] iterations;
        private double[] train;
        private double[] test;
        private int size;
        private long offered;
        private int stride = 1;
        private int lastIteration = -1;
        private double lastTrain;
        private double lastTest;
        private final List<Marker> marks = new ArrayList<>();

        /** A recorder that keeps at most {@link #MAX_POINTS} points. */
        public Recorder() {
            this(MAX_POINTS);
        }

        /** A recorder that keeps at most {@code max} (at least 2) points. */
        public Recorder(int max) {
            if (max < 2) throw new IllegalArgumentException("a loss curve needs room for at least 2 points, not " + max);
            this.max = max;
            this.iterations = new int[max];
            this.train = new double[max];
            this.test = new double[max];
        }

        /** Adds the losses measured after {@code iteration} updates; iterations must increase. */
        public synchronized void add(int iteration, double trainLoss, double testLoss) {
            if (iteration <= lastIteration) return;
            lastIteration = iteration;
            lastTrain = trainLoss;
            lastTest = testLoss;
            if (offered++ % stride != 0) return;
            iterations[size] = iteration;
            train[size] = trainLoss;
            test[size] = testLoss;
            size++;
            if (size == max) {
                int kept = 0;
                for (int i = 0; i < size; i += 2) {
                    iterations[kept] = iterations[i];
                    train[kept] = train[i];
                    test[kept] = test[i];
                    kept++;
                }
                size = kept;
                stride *= 2;
            }
        }

        /** Marks an iteration: a change of η or the stop of a run. */
        public synchronized void mark(Marker marker) {
            marks.add(marker);
        }

        /** An immutable copy of the points so far, ending with the latest one. */
        public synchronized LossCurve copy() {
            boolean appendLast = lastIteration >= 0 && (size == 0 || iterations[size - 1] != lastIteration);
            int n = size + (appendLast ? 1 : 0);
            int[] its = Arrays.copyOf(iterations, n);
            double[] tr = Arrays.copyOf(train, n);
            double[] te = Arrays.copyOf(test, n);
            if (appendLast) {
                its[n - 1] = lastIteration;
                tr[n - 1] = lastTrain;
                te[n - 1] = lastTest;
            }
            return new LossCurve(its, tr, te, marks);
        }
    }
}

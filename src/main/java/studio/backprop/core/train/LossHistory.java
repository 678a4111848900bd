package studio.backprop.core.train;

import java.util.Arrays;

/**
 * The loss per iteration, immutable and bounded: when more points arrive than it may keep, every other
 * point is dropped and only every 2nd, 4th, … iteration is recorded from then on, so the curve stays
 * evenly sampled. The last iteration is always kept.
 */
public final class LossHistory {
    private final int[] iterations;
    private final double[] losses;

    private LossHistory(int[] iterations, double[] losses) {
        this.iterations = iterations;
        this.losses = losses;
    }

    public int size() { return losses.length; }

    /** The iteration (from 1) of point i. */
    public int iteration(int i) { return iterations[i]; }

    /** The mean training loss measured at point i, before that iteration's update. */
    public double loss(int i) { return losses[i]; }

    /** A copy of the iterations. */
    public int[] iterations() { return iterations.clone(); }

    /** A copy of the losses. */
    public double[] losses() { return losses.clone(); }

    public boolean isEmpty() { return losses.length == 0; }

    /** Collects points while training; not thread-safe. */
    static final class Recorder {
        private final int max;
        private int[] iterations = new int[16];
        private double[] losses = new double[16];
        private int size;
        private int stride = 1;
        private int lastIteration;
        private double lastLoss;

        Recorder(int max) {
            this.max = max;
        }

        /** Records the loss of iteration {@code iteration} (1, 2, 3, … in order). */
        void add(int iteration, double loss) {
            lastIteration = iteration;
            lastLoss = loss;
            if ((iteration - 1) % stride != 0) return;
            if (size == iterations.length) {
                iterations = Arrays.copyOf(iterations, size * 2);
                losses = Arrays.copyOf(losses, size * 2);
            }
            iterations[size] = iteration;
            losses[size] = loss;
            size++;
            if (size >= max) {
                int kept = 0;
                for (int i = 0; i < size; i += 2) {
                    iterations[kept] = iterations[i];
                    losses[kept] = losses[i];
                    kept++;
                }
                size = kept;
                stride *= 2;
            }
        }

        LossHistory build() {
            int n = size;
            boolean appendLast = lastIteration > 0 && (n == 0 || iterations[n - 1] != lastIteration);
            int[] its = Arrays.copyOf(iterations, n + (appendLast ? 1 : 0));
            double[] ls = Arrays.copyOf(losses, n + (appendLast ? 1 : 0));
            if (appendLast) {
                its[n] = lastIteration;
                ls[n] = lastLoss;
            }
            return new LossHistory(its, ls);
        }
    }
}

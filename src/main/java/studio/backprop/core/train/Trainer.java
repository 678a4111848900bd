package studio.backprop.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.Sample;

/**
 * Trains a network with mini-batch SGD on the fast array path, with the momentum, regularisation, dropout
 * and shuffling of its {@link TrainingOptions}. One iteration is one update from one mini-batch; without
 * shuffling, batches take the training samples in order and wrap around; with shuffling, every epoch
 * starts with a fresh permutation drawn from the seed and ends with a batch of the samples left over.
 * Before each update (or every {@link TrainingOptions#lossEvery()} updates) the mean loss over the whole
 * training set is recorded. Divergence is detected the same way for every network: a loss that is not
 * finite or rises above {@link #LOSS_GROWTH} times its value before training, or a weight or bias beyond
 * ±{@link #MAX_PARAMETER}, ends the run with {@link TrainingResult.Status#DIVERGED}, a message naming the
 * iteration, and the last network before it: a NaN is never returned silently.
 */
public final class Trainer {
    /** A weight or bias beyond ± this has diverged: no session file can hold it. */
    public static final double MAX_PARAMETER = 1e12;
    /** A loss this many times its value before training (or above this × 10⁻⁶ from a loss near 0) has diverged. */
    public static final double LOSS_GROWTH = 1e6;

    private Trainer() { }

    /**
     * The work of a run in parameter × sample evaluations: each update a forward and backward pass over its
     * batch (3 evaluations a parameter and sample), each loss measurement a forward pass over the whole set, and
     * a fixed cost per iteration. {@code core.io.Limits#MAX_WORK} bounds it for the command line.
     */
    public static double work(NetworkSpec spec, int samples, TrainingOptions options) {
        int batch = options.batchSize() == 0 ? samples : Math.min(options.batchSize(), samples);
        double parameters = spec.parameterCount();
        double lossMeasurements = 2 + (double) options.iterations() / options.lossEvery();
        return (double) options.iterations() * (3.0 * batch * parameters + 100) + lossMeasurements * samples * parameters;
    }

    /** Trains without a listener. */
    public static TrainingResult train(NetworkSpec spec, List<Sample> samples, TrainingOptions options) {
        return train(spec, samples, options, TrainingListener.NONE);
    }

    /**
     * Trains, calling the listener every {@code options.snapshotEvery()} iterations; the listener or an
     * interrupt of the calling thread stops the run with {@link TrainingResult.Status#STOPPED}.
     */
    public static TrainingResult train(NetworkSpec spec, List<Sample> samples, TrainingOptions options,
                                       TrainingListener listener) {
        if (samples.isEmpty()) throw new IllegalArgumentException("training needs at least one training sample");
        for (Sample sample : samples) NetworkSpecs.requireFits(spec, sample);
        FastNetwork network = new FastNetwork(spec, options);
        int n = samples.size();
        int batchSize = options.batchSize() == 0 ? n : Math.min(options.batchSize(), n);
        Batches batches = new Batches(samples, batchSize, options);
        double before = Double.NaN;
        LossHistory.Recorder history = new LossHistory.Recorder(options.maxHistoryPoints());
        double[] saved = new double[network.storedParameterCount()];
        double firstUpdateError = Double.NaN;
        int updates = 0;
        TrainingResult.Status status = TrainingResult.Status.COMPLETED;
        String message = "";
        double ceiling = Double.POSITIVE_INFINITY;
        for (int iteration = 1; iteration <= options.iterations(); iteration++) {
            if (iteration <= 2 || (iteration - 1) % options.lossEvery() == 0) {
                before = network.meanLoss(samples);
                if (iteration == 1 && Double.isFinite(before)) ceiling = LOSS_GROWTH * Math.max(before, 1e-6);
                if (!(before <= ceiling)) {
                    status = TrainingResult.Status.DIVERGED;
                    message = divergence(iteration, before, spec);
                    if (iteration == 2) firstUpdateError = before;
                    if (updates > 0) {
                        network.restoreParameters(saved);
                        updates--;
                    }
                    break;
                }
                history.add(iteration, before);
            }
            if (iteration == 2) firstUpdateError = before;
            if (Thread.currentThread().isInterrupted()) {
                status = TrainingResult.Status.STOPPED;
                message = "stopped after " + updates + " of " + options.iterations() + " iterations";
                break;
            }
            network.saveParameters(saved);
            network.step(batches.next(iteration - 1));
            updates++;
            if (!network.isWithin(MAX_PARAMETER)) {
                status = TrainingResult.Status.DIVERGED;
                message = "training diverged at iteration " + iteration + ": a weight or bias went beyond ±10¹² "
                        + "or stopped being a finite number" + advice(spec);
                network.restoreParameters(saved);
                updates--;
                break;
            }
            if (options.snapshotEvery() > 0 && iteration % options.snapshotEvery() == 0
                    && !listener.onSnapshot(new TrainingSnapshot(iteration, before, network.toSpec(), network.gradientSizes()))) {
                status = TrainingResult.Status.STOPPED;
                message = "stopped after " + updates + " of " + options.iterations() + " iterations";
                break;
            }
        }
        double finalError = network.meanLoss(samples);
        if (!(finalError <= ceiling) && updates > 0 && status != TrainingResult.Status.DIVERGED) {
            status = TrainingResult.Status.DIVERGED;
            message = divergence(updates + 1, finalError, spec);
            if (updates == 1) firstUpdateError = finalError;
            network.restoreParameters(saved);
            updates--;
            finalError = network.meanLoss(samples);
        }
        if (updates == 1 && status != TrainingResult.Status.DIVERGED) firstUpdateError = finalError;
        double[][] outputs = new double[n][];
        for (int s = 0; s < n; s++) outputs[s] = network.predict(samples.get(s).inputs());
        return new TrainingResult(network.toSpec(), history.build(), updates, firstUpdateError, finalError, outputs,
                status, message, network.gradientSizes());
    }

    /** The mean per-sample loss of the spec over the samples (e.g. after training). */
    public static double loss(NetworkSpec spec, List<Sample> samples) {
        return new FastNetwork(spec).meanLoss(samples);
    }

    /** The spec's outputs for each sample, [sample][output]. */
    public static double[][] outputs(NetworkSpec spec, List<Sample> samples) {
        FastNetwork network = new FastNetwork(spec);
        double[][] out = new double[samples.size()][];
        for (int s = 0; s < out.length; s++) out[s] = network.predict(samples.get(s).inputs());
        return out;
    }

    /** The samples of batch number {@code index}: consecutive samples, wrapping around the set. */
    static List<Sample> batch(List<Sample> samples, int index, int size) {
        int n = samples.size();
        if (size == n) return samples;
        int start = (int) ((long) index * size % n);
        if (start + size <= n) return samples.subList(start, start + size);
        List<Sample> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) batch.add(samples.get((start + i) % n));
        return batch;
    }

    /** The mini-batches of a run: in order and wrapping, or per epoch from a seeded permutation. */
    private static final class Batches {
        private final List<Sample> samples;
        private final int size;
        private final List<Sample> order;
        private final SplittableRandom random;
        private int position;

        Batches(List<Sample> samples, int size, TrainingOptions options) {
            this.samples = samples;
            this.size = size;
            this.order = options.shuffle() ? new ArrayList<>(samples) : null;
            this.random = options.shuffle() ? new SplittableRandom(options.seed()).split() : null;
        }

        /** The batch of iteration {@code index} (from 0). */
        List<Sample> next(int index) {
            if (order == null) return batch(samples, index, size);
            if (position == 0) {
                for (int i = order.size() - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    Sample swap = order.get(i);
                    order.set(i, order.get(j));
                    order.set(j, swap);
                }
            }
            int end = Math.min(position + size, order.size());
            List<Sample> batch = order.subList(position, end);
            position = end == order.size() ? 0 : end;
            return batch;
        }
    }

    private static String divergence(int iteration, double loss, NetworkSpec spec) {
        String when = iteration == 1 ? "before the first update" : "after update " + (iteration - 1);
        String what = Double.isFinite(loss) ? "the loss rose to " + NumberStyle.digits(4).format(loss) + " " + when
                + ", more than a million times its value before training" : "the loss became " + loss + " " + when;
        return "training diverged at iteration " + iteration + ": " + what + advice(spec);
    }

    private static String advice(NetworkSpec spec) {
        return "; try a learning rate below " + NumberStyle.digits(4).format(spec.learningRate());
    }
}

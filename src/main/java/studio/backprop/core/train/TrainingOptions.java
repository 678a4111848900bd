package studio.backprop.core.train;

/**
 * How long and on what to train.
 *
 * @param iterations       number of updates (one iteration = one mini-batch update), at least 1
 * @param batchSize        samples per update; 0 means the whole training set (the lecture's one sample)
 * @param snapshotEvery    call the listener every this many iterations; 0 never
 * @param maxHistoryPoints the loss history keeps at most this many points (at least 2), decimating evenly
 */
public record TrainingOptions(int iterations, int batchSize, int snapshotEvery, int maxHistoryPoints) {
    /** The default bound on the loss history. */
    public static final int DEFAULT_HISTORY_POINTS = 10_000;

    public TrainingOptions {
        if (iterations < 1) throw new IllegalArgumentException("training needs at least 1 iteration, not " + iterations);
        if (batchSize < 0) throw new IllegalArgumentException("the batch size must be 0 (whole set) or positive, not " + batchSize);
        if (snapshotEvery < 0) throw new IllegalArgumentException("snapshots every " + snapshotEvery + " iterations: must be 0 or positive");
        if (maxHistoryPoints < 2) throw new IllegalArgumentException("the loss history needs room for at least 2 points, not " + maxHistoryPoints);
    }

    /** Full-batch training for this many iterations, no snapshots, the default history bound. */
    public static TrainingOptions iterations(int iterations) {
        return new TrainingOptions(iterations, 0, 0, DEFAULT_HISTORY_POINTS);
    }

    public TrainingOptions withBatchSize(int size) {
        return new TrainingOptions(iterations, size, snapshotEvery, maxHistoryPoints);
    }

    public TrainingOptions withSnapshotEvery(int every) {
        return new TrainingOptions(iterations, batchSize, every, maxHistoryPoints);
    }

    public TrainingOptions withMaxHistoryPoints(int points) {
        return new TrainingOptions(iterations, batchSize, snapshotEvery, points);
    }
}

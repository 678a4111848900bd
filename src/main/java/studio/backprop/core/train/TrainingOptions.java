package studio.backprop.core.train;

/**
 * How long, on what and with which techniques to train. The defaults (no momentum, no regularisation,
 * no dropout, no shuffling, the loss measured every iteration) are plain SGD as the lecture does it.
 *
 * @param iterations       number of updates (one iteration = one mini-batch update), at least 1
 * @param batchSize        samples per update; 0 means the whole training set (the lecture's one sample)
 * @param snapshotEvery    call the listener every this many iterations; 0 never
 * @param maxHistoryPoints the loss history keeps at most this many points (at least 2), decimating evenly
 * @param momentum         μ of classical momentum, 0 ≤ μ < 1: v ← μ·v − η·∂E/∂p, p ← p + v (0: plain SGD)
 * @param l2               λ of L2 regularisation (weight decay), ≥ 0: the loss gains λ/2·Σw² over the weights, not the biases
 * @param l1               λ of L1 regularisation, ≥ 0: the loss gains λ·Σ|w| over the weights, not the biases
 * @param dropout          the rate p at which hidden units are dropped during training, 0 ≤ p < 1 (inverted dropout)
 * @param shuffle          whether the training samples are shuffled at the start of every epoch
 * @param seed             seeds the shuffling and the dropout masks; the same seed gives the same run
 * @param lossEvery        the mean loss over the whole training set is measured before iterations 1, 2 and every
 *                         {@code lossEvery}-th one after that (1: before every iteration)
 */
public record TrainingOptions(int iterations, int batchSize, int snapshotEvery, int maxHistoryPoints,
                              double momentum, double l2, double l1, double dropout, boolean shuffle, long seed,
                              int lossEvery) {
    /** The default bound on the loss history. */
    public static final int DEFAULT_HISTORY_POINTS = 10_000;

    public TrainingOptions {
        if (iterations < 1) throw new IllegalArgumentException("training needs at least 1 iteration, not " + iterations);
        if (batchSize < 0) throw new IllegalArgumentException("the batch size must be 0 (whole set) or positive, not " + batchSize);
        if (snapshotEvery < 0) throw new IllegalArgumentException("snapshots every " + snapshotEvery + " iterations: must be 0 or positive");
        if (maxHistoryPoints < 2) throw new IllegalArgumentException("the loss history needs room for at least 2 points, not " + maxHistoryPoints);
        if (!(momentum >= 0 && momentum < 1)) throw new IllegalArgumentException("the momentum must be at least 0 and below 1, not " + momentum);
        if (!(l2 >= 0) || !Double.isFinite(l2)) throw new IllegalArgumentException("the L2 strength must be 0 or a positive number, not " + l2);
        if (!(l1 >= 0) || !Double.isFinite(l1)) throw new IllegalArgumentException("the L1 strength must be 0 or a positive number, not " + l1);
        if (!(dropout >= 0 && dropout < 1)) throw new IllegalArgumentException("the dropout rate must be at least 0 and below 1, not " + dropout);
        if (lossEvery < 1) throw new IllegalArgumentException("the loss must be measured every 1 or more iterations, not " + lossEvery);
    }

    /** The options of the first version: plain SGD, no shuffling, the loss measured every iteration. */
    public TrainingOptions(int iterations, int batchSize, int snapshotEvery, int maxHistoryPoints) {
        this(iterations, batchSize, snapshotEvery, maxHistoryPoints, 0, 0, 0, 0, false, 0, 1);
    }

    /** Full-batch training for this many iterations, no snapshots, the default history bound. */
    public static TrainingOptions iterations(int iterations) {
        return new TrainingOptions(iterations, 0, 0, DEFAULT_HISTORY_POINTS);
    }

    /** Plain SGD options to change one by one: one iteration, the whole set per update, no snapshots. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().iterations(iterations).batchSize(batchSize).snapshotEvery(snapshotEvery)
                .maxHistoryPoints(maxHistoryPoints).momentum(momentum).l2(l2).l1(l1).dropout(dropout).shuffle(shuffle)
                .seed(seed).lossEvery(lossEvery);
    }

    /** Mini-batches in one pass over {@code trainSize} samples at this batch size. */
    public int batchesPerEpoch(int trainSize) {
        int batch = batchSize == 0 ? trainSize : Math.min(batchSize, trainSize);
        return batch == 0 ? 1 : (trainSize + batch - 1) / batch;
    }

    /** Options built field by field; {@link #build()} checks them as the record does. */
    public static final class Builder {
        private int iterations = 1;
        private int batchSize;
        private int snapshotEvery;
        private int maxHistoryPoints = DEFAULT_HISTORY_POINTS;
        private double momentum;
        private double l2;
        private double l1;
        private double dropout;
        private boolean shuffle;
        private long seed;
        private int lossEvery = 1;

        private Builder() { }

        public Builder iterations(int count) {
            iterations = count;
            return this;
        }

        public Builder batchSize(int size) {
            batchSize = size;
            return this;
        }

        public Builder snapshotEvery(int every) {
            snapshotEvery = every;
            return this;
        }

        public Builder maxHistoryPoints(int points) {
            maxHistoryPoints = points;
            return this;
        }

        /** Classical momentum μ (0 turns it off). */
        public Builder momentum(double mu) {
            momentum = mu;
            return this;
        }

        /** L2 strength λ: the loss gains λ/2·Σw² over the weights (biases excluded), the gradient λ·w. */
        public Builder l2(double lambda) {
            l2 = lambda;
            return this;
        }

        /** L1 strength λ: the loss gains λ·Σ|w| over the weights (biases excluded), the gradient λ·sign(w). */
        public Builder l1(double lambda) {
            l1 = lambda;
            return this;
        }

        /** Dropout on the hidden layers at rate p during training (off at evaluation). */
        public Builder dropout(double rate) {
            dropout = rate;
            return this;
        }

        /** Shuffling of the training samples at every epoch on or off. */
        public Builder shuffle(boolean on) {
            shuffle = on;
            return this;
        }

        /** The seed of the shuffling and the dropout masks. */
        public Builder seed(long newSeed) {
            seed = newSeed;
            return this;
        }

        /** Measure the whole training set's loss only every this many iterations (it costs a pass over the set). */
        public Builder lossEvery(int every) {
            lossEvery = every;
            return this;
        }

        /** The options; a value out of range is refused with a message naming it. */
        public TrainingOptions build() {
            return new TrainingOptions(iterations, batchSize, snapshotEvery, maxHistoryPoints, momentum, l2, l1, dropout,
                    shuffle, seed, lossEvery);
        }
    }
}

package studio.backprop.core.io;

import java.util.Objects;
import studio.backprop.core.train.TrainingOptions;

/**
 * The training defaults a session file may carry ({@code "training": {…}}), so that {@code train --preset NAME}
 * starts from sensible settings. Every field is null when the file does not set it; the command line
 * overrides any of them.
 *
 * @param epochs     passes over the training set, or null
 * @param iterations updates, or null (a file sets at most one of epochs and iterations)
 * @param batchSize  samples per update (0: the whole set), or null
 * @param momentum   classical momentum μ, or null
 * @param l2         L2 strength λ (λ/2·Σw² over the weights), or null
 * @param l1         L1 strength λ (λ·Σ|w| over the weights), or null
 * @param dropout    dropout rate of the hidden layers, or null
 * @param shuffle    whether to shuffle the samples every epoch, or null
 * @param seed       seed of the shuffling and the dropout masks, or null
 * @param expand     the expansion of 8×8 training images to compare with ({@code shift}, {@code rotate}, {@code both}), or null
 * @param earlyStop  epochs without improvement on the validation split before stopping (0: off), or null
 * @param schedule   the learning-rate schedule ({@code constant}, {@code step}, {@code exponential}, {@code plateau}), or null
 * @param stopOn     what early stopping watches ({@code accuracy} or {@code cost}), or null
 * @param validation the share of the training samples held out to validate on, or null
 */
public record TrainingSettings(Integer epochs, Integer iterations, Integer batchSize, Double momentum, Double l2,
                               Double l1, Double dropout, Boolean shuffle, Long seed, String expand, Integer earlyStop,
                               String schedule, String stopOn, Double validation) {
    /** No settings: everything from the command line or the program's defaults. */
    public static final TrainingSettings NONE = new TrainingSettings(null, null, null, null, null, null, null, null, null);

    /** Settings without the reading list's expansion, stopping and schedule (as files before them held). */
    public TrainingSettings(Integer epochs, Integer iterations, Integer batchSize, Double momentum, Double l2,
                            Double l1, Double dropout, Boolean shuffle, Long seed) {
        this(epochs, iterations, batchSize, momentum, l2, l1, dropout, shuffle, seed, null, null, null, null, null);
    }

    public TrainingSettings {
        if (epochs != null && iterations != null) throw new IllegalArgumentException("set epochs or iterations, not both");
    }

    /** Whether the file sets nothing. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * These settings on top of {@code base}: the momentum, regularisation, dropout, shuffling, seed and batch
     * size set here replace the base's; the length is left to the caller.
     */
    public TrainingOptions applyTo(TrainingOptions base) {
        TrainingOptions options = base;
        if (batchSize != null) options = options.withBatchSize(batchSize);
        if (momentum != null) options = options.withMomentum(momentum);
        if (l2 != null) options = options.withL2(l2);
        if (l1 != null) options = options.withL1(l1);
        if (dropout != null) options = options.withDropout(dropout);
        if (shuffle != null) options = options.withShuffle(shuffle);
        if (seed != null) options = options.withSeed(seed);
        return Objects.requireNonNull(options);
    }
}

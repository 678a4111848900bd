package studio.backprop.core.io;

import java.util.OptionalLong;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.Schedule;
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
     * These settings with every field {@code top} sets replacing this one's: how a command line's options
     * override a session's defaults. A length in {@code top} (epochs or iterations) replaces both of these.
     */
    public TrainingSettings overriddenBy(TrainingSettings top) {
        boolean topLength = top.epochs != null || top.iterations != null;
        return new TrainingSettings(topLength ? top.epochs : epochs, topLength ? top.iterations : iterations,
                or(top.batchSize, batchSize), or(top.momentum, momentum), or(top.l2, l2), or(top.l1, l1),
                or(top.dropout, dropout), or(top.shuffle, shuffle), or(top.seed, seed), or(top.expand, expand),
                or(top.earlyStop, earlyStop), or(top.schedule, schedule), or(top.stopOn, stopOn), or(top.validation, validation));
    }

    /**
     * These settings on top of {@code base}: the momentum, regularisation, dropout, shuffling, seed and batch
     * size set here replace the base's; the length is left to the caller.
     */
    public TrainingOptions applyTo(TrainingOptions base) {
        TrainingOptions.Builder options = base.toBuilder();
        if (batchSize != null) options.batchSize(batchSize);
        if (momentum != null) options.momentum(momentum);
        if (l2 != null) options.l2(l2);
        if (l1 != null) options.l1(l1);
        if (dropout != null) options.dropout(dropout);
        if (shuffle != null) options.shuffle(shuffle);
        if (seed != null) options.seed(seed);
        return options.build();
    }

    /**
     * The one mapping from settings to options, shared by {@code train} and the Training tab: these settings
     * on top of the defaults of {@link TrainingOptions#builder()} (whole-set batches, no momentum, no
     * regularisation, no dropout, no shuffling, seed 0), for one iteration.
     *
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public TrainingOptions toOptions() {
        return applyTo(TrainingOptions.builder().build());
    }

    /**
     * The options of a run of {@code updates} iterations over {@code trainSize} samples: {@link #toOptions()}
     * with the loss over the whole training set measured once per epoch.
     */
    public TrainingOptions toOptions(int updates, int trainSize) {
        TrainingOptions options = toOptions();
        return options.toBuilder().iterations(updates).lossEvery(options.batchesPerEpoch(trainSize)).build();
    }

    /**
     * The run's length in updates over {@code trainSize} samples: the iterations, or the epochs times the
     * mini-batches per epoch at these settings' batch size; empty when the settings set no length.
     */
    public OptionalLong updates(int trainSize) {
        if (iterations != null) return OptionalLong.of(iterations);
        if (epochs == null) return OptionalLong.empty();
        return OptionalLong.of((long) epochs * toOptions().batchesPerEpoch(trainSize));
    }

    /** The learning-rate schedule named here; constant when none is. */
    public Schedule.Kind scheduleKind() {
        return schedule == null ? Schedule.Kind.CONSTANT : Schedule.Kind.parse(schedule);
    }

    /** Epochs without improvement before early stopping; 0 (off) when unset. */
    public int patience() {
        return earlyStop == null ? 0 : earlyStop;
    }

    /** What early stopping and the plateau rule watch on the validation split; accuracy when unset. */
    public EarlyStopping.Measure measure() {
        return stopOn == null ? EarlyStopping.Measure.ACCURACY : EarlyStopping.Measure.parse(stopOn);
    }

    /** The share of the training samples held out to validate on; 0 when unset. */
    public double validationShare() {
        return validation == null ? 0 : validation;
    }

    private static <T> T or(T top, T below) {
        return top != null ? top : below;
    }
}

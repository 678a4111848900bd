package studio.backprop.core.train;

import java.util.OptionalDouble;

/**
 * The early sign of divergence, before {@link Trainer} stops a run as diverged: the training loss has risen
 * well above where it started, which almost always means the learning rate is too high.
 */
public final class RisingLoss {
    /** The training loss may rise to this many times its starting value before it counts as rising. */
    public static final double FACTOR = 1.5;

    private RisingLoss() { }

    /**
     * The highest of {@code losses} when it is above {@link #FACTOR} times {@code startLoss}; empty when the
     * loss has not risen so far, or when the start is not a positive number.
     */
    public static OptionalDouble peak(double startLoss, double... losses) {
        if (!(startLoss > 0)) return OptionalDouble.empty();
        double highest = Double.NEGATIVE_INFINITY;
        for (double loss : losses) highest = Math.max(highest, loss);
        return highest > FACTOR * startLoss ? OptionalDouble.of(highest) : OptionalDouble.empty();
    }
}

package studio.backprop.app.training;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.Trainer;
import studio.backprop.core.train.TrainingListener;
import studio.backprop.core.train.TrainingOptions;
import studio.backprop.core.train.TrainingResult;

/**
 * One run of the Training tab, as the background channel runs it: {@link Trainer#train} (or the schedule's
 * epochs under {@link Stopping}) from a network, measuring the training and test loss at each snapshot,
 * adding them to the loss curve and leaving only the latest {@link Frame} for the JavaFX thread to take.
 * The run stops early when it is halted (Pause), when its request went stale (a reset or a new run), or
 * when the training loss reaches the target.
 */
final class TrainingRun {
    /** What the run publishes: the losses and network after {@code iteration} updates since the reset. */
    record Frame(int iteration, double trainLoss, double testLoss, NetworkSpec network, double[] gradientSizes) { }

    /** How the run ended: the trainer's result, the test loss at the end, whether the target was reached. */
    record Ending(int done, TrainingResult result, double testLoss, boolean targetReached) { }

    /**
     * What to train.
     *
     * @param offset     updates done since the reset before this run
     * @param iterations updates this run does at most
     * @param target     training stops once the training loss is at most this; 0: no target
     * @param perSecond  at most this many updates per second; 0: full speed
     */
    record Plan(NetworkSpec from, List<Sample> train, List<Sample> test, TrainingOptions options, int offset,
                int iterations, double target, int perSecond, Stopping.Settings rules) { }

    private final Plan plan;
    private final LossCurve.Recorder curve;
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final AtomicBoolean halted = new AtomicBoolean();

    TrainingRun(Plan plan, LossCurve.Recorder curve) {
        this.plan = plan;
        this.curve = curve;
    }

    /** Asks the run to stop after its current update (Pause); it then ends normally. */
    void halt() {
        halted.set(true);
    }

    /** The latest frame not taken yet, or null; each frame is taken at most once. */
    Frame take() {
        return latest.getAndSet(null);
    }

    /** Trains on the calling thread until the plan is done, the target is reached, or the run is halted or stale. */
    Ending run(BooleanSupplier stale) {
        BooleanSupplier stop = () -> halted.get() || stale.getAsBoolean();
        AtomicBoolean targetReached = new AtomicBoolean();
        long began = System.nanoTime();
        TrainingListener listener = snapshot -> {
            if (stop.getAsBoolean()) return false;
            int done = plan.offset() + snapshot.iteration();
            double trainNow = Trainer.loss(snapshot.network(), plan.train());
            double testNow = loss(snapshot.network(), plan.test());
            if (Double.isFinite(trainNow)) curve.add(done, trainNow, testNow);
            latest.set(new Frame(done, trainNow, testNow, snapshot.network(), snapshot.gradientSizes()));
            if (plan.target() > 0 && trainNow <= plan.target()) {
                targetReached.set(true);
                return false;
            }
            if (plan.perSecond() > 0) Pace.waitFor(began, snapshot.iteration(), plan.perSecond(), stop);
            return !stop.getAsBoolean();
        };
        TrainingResult result = plan.rules().isOff() ? Trainer.train(plan.from(), plan.train(), plan.options(), listener)
                : Stopping.train(plan.rules(), plan.from(), plan.train(), plan.options(), plan.iterations(), plan.offset(), curve, listener);
        return new Ending(plan.offset() + result.updates(), result, loss(result.network(), plan.test()), targetReached.get());
    }

    private static double loss(NetworkSpec network, List<Sample> samples) {
        return samples.isEmpty() ? Double.NaN : Trainer.loss(network, samples);
    }
}

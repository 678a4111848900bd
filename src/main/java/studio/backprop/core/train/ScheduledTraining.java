package studio.backprop.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/**
 * Trains epoch by epoch with a learning-rate {@link Schedule} and {@link EarlyStopping} (Nielsen, ch. 3), as a
 * driver around {@link Trainer#train}: a run at one η is one call to the trainer (momentum carries over from
 * epoch to epoch), whose listener measures the training loss and the validation cost and accuracy after every
 * epoch and decides whether to go on. When η changes, the next call starts from the network reached, with the
 * shuffling seed advanced by the epochs done so the epochs do not repeat one permutation. The returned
 * network is the last one trained (as in Nielsen's code); the reason names the best epoch.
 */
public final class ScheduledTraining {
    private ScheduledTraining() { }

    /**
     * What to run.
     *
     * @param schedule the learning-rate schedule
     * @param patience stop after this many epochs without improvement on the validation data; 0: never
     * @param measure  what is watched on the validation data (by early stopping and the plateau rule)
     * @param epochs   the most epochs to train, at least 1
     */
    public record Plan(Schedule schedule, int patience, EarlyStopping.Measure measure, int epochs) {
        public Plan {
            if (schedule == null || measure == null) throw new IllegalArgumentException("a plan needs a schedule and a measure");
            if (patience < 0) throw new IllegalArgumentException("early stopping's patience must be 0 (off) or positive, not " + patience);
            if (epochs < 1) throw new IllegalArgumentException("training needs at least 1 epoch, not " + epochs);
        }

        /** A plan of {@code epochs} epochs at a constant η with no early stopping. */
        public static Plan epochs(int epochs) {
            return new Plan(Schedule.CONSTANT, 0, EarlyStopping.Measure.ACCURACY, epochs);
        }

        /** Whether the plan needs validation data: early stopping or the plateau rule. */
        public boolean needsValidation() {
            return patience > 0 || schedule.kind() == Schedule.Kind.PLATEAU;
        }

        /** Whether the plan is plain training: constant η and no early stopping. */
        public boolean isPlain() {
            return patience == 0 && schedule.kind() == Schedule.Kind.CONSTANT;
        }
    }

    /**
     * The measurements after one epoch (NaN for validation figures when there is no validation data), with the
     * mean |∂E/∂w| per weight layer in the epoch's last update.
     */
    public record Epoch(int epoch, int iteration, double trainLoss, double validationLoss, double validationAccuracy,
                        double learningRate, double[] gradientSizes) {
        public Epoch {
            gradientSizes = gradientSizes.clone();
        }

        @Override
        public double[] gradientSizes() {
            return gradientSizes.clone();
        }
    }

    /** A change of η or the end of training, at the end of epoch {@code epoch} (after {@code iteration} updates). */
    public record Event(Kind kind, int epoch, int iteration, double learningRate, String reason) {
        public enum Kind { RATE_CHANGED, STOPPED }
    }

    /** How a run ended. */
    public enum Ending { COMPLETED, EARLY_STOPPED, RATE_FLOOR, CANCELLED, DIVERGED }

    /**
     * What a run produced.
     *
     * @param network the last network trained
     * @param epochs  the measurements after each epoch
     * @param events  every change of η and the stop, in order
     * @param updates the updates done
     * @param ending  why it ended
     * @param reason  one line: the epoch and the reason
     * @param training the whole run as one trainer result: the updates of every segment, the first segment's
     *                 first-update error, the last segment's history, outputs and gradient sizes; its status is
     *                 COMPLETED (also after a stopping rule, whose reason is then its message), STOPPED when
     *                 cancelled, DIVERGED when diverged
     */
    public record Result(NetworkSpec network, List<Epoch> epochs, List<Event> events, int updates, Ending ending, String reason,
                         TrainingResult training) {
        public Result {
            epochs = List.copyOf(epochs);
            events = List.copyOf(events);
        }

        /** The epochs trained. */
        public int epochsDone() {
            return epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch();
        }
    }

    /** Sees each epoch's measurements and the network after it, on the training thread; false cancels the run. */
    @FunctionalInterface
    public interface Listener {
        boolean onEpoch(Epoch epoch, NetworkSpec network);

        Listener NONE = (epoch, network) -> true;
    }

    /** {@link #run(NetworkSpec, List, List, TrainingOptions, Plan, Listener)} without a listener. */
    public static Result run(NetworkSpec spec, List<Sample> train, List<Sample> validation, TrainingOptions options, Plan plan) {
        return run(spec, train, validation, options, plan, Listener.NONE);
    }

    /**
     * Runs the plan from {@code spec} (its learning rate is η₀). The options give the batch size, momentum,
     * regularisation, dropout, shuffling and seed; their length is replaced by the plan's epochs.
     *
     * @throws IllegalArgumentException when the plan needs validation data and there is none
     */
    public static Result run(NetworkSpec spec, List<Sample> train, List<Sample> validation, TrainingOptions options,
                             Plan plan, Listener listener) {
        if (plan.needsValidation() && validation.isEmpty()) {
            throw new IllegalArgumentException(plan.patience() > 0
                    ? "early stopping needs a validation split: no samples are held out to validate on"
                    : "the plateau schedule needs a validation split: no samples are held out to validate on");
        }
        if (train.isEmpty()) throw new IllegalArgumentException("training needs at least one training sample");
        int batch = options.batchSize() == 0 ? train.size() : Math.min(options.batchSize(), train.size());
        int perEpoch = (train.size() + batch - 1) / batch;
        Run run = new Run(spec, train, validation, plan, listener, perEpoch);
        while (run.epoch < plan.epochs() && run.ending == null) {
            int start = run.epoch;
            int length = run.segmentLength();
            TrainingOptions segment = options.toBuilder().iterations(length * perEpoch).snapshotEvery(perEpoch)
                    .lossEvery(perEpoch).maxHistoryPoints(2).seed(options.seed() + start).build();
            TrainingResult result = Trainer.train(run.current, train, segment, snapshot -> run.afterEpoch(start, snapshot));
            if (run.last == null) run.firstUpdateError = result.firstUpdateError();
            run.last = result;
            run.updates += result.updates();
            run.current = result.network();
            if (result.diverged()) {
                run.end(Ending.DIVERGED, result.message());
            } else if (result.status() == TrainingResult.Status.STOPPED && run.ending == null && !run.rateHalved) {
                run.end(Ending.CANCELLED, "cancelled after epoch " + run.epoch);
            }
            run.nextRate();
        }
        if (run.ending == null) run.end(Ending.COMPLETED, "completed " + run.epoch + " epochs");
        return new Result(run.current, run.epochs, run.events, run.updates, run.ending, run.reason, run.combined());
    }

    /** The state of one run, confined to the training thread. */
    private static final class Run {
        final List<Sample> train;
        final List<Sample> validation;
        final Plan plan;
        final Listener listener;
        final int perEpoch;
        final double initialRate;
        final EarlyStopping stopper;
        final EarlyStopping plateau;
        final List<Epoch> epochs = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        NetworkSpec current;
        double rate;
        int epoch;
        int updates;
        int halvings;
        boolean rateHalved;
        Ending ending;
        String reason = "";
        TrainingResult last;
        double firstUpdateError = Double.NaN;

        Run(NetworkSpec spec, List<Sample> train, List<Sample> validation, Plan plan, Listener listener, int perEpoch) {
            this.train = train;
            this.validation = validation;
            this.plan = plan;
            this.listener = listener;
            this.perEpoch = perEpoch;
            this.initialRate = spec.learningRate();
            this.stopper = plan.patience() > 0 ? new EarlyStopping(plan.patience(), plan.measure()) : null;
            this.plateau = plan.schedule().kind() == Schedule.Kind.PLATEAU
                    ? new EarlyStopping(plan.schedule().every(), plan.measure()) : null;
            this.rate = plan.schedule().rate(initialRate, 1);
            this.current = spec.withLearningRate(rate);
        }

        /** Epochs until η next changes by the schedule, or to the end. */
        int segmentLength() {
            int left = plan.epochs() - epoch;
            Schedule schedule = plan.schedule();
            return switch (schedule.kind()) {
                case EXPONENTIAL -> 1;
                case STEP -> Math.min(left, schedule.every() - epoch % schedule.every());
                default -> left;
            };
        }

        /** After each epoch of the segment that began after epoch {@code start}: measures, then go on or stop. */
        boolean afterEpoch(int start, TrainingSnapshot snapshot) {
            epoch = start + snapshot.iteration() / perEpoch;
            int iteration = updates + snapshot.iteration();
            NetworkSpec network = snapshot.network();
            double validationLoss = validation.isEmpty() ? Double.NaN : Trainer.loss(network, validation);
            double validationAccuracy = validation.isEmpty() ? Double.NaN : Classification.accuracy(network, validation);
            Epoch measured = new Epoch(epoch, iteration, Trainer.loss(network, train), validationLoss, validationAccuracy, rate,
                    snapshot.gradientSizes());
            epochs.add(measured);
            if (!listener.onEpoch(measured, network)) return false;
            double watched = plan.measure() == EarlyStopping.Measure.ACCURACY ? validationAccuracy : validationLoss;
            if (stopper != null && stopper.observe(epoch, watched)) {
                String why = String.format(Locale.ROOT, "no improvement in validation %s for %d epochs (best %s at epoch %d)",
                        plan.measure().id(), plan.patience(), figure(stopper.best()), stopper.bestEpoch());
                stop(Ending.EARLY_STOPPED, iteration, why);
                return false;
            }
            if (plateau != null && plateau.observe(epoch, watched)) {
                halvings++;
                double halved = initialRate / Math.pow(2, halvings);
                if (halvings >= Integer.numberOfTrailingZeros(Schedule.PLATEAU_FLOOR)) {
                    stop(Ending.RATE_FLOOR, iteration, String.format(Locale.ROOT,
                            "η fell to η₀/%d = %s after %d plateaus of %d epochs", Schedule.PLATEAU_FLOOR, figure(halved),
                            halvings, plan.schedule().every()));
                    return false;
                }
                plateau.restartAt(epoch);
                rate = halved;
                rateHalved = true;
                events.add(new Event(Event.Kind.RATE_CHANGED, epoch, iteration, rate,
                        "no improvement for " + plan.schedule().every() + " epochs: η halved to " + figure(rate)));
                return false;
            }
            return true;
        }

        /** Applies a halving, or the fixed schedule's next rate, before the next segment. */
        void nextRate() {
            if (ending != null || epoch >= plan.epochs()) return;
            if (rateHalved) {
                rateHalved = false;
            } else if (plan.schedule().isFixed()) {
                double next = plan.schedule().rate(initialRate, epoch + 1);
                if (next == rate) return;
                rate = next;
                events.add(new Event(Event.Kind.RATE_CHANGED, epoch, updates, rate,
                        plan.schedule().kind().id() + " schedule: η = " + figure(rate) + " from epoch " + (epoch + 1)));
            }
            current = current.withLearningRate(rate);
        }

        /** The run as one trainer result (see {@link Result#training()}). */
        TrainingResult combined() {
            TrainingResult.Status status = switch (ending) {
                case DIVERGED -> TrainingResult.Status.DIVERGED;
                case CANCELLED -> TrainingResult.Status.STOPPED;
                default -> TrainingResult.Status.COMPLETED;
            };
            String message = ending == Ending.COMPLETED ? "" : ending == Ending.DIVERGED ? last.message() : reason;
            return new TrainingResult(current, last.history(), updates, firstUpdateError, last.finalError(), last.outputs(),
                    status, message, last.gradientSizes());
        }

        void stop(Ending why, int iteration, String text) {
            events.add(new Event(Event.Kind.STOPPED, epoch, iteration, rate, text));
            end(why, text);
        }

        void end(Ending why, String text) {
            ending = why;
            reason = "epoch " + epoch + ": " + text;
        }
    }

    /** A figure in a reason: six significant digits. */
    static String figure(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }
}

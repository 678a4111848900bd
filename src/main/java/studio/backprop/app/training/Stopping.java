package studio.backprop.app.training;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.NumberInput;
import studio.backprop.app.support.Messages;
import studio.backprop.core.io.TrainingSettings;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.Schedule;
import studio.backprop.core.train.ScheduledTraining;
import studio.backprop.core.train.TrainingListener;
import studio.backprop.core.train.TrainingOptions;
import studio.backprop.core.train.TrainingResult;
import studio.backprop.core.train.TrainingSnapshot;

/**
 * The Training tab's learning-rate schedule and early stopping (Nielsen, ch. 3): the settings, their checks,
 * and a run through {@link ScheduledTraining} that looks to the tab like a run of the plain trainer. The last
 * {@code validationPercent} % of the training samples are held out to validate on; the loss curve gets a mark
 * wherever η changed and where a stopping rule ended the run. Each Play starts the schedule's epoch count
 * again from the network it has reached.
 */
public final class Stopping {
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>(this, "settings", Settings.OFF);

    /**
     * @param schedule          the learning-rate schedule (its patience is the early-stopping patience, or 10)
     * @param patience          epochs without improvement before stopping; 0: no early stopping
     * @param measure           what is watched on the validation samples
     * @param validationPercent the share of training samples held out to validate on, 0 to 50
     */
    public record Settings(Schedule.Kind schedule, int patience, EarlyStopping.Measure measure, int validationPercent) {
        /** No schedule, no early stopping: the plain trainer. */
        public static final Settings OFF = new Settings(Schedule.Kind.CONSTANT, 0, EarlyStopping.Measure.ACCURACY, 0);
        /** The plateau rule's patience when early stopping is off. */
        public static final int DEFAULT_PATIENCE = 10;

        /** Whether the plain trainer runs. */
        public boolean isOff() {
            return schedule == Schedule.Kind.CONSTANT && patience == 0;
        }

        /** The schedule these settings name (step: halve every 10 epochs; exponential: × 0.95 per epoch). */
        public Schedule toSchedule() {
            return Schedule.named(schedule.id(), patience > 0 ? patience : DEFAULT_PATIENCE);
        }
    }

    public ObjectProperty<Settings> settingsProperty() { return settings; }

    public Settings get() { return settings.get(); }

    // Commands

    /** The settings a session's training block remembers (schedule, earlyStop, stopOn, validation), read as {@code train} reads them; off where it is silent. */
    public void load(TrainingSettings remembered) {
        int patience = Math.min(1000, remembered.patience());
        int percent = (int) Math.min(50, Math.round(100 * remembered.validationShare()));
        settings.set(new Settings(remembered.scheduleKind(), patience, remembered.measure(), percent));
    }

    public void setSchedule(Schedule.Kind kind) {
        Settings s = settings.get();
        settings.set(new Settings(kind, s.patience(), s.measure(), s.validationPercent()));
    }

    public void setMeasure(EarlyStopping.Measure measure) {
        Settings s = settings.get();
        settings.set(new Settings(s.schedule(), s.patience(), measure, s.validationPercent()));
    }

    /** The early-stopping patience typed as text: a whole number of epochs, 0 (off) to 1,000. */
    public EditResult setPatience(String text) {
        return whole(text, "training.stop.patience", 1000, p -> {
            Settings s = settings.get();
            settings.set(new Settings(s.schedule(), p, s.measure(), s.validationPercent()));
        });
    }

    /** The validation share typed as text: a whole percentage from 0 to 50. */
    public EditResult setValidationPercent(String text) {
        return whole(text, "training.stop.validation", 50, p -> {
            Settings s = settings.get();
            settings.set(new Settings(s.schedule(), s.patience(), s.measure(), p));
        });
    }

    private static EditResult whole(String text, String key, int max, IntConsumer set) {
        String what = Messages.get(key);
        EditResult parsed = NumberInput.parse(what, text);
        if (!parsed.accepted()) return parsed;
        double v = parsed.value();
        if (v != Math.rint(v) || v < 0 || v > max) {
            return EditResult.rejected(Messages.format("training.wholeRange", what, text.strip(), "0", String.valueOf(max)));
        }
        set.accept((int) v);
        return parsed;
    }

    /**
     * Trains {@code iterations} updates' worth of whole epochs under the settings {@code s}, on the calling thread. The
     * listener sees one snapshot per epoch, numbered by the run's own iterations, and may stop the run.
     *
     * @param offset the iterations done before this run, for the marks on the curve
     * @throws IllegalArgumentException when a rule needs validation samples and none are held out
     */
    static TrainingResult train(Settings s, NetworkSpec from, List<Sample> samples, TrainingOptions options, int iterations,
                                int offset, LossCurve.Recorder curve, TrainingListener listener) {
        int held = (int) Math.round(samples.size() * s.validationPercent() / 100.0);
        if (held >= samples.size()) held = samples.size() - 1;
        List<Sample> train = samples.subList(0, samples.size() - held);
        List<Sample> validation = samples.subList(samples.size() - held, samples.size());
        int perEpoch = options.batchesPerEpoch(train.size());
        int epochs = Math.max(1, (iterations + perEpoch - 1) / perEpoch);
        ScheduledTraining.Plan plan = new ScheduledTraining.Plan(s.toSchedule(), s.patience(), s.measure(), epochs);
        ScheduledTraining.Result result = ScheduledTraining.run(from, train, validation, options, plan,
                (epoch, network) -> listener.onSnapshot(new TrainingSnapshot(epoch.iteration(), epoch.trainLoss(), network, epoch.gradientSizes())));
        for (ScheduledTraining.Event event : result.events()) {
            boolean stop = event.kind() == ScheduledTraining.Event.Kind.STOPPED;
            String label = stop ? Messages.format("training.stop.mark", event.epoch())
                    : "η = " + TrainingModel.format(event.learningRate());
            curve.mark(new LossCurve.Marker(offset + event.iteration(), stop, label));
        }
        return result.training();
    }

    /** Whether a result ended by a stopping rule (its message is the epoch and the reason). */
    static boolean stoppedByRule(TrainingResult result) {
        return result.status() == TrainingResult.Status.COMPLETED && !result.message().isEmpty();
    }
}

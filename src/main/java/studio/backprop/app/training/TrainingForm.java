package studio.backprop.app.training;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.NumberInput;
import studio.backprop.app.support.Messages;
import studio.backprop.core.io.TrainingSettings;
import studio.backprop.core.train.TrainingOptions;

/**
 * The Training tab's twelve settings as one form. Every setter checks the text it is given and returns one
 * localised message naming the field; a refused text leaves the value as it was. The form maps to
 * {@link TrainingOptions} through {@link TrainingSettings}, the same mapping {@code train} uses on the
 * command line, so a session's defaults (seed 0 when it names none) mean the same in the window and in the CLI.
 * Read and written on the JavaFX thread.
 */
public final class TrainingForm {
    /** Whether the length counts updates or passes over the training set. */
    public enum Unit { ITERATIONS, EPOCHS }

    /** The paces offered: as fast as possible, then slower and slower. */
    public static final List<Integer> PACES = List.of(0, 2000, 200, 20);
    /** The length of a run when a session names none. */
    public static final int DEFAULT_LENGTH = 1000;

    private final Consumer<String> problems;
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(this, "learningRate", 0.5);
    private final ReadOnlyIntegerWrapper batchSize = new ReadOnlyIntegerWrapper(this, "batchSize", 0);
    private final ReadOnlyDoubleWrapper momentum = new ReadOnlyDoubleWrapper(this, "momentum");
    private final ReadOnlyDoubleWrapper l2 = new ReadOnlyDoubleWrapper(this, "l2");
    private final ReadOnlyDoubleWrapper l1 = new ReadOnlyDoubleWrapper(this, "l1");
    private final ReadOnlyDoubleWrapper dropout = new ReadOnlyDoubleWrapper(this, "dropout");
    private final ReadOnlyBooleanWrapper shuffle = new ReadOnlyBooleanWrapper(this, "shuffle");
    private final ReadOnlyObjectWrapper<Long> seed = new ReadOnlyObjectWrapper<>(this, "seed", 0L);
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(this, "length", DEFAULT_LENGTH);
    private final ReadOnlyObjectWrapper<Unit> unit = new ReadOnlyObjectWrapper<>(this, "unit", Unit.ITERATIONS);
    private final ReadOnlyDoubleWrapper targetLoss = new ReadOnlyDoubleWrapper(this, "targetLoss", 0);
    private final ReadOnlyIntegerWrapper pace = new ReadOnlyIntegerWrapper(this, "pace", 0);

    /** A form that tells {@code problems} why a setting was refused, and the empty string when one was accepted. */
    public TrainingForm(Consumer<String> problems) {
        this.problems = problems;
    }

    public ReadOnlyDoubleProperty learningRateProperty() { return learningRate.getReadOnlyProperty(); }

    /** Samples per update; 0 is the whole training set. */
    public ReadOnlyIntegerProperty batchSizeProperty() { return batchSize.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty momentumProperty() { return momentum.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty l2Property() { return l2.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty l1Property() { return l1.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty dropoutProperty() { return dropout.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty shuffleProperty() { return shuffle.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Long> seedProperty() { return seed.getReadOnlyProperty(); }

    /** How long a run is, in {@link #unitProperty()} units, counted from the reset. */
    public ReadOnlyIntegerProperty lengthProperty() { return length.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Unit> unitProperty() { return unit.getReadOnlyProperty(); }

    /** Training stops when the training loss reaches this; 0 turns it off. */
    public ReadOnlyDoubleProperty targetLossProperty() { return targetLoss.getReadOnlyProperty(); }

    /** At most this many iterations per second, so a run can be watched; 0 is as fast as the machine goes. */
    public ReadOnlyIntegerProperty paceProperty() { return pace.getReadOnlyProperty(); }

    /**
     * Takes a session's training defaults and its network's learning rate; what the session leaves out gets
     * the defaults of {@link TrainingSettings#toOptions()} (as on the command line) and a length of
     * {@value #DEFAULT_LENGTH} iterations. The target loss goes back to off.
     */
    public void load(TrainingSettings remembered, double rate) {
        TrainingOptions options = remembered.toOptions();
        learningRate.set(rate);
        batchSize.set(options.batchSize());
        momentum.set(options.momentum());
        l2.set(options.l2());
        l1.set(options.l1());
        dropout.set(options.dropout());
        shuffle.set(options.shuffle());
        seed.set(options.seed());
        unit.set(remembered.epochs() != null ? Unit.EPOCHS : Unit.ITERATIONS);
        length.set(remembered.epochs() != null ? remembered.epochs()
                : remembered.iterations() != null ? remembered.iterations() : DEFAULT_LENGTH);
        targetLoss.set(0);
    }

    /** The form as a session's training block would hold it. */
    public TrainingSettings settings() {
        boolean epochs = unit.get() == Unit.EPOCHS;
        return new TrainingSettings(epochs ? length.get() : null, epochs ? null : length.get(), batchSize.get(), momentum.get(),
                l2.get(), l1.get(), dropout.get(), shuffle.get(), seed.get());
    }

    /** The run's length in updates over {@code trainSize} samples: the length, or the length times the batches per epoch. */
    public int totalIterations(int trainSize) {
        return (int) Math.min(Integer.MAX_VALUE, settings().updates(trainSize).orElse(length.get()));
    }

    /** Mini-batches in one pass over {@code trainSize} samples. */
    public int batchesPerEpoch(int trainSize) {
        return settings().toOptions().batchesPerEpoch(trainSize);
    }

    /**
     * The options of a run of {@code iterations} updates that starts after {@code done} updates since the
     * reset, publishing a snapshot and measuring the loss every {@code every} updates. The seed moves on by
     * {@code done}, so a resumed run does not repeat the shuffles of the first.
     */
    public TrainingOptions options(int iterations, int trainSize, int done, int every) {
        return settings().toOptions(iterations, trainSize).toBuilder().snapshotEvery(every).lossEvery(every)
                .maxHistoryPoints(2).seed(seed.get() + done).build();
    }

    // --- the setters

    /** The learning rate η, a positive number. */
    public EditResult setLearningRate(String text) {
        return number("training.learningRate", text, false, 1e6, learningRate::set);
    }

    /** Samples per update, 0 for the whole training set. */
    public EditResult setBatchSize(String text) {
        return whole("training.batchSize", text, 0, 1_000_000, batchSize::set);
    }

    /** Momentum μ, 0 ≤ μ < 1. */
    public EditResult setMomentum(String text) {
        return number("training.momentum", text, true, 1, momentum::set);
    }

    /** L2 strength λ ≥ 0. */
    public EditResult setL2(String text) {
        return number("training.l2", text, true, 1e6, l2::set);
    }

    /** L1 strength λ ≥ 0. */
    public EditResult setL1(String text) {
        return number("training.l1", text, true, 1e6, l1::set);
    }

    /** Dropout rate of the hidden layers, 0 ≤ p < 1. */
    public EditResult setDropout(String text) {
        return number("training.dropout", text, true, 1, dropout::set);
    }

    /** The seed of the shuffling and the dropout masks. */
    public EditResult setSeed(String text) {
        return whole("training.seed", text, 0, Integer.MAX_VALUE, v -> seed.set((long) v));
    }

    /** Shuffling every epoch on or off. */
    public void setShuffle(boolean on) {
        shuffle.set(on);
    }

    /** The run's length in the current unit, at least 1. */
    public EditResult setLength(String text) {
        return whole("training.length", text, 1, 100_000_000, length::set);
    }

    /** Whether the length counts iterations or epochs. */
    public void setUnit(Unit newUnit) {
        unit.set(newUnit);
    }

    /** At most {@code iterationsPerSecond} iterations per second from the next run on; 0 for full speed. */
    public void setPace(int iterationsPerSecond) {
        if (iterationsPerSecond < 0) throw new IllegalArgumentException("the pace must be 0 or positive, not " + iterationsPerSecond);
        pace.set(iterationsPerSecond);
    }

    /** The target loss at which training stops; 0 for none. */
    public EditResult setTargetLoss(String text) {
        return number("training.targetLoss", text, true, 1e12, targetLoss::set);
    }

    /**
     * A whole number typed for the setting {@code key}, from {@code min} to {@code max}; the problem sink hears
     * why it was refused.
     */
    EditResult whole(String key, String text, int min, int max, IntConsumer set) {
        String what = Messages.get(key);
        EditResult parsed = NumberInput.parse(what, text);
        if (!parsed.accepted()) return refuse(parsed.message());
        double v = parsed.value();
        if (v != Math.rint(v)) return refuse(Messages.format("training.wholeNumber", what, text.strip()));
        if (v < min || v > max) {
            return refuse(Messages.format("training.wholeRange", what, text.strip(), String.valueOf(min), String.valueOf(max)));
        }
        set.accept((int) v);
        problems.accept("");
        return parsed;
    }

    /** A number at least 0 (above 0 unless {@code zeroAllowed}) and below {@code below}. */
    private EditResult number(String key, String text, boolean zeroAllowed, double below, DoubleConsumer set) {
        String what = Messages.get(key);
        EditResult parsed = NumberInput.parse(what, text);
        if (!parsed.accepted()) return refuse(parsed.message());
        double v = parsed.value();
        if ((zeroAllowed ? v < 0 : v <= 0) || v >= below) {
            return refuse(Messages.format(zeroAllowed ? "training.range" : "training.rangeAbove", what, text.strip(),
                    TrainingModel.format(0), TrainingModel.format(below)));
        }
        set.accept(v);
        problems.accept("");
        return parsed;
    }

    private EditResult refuse(String why) {
        problems.accept(why);
        return EditResult.rejected(why);
    }
}

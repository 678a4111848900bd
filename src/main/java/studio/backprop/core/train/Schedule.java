package studio.backprop.core.train;

import studio.backprop.core.problem.Choice;

/**
 * How the learning rate η changes from epoch to epoch (Nielsen, ch. 3, "Variable learning rate schedule").
 * Epochs count from 1; η₀ is the network's own rate.
 *
 * <ul>
 *   <li>{@code constant}: η₀ throughout.</li>
 *   <li>{@code step}: η₀·factor<sup>⌊(epoch − 1)/every⌋</sup>, e.g. halved every 10 epochs.</li>
 *   <li>{@code exponential}: η₀·factor<sup>epoch − 1</sup>, a little smaller each epoch.</li>
 *   <li>{@code plateau}: η₀ until the validation measure has not improved for {@code every} epochs, then
 *       halved; training stops once η has fallen to η₀/128 ({@link #PLATEAU_FLOOR}).</li>
 * </ul>
 *
 * @param kind   which rule
 * @param every  epochs per step (step) or the patience of the plateau rule (plateau); 0 for the others
 * @param factor the multiplier per step or per epoch, 0 &lt; factor &lt; 1 (step, exponential); ½ for plateau
 */
public record Schedule(Kind kind, int every, double factor) {
    /** The plateau rule stops when η reaches η₀ divided by this. */
    public static final int PLATEAU_FLOOR = 128;
    /** No schedule: η stays η₀. */
    public static final Schedule CONSTANT = new Schedule(Kind.CONSTANT, 0, 1);

    /** The rules. */
    public enum Kind implements Choice {
        CONSTANT, STEP, EXPONENTIAL, PLATEAU;

        /** The kind named {@code id} (its name in files and on the command line), or an exception naming the choices. */
        public static Kind parse(String id) {
            return Choice.find(Kind.class, id)
                    .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a schedule: use constant, step, exponential or plateau"));
        }
    }

    public Schedule {
        if (kind == null) throw new IllegalArgumentException("a schedule needs a kind");
        switch (kind) {
            case CONSTANT -> {
                every = 0;
                factor = 1;
            }
            case STEP -> {
                if (every < 1) throw new IllegalArgumentException("a step schedule needs a step of 1 or more epochs, not " + every);
                requireFactor(factor);
            }
            case EXPONENTIAL -> {
                every = 0;
                requireFactor(factor);
            }
            case PLATEAU -> {
                if (every < 1) throw new IllegalArgumentException("the plateau rule needs a patience of 1 or more epochs, not " + every);
                factor = 0.5;
            }
        }
    }

    /** η multiplied by {@code factor} every {@code every} epochs. */
    public static Schedule step(int every, double factor) {
        return new Schedule(Kind.STEP, every, factor);
    }

    /** η multiplied by {@code factor} every epoch. */
    public static Schedule exponential(double factor) {
        return new Schedule(Kind.EXPONENTIAL, 0, factor);
    }

    /** η halved after each {@code patience} epochs without improvement, stopping at η₀/128. */
    public static Schedule plateau(int patience) {
        return new Schedule(Kind.PLATEAU, patience, 0.5);
    }

    /**
     * The schedule a name and its default numbers make: {@code constant}, {@code step} (halve every 10 epochs),
     * {@code exponential} (× 0.95 per epoch) or {@code plateau} with the given patience.
     */
    public static Schedule named(String id, int patience) {
        return switch (Kind.parse(id)) {
            case CONSTANT -> CONSTANT;
            case STEP -> step(10, 0.5);
            case EXPONENTIAL -> exponential(0.95);
            case PLATEAU -> plateau(patience);
        };
    }

    /** Whether η changes with the epoch alone (constant, step, exponential), not with the validation measure. */
    public boolean isFixed() {
        return kind != Kind.PLATEAU;
    }

    /** The rate of a fixed schedule in epoch {@code epoch} (from 1) starting from {@code initial}. */
    public double rate(double initial, int epoch) {
        if (epoch < 1) throw new IllegalArgumentException("epochs count from 1, not " + epoch);
        return switch (kind) {
            case CONSTANT, PLATEAU -> initial;
            case STEP -> initial * Math.pow(factor, (epoch - 1) / every);
            case EXPONENTIAL -> initial * Math.pow(factor, epoch - 1);
        };
    }

    /** A one-line description: {@code step (×0.5 every 10 epochs)}. */
    public String describe() {
        return switch (kind) {
            case CONSTANT -> "constant";
            case STEP -> "step (×" + factor + " every " + every + " epochs)";
            case EXPONENTIAL -> "exponential (×" + factor + " per epoch)";
            case PLATEAU -> "plateau (halve η after " + every + " epochs without improvement, stop at η/" + PLATEAU_FLOOR + ")";
        };
    }

    private static void requireFactor(double factor) {
        if (!(factor > 0 && factor < 1)) throw new IllegalArgumentException("the schedule's factor must be above 0 and below 1, not " + factor);
    }
}

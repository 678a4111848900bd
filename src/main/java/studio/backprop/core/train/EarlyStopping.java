package studio.backprop.core.train;

import studio.backprop.core.problem.Choice;

/**
 * Nielsen's "no improvement in N epochs" rule (ch. 3): after each epoch the validation accuracy (higher is
 * better) or cost (lower is better) is observed; the rule fires when the best value is {@code patience}
 * epochs old. Ties are not improvements. Mutable: one instance follows one run, on one thread.
 */
public final class EarlyStopping {
    /** What is watched on the validation data. */
    public enum Measure implements Choice {
        /** Classification accuracy: higher is better. */
        ACCURACY,
        /** The mean loss: lower is better. */
        COST;

        /** The measure named {@code id} ({@code accuracy}, {@code cost}), or an exception naming the choices. */
        public static Measure parse(String id) {
            return Choice.find(Measure.class, id)
                    .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a validation measure: use accuracy or cost"));
        }
    }

    private final int patience;
    private final Measure measure;
    private double best = Double.NaN;
    private int bestEpoch;
    private int countFrom;
    private int lastEpoch;

    public EarlyStopping(int patience, Measure measure) {
        if (patience < 1) throw new IllegalArgumentException("early stopping needs a patience of 1 or more epochs, not " + patience);
        this.patience = patience;
        this.measure = measure;
    }

    /**
     * Records the validation value of {@code epoch} (epochs in increasing order) and says whether the rule
     * fires now: the best value was seen {@code patience} epochs ago.
     */
    public boolean observe(int epoch, double value) {
        if (epoch <= lastEpoch) throw new IllegalArgumentException("epoch " + epoch + " comes after epoch " + lastEpoch);
        lastEpoch = epoch;
        if (Double.isNaN(best) || better(value, best)) {
            best = value;
            bestEpoch = epoch;
            countFrom = epoch;
        }
        return epoch - countFrom >= patience;
    }

    /** Starts counting the patience again from {@code epoch}, keeping the best value (after η was halved). */
    public void restartAt(int epoch) {
        countFrom = epoch;
    }

    /** Whether {@code value} improves on {@code than}. */
    public boolean better(double value, double than) {
        if (Double.isNaN(value)) return false;
        return measure == Measure.ACCURACY ? value > than : value < than;
    }

    /** The best value so far, NaN before the first epoch. */
    public double best() { return best; }

    /** The epoch of the best value, 0 before the first. */
    public int bestEpoch() { return bestEpoch; }

    public int patience() { return patience; }

    public Measure measure() { return measure; }
}

package studio.backprop.core.train;

/** Receives snapshots while training runs (on the training thread); returning false stops the training. */
@FunctionalInterface
public interface TrainingListener {
    /** Called every {@link TrainingOptions#snapshotEvery()} iterations; return false to stop. */
    boolean onSnapshot(TrainingSnapshot snapshot);

    /** A listener that never stops the training. */
    TrainingListener NONE = snapshot -> true;
}

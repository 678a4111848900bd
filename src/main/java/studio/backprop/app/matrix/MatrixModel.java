package studio.backprop.app.matrix;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.matrix.MatrixPass;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.MatrixSteps;
import studio.backprop.core.matrix.Notation;
import studio.backprop.core.nn.Sample;

/**
 * The Matrix workspace's state and commands (no JavaFX nodes): the current network's pass as matrix steps in
 * a notation, one sample or every sample a row, with an optional L2 term, and which step is shown. It shares
 * the studio model's cursor with the scalar views: showing a matrix step moves the cursor to the last scalar
 * step it covers, and moving the cursor shows the matrix step that covers it. While the workspace is not
 * on screen ({@link #activeProperty()} false) it does no work and catches up when it is shown again.
 */
public final class MatrixModel {
    /** With "every sample a row" on, at most this many samples are shown. */
    public static final int MAX_BATCH = 10;

    private final StudioModel studio;
    private final ObjectProperty<Notation> notation = new SimpleObjectProperty<>(this, "notation", Notation.WELCH);
    private final BooleanProperty batch = new SimpleBooleanProperty(this, "batch", true);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final ReadOnlyObjectWrapper<List<MatrixStep>> steps = new ReadOnlyObjectWrapper<>(this, "steps", List.of());
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper batchAvailable = new ReadOnlyBooleanWrapper(this, "batchAvailable");
    private final ReadOnlyObjectWrapper<NetworkDocument> network = new ReadOnlyObjectWrapper<>(this, "network");
    private int currentRow = -1;
    private double lambda;
    private boolean stale;

    /** The matrix form of {@code studio}'s document; it follows the document and the cursor. */
    public MatrixModel(StudioModel studio) {
        this.studio = studio;
        active.addListener((o, was, is) -> {
            if (is && stale) recompute();
        });
        studio.documentProperty().addListener((o, was, is) -> recompute());
        notation.addListener((o, was, is) -> recompute());
        batch.addListener((o, was, is) -> recompute());
        studio.cursorProperty().addListener((o, was, is) -> followCursor());
        recompute();
    }

    /** The studio model whose document this shows (its selection is highlighted in the matrices). */
    public StudioModel studio() { return studio; }

    /** Whether the workspace is on screen (the composition root binds it to the tab's selection). */
    public BooleanProperty activeProperty() { return active; }

    public ObjectProperty<Notation> notationProperty() { return notation; }

    /** Whether every sample is a row (when there are at most {@link #MAX_BATCH}). */
    public BooleanProperty batchProperty() { return batch; }

    /** Whether "every sample a row" can be chosen: the data set has 2 to {@link #MAX_BATCH} samples. */
    public ReadOnlyBooleanProperty batchAvailableProperty() { return batchAvailable.getReadOnlyProperty(); }

    /** The matrix steps (empty for an expression or a pass that failed). */
    public ReadOnlyObjectProperty<List<MatrixStep>> stepsProperty() { return steps.getReadOnlyProperty(); }

    public List<MatrixStep> getSteps() { return steps.get(); }

    /** The index of the matrix step shown, or −1. */
    public ReadOnlyIntegerProperty shownProperty() { return shown.getReadOnlyProperty(); }

    public int getShown() { return shown.get(); }

    /** What the workspace says: not a network, a failure, a refused L2 term; empty when nothing. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The network shown, or null for an expression (the scaling table's subject). */
    public ReadOnlyObjectProperty<NetworkDocument> networkProperty() { return network.getReadOnlyProperty(); }

    /** The row of the document's current sample when every sample is a row, else −1. */
    public int currentRow() { return currentRow; }

    // Commands

    /** Shows matrix step {@code index} and moves the shared cursor to the last scalar step it covers. */
    public void show(int index) {
        if (index < 0 || index >= steps.get().size()) return;
        shown.set(index);
        int last = steps.get().get(index).lastCovered();
        if (last >= 0 && last != studio.getCursor()) studio.jumpTo(last);
    }

    /** One matrix step back or forward. */
    public void move(int delta) {
        if (steps.get().isEmpty()) return;
        show(Math.max(0, Math.min(steps.get().size() - 1, shown.get() + delta)));
    }

    /** Reads the L2 term λ from text (empty = 0); a negative or unreadable one is refused with a message. */
    public void setL2(String text) {
        String typed = text.strip();
        try {
            double value = typed.isEmpty() ? 0 : Double.parseDouble(typed);
            if (!(value >= 0) || !Double.isFinite(value)) throw new NumberFormatException();
            if (value != lambda) {
                lambda = value;
                recompute();
            }
        } catch (NumberFormatException e) {
            message.set(Messages.format("matrix.badL2", typed));
        }
    }

    /** Selects the weight or neuron of a clicked entry, or clears the selection when it is already selected. */
    public void toggleSelection(String name) {
        studio.select(name.equals(studio.getSelection()) ? null : name);
    }

    private void recompute() {
        stale = !active.get();
        if (stale) return;
        message.set("");
        if (!(studio.getDocument() instanceof NetworkDocument document)) {
            clear(Messages.get("matrix.noNetwork"));
            network.set(null);
            return;
        }
        network.set(document);
        List<Sample> train = document.data().train();
        boolean all = batch.get() && train.size() <= MAX_BATCH;
        batchAvailable.set(train.size() <= MAX_BATCH && train.size() >= 2);
        List<Sample> rows = all ? train : List.of(train.get(document.sample()));
        currentRow = all ? document.sample() : -1;
        try {
            MatrixPass pass = MatrixPass.compute(document.network(), rows, MatrixPass.Reduction.SUM, lambda);
            steps.set(MatrixSteps.of(pass, notation.get()));
        } catch (RuntimeException e) {
            clear(Messages.format("matrix.failed", Problems.text(e)));
            return;
        }
        followCursor();
        if (train.size() > MAX_BATCH && batch.get()) message.set(Messages.format("matrix.oneRow", MAX_BATCH));
    }

    private void clear(String why) {
        steps.set(List.of());
        shown.set(-1);
        message.set(why);
    }

    /** Shows the matrix step that covers the cursor (the first one before anything is computed). */
    private void followCursor() {
        if (!active.get()) {
            stale = true;
            return;
        }
        if (steps.get().isEmpty()) return;
        shown.set(Math.max(0, MatrixSteps.containing(steps.get(), studio.getCursor())));
    }
}

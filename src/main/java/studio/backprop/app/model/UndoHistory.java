package studio.backprop.app.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import studio.backprop.core.doc.Document;

/**
 * A bounded undo and redo history of immutable documents. Each entry is a document to return to and the
 * reason of the change it undoes ("w5 = 0.5"), which the Edit menu shows. Recording a change forgets
 * what could be redone; beyond {@link #limit()} entries the oldest is dropped.
 */
public final class UndoHistory {
    /** A document to return to and what changed it. */
    public record Entry(Document document, String reason) {
        public Entry {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final int limit;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private boolean lastMergeable;

    /** A history keeping at most {@code limit} undo steps. */
    public UndoHistory(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        this.limit = limit;
    }

    /** The most undo steps kept. */
    public int limit() { return limit; }

    /**
     * Records a change made to {@code before} for {@code reason}. With {@code mergeable}, a change for the same
     * reason right after another mergeable one joins it (a scroll of many nudges undoes as one step).
     *
     * @return whether the change became a step of its own (false when it joined the one before)
     */
    public boolean record(Document before, String reason, boolean mergeable) {
        boolean merge = mergeable && lastMergeable && redo.isEmpty() && !undo.isEmpty() && undo.peek().reason().equals(reason);
        lastMergeable = mergeable;
        if (merge) return false;
        redo.clear();
        undo.push(new Entry(before, reason));
        if (undo.size() > limit) undo.removeLast();
        return true;
    }

    /** Steps back from {@code current}: the document to show, or empty when there is nothing to undo. */
    public Optional<Document> undo(Document current) {
        return step(undo, redo, current);
    }

    /** Steps forward again from {@code current}: the document to show, or empty when there is nothing to redo. */
    public Optional<Document> redo(Document current) {
        return step(redo, undo, current);
    }

    /** Takes the newest entry of {@code from} and keeps {@code current} on {@code to} for the step back. */
    private Optional<Document> step(Deque<Entry> from, Deque<Entry> to, Document current) {
        lastMergeable = false;
        if (from.isEmpty()) return Optional.empty();
        Entry entry = from.pop();
        to.push(new Entry(current, entry.reason()));
        return Optional.of(entry.document());
    }

    /** Takes back the last change recorded, without offering it to redo (its document could not be shown). */
    public void withdraw() {
        lastMergeable = false;
        if (!undo.isEmpty()) undo.pop();
    }

    /** Forgets everything (a file was opened or a new document started). */
    public void clear() {
        undo.clear();
        redo.clear();
        lastMergeable = false;
    }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** The reason of the change an undo would revert, or empty. */
    public String undoReason() { return undo.isEmpty() ? "" : undo.peek().reason(); }

    /** The reason of the change a redo would make again, or empty. */
    public String redoReason() { return redo.isEmpty() ? "" : redo.peek().reason(); }

    /** Number of steps that can be undone. */
    public int undoSize() { return undo.size(); }
}

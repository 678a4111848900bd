package studio.backprop.app.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.expr.ExpressionException;
import studio.backprop.core.expr.Parser;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.rendering.diagram.Reveal;

/**
 * The observable state of the studio: the document, the trace computed from it, the shared cursor
 * (index of the last step shown; -1 = nothing computed yet), the selected node and the last error.
 * Views bind to the read-only properties and call the commands; stepping moves only the cursor,
 * editing recomputes the trace and keeps the cursor.
 *
 * <p>A small document is traced at once on the JavaFX thread. A large one (more than
 * {@value #BACKGROUND_PARAMETERS} weights and biases, such as the digits network) is traced off it through one
 * {@link LatestWins} channel: the command returns at once, the change lands when its trace is ready, and a
 * newer change overtakes an older one still being traced. Commands made meanwhile build on the newest
 * requested document, so no change is lost; {@link #settled()} completes when the latest has landed.
 */
public final class StudioModel {
    private final TraceSource source;
    /** Document, trace, reveal, cursor and selection, always replaced together (see {@link #publish}). */
    private ModelState state;
    private final Published.Value<Document> document = new Published.Value<>(this, "document", () -> state, ModelState::document);
    private final Published.Value<Trace> trace = new Published.Value<>(this, "trace", () -> state, ModelState::trace);
    private final Published.Value<Reveal> reveal = new Published.Value<>(this, "reveal", () -> state, ModelState::reveal);
    private final Published.Cursor cursor = new Published.Cursor(this, () -> state);
    private final Published.Value<String> selection = new Published.Value<>(this, "selection", () -> state, ModelState::selection);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    /** Most undo steps kept. */
    public static final int UNDO_LIMIT = 500;
    private final UndoHistory history = new UndoHistory(UNDO_LIMIT);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoReason = new ReadOnlyStringWrapper(this, "undoReason", "");
    private final ReadOnlyStringWrapper redoReason = new ReadOnlyStringWrapper(this, "redoReason", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private Document saved;
    /** Networks with more weights and biases than this are traced off the JavaFX thread. */
    public static final int BACKGROUND_PARAMETERS = BackgroundTracing.PARAMETERS;
    /** Keeps the cursor where it is when a background trace lands. */
    private static final int KEEP_CURSOR = Integer.MIN_VALUE;
    private final BackgroundTracing tracing = new BackgroundTracing();
    /** Asked before a workspace replaces the document (see {@link #setReplaceGuard}). */
    private Supplier<CompletableFuture<Boolean>> replaceGuard = () -> CompletableFuture.completedFuture(true);
    /** The document the last background replacement showed: replacing it again needs no question. */
    private Document replacedLast;

    /**
     * A model showing {@code initial}, computed by {@code source}.
     *
     * @throws IllegalArgumentException when the initial document cannot be computed (its message says why)
     */
    public StudioModel(TraceSource source, Document initial) {
        this.source = Objects.requireNonNull(source);
        Trace first = source.compute(initial);
        state = new ModelState(initial, first, Reveal.of(first), -1, null);
        saved = initial;
        updateHistory();
    }

    public ReadOnlyObjectProperty<Document> documentProperty() { return document; }

    public Document getDocument() { return document.get(); }

    public ReadOnlyObjectProperty<Trace> traceProperty() { return trace; }

    public Trace getTrace() { return trace.get(); }

    /** When each quantity of the current trace becomes known; replaced with the trace. */
    public ReadOnlyObjectProperty<Reveal> revealProperty() { return reveal; }

    public Reveal getReveal() { return reveal.get(); }

    /** Index of the last step shown, -1 before the first. */
    public ReadOnlyIntegerProperty cursorProperty() { return cursor; }

    public int getCursor() { return cursor.get(); }

    /** Name of the selected graph node, or null. */
    public ReadOnlyObjectProperty<String> selectionProperty() { return selection; }

    public String getSelection() { return selection.get(); }

    /** The last problem to report (a rejected edit or a document that cannot be computed), or empty. */
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage.getReadOnlyProperty(); }

    public String getErrorMessage() { return errorMessage.get(); }

    /** Whether there is a change to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    /** Whether there is an undone change to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    /** What an undo would revert ("w5 = 0.5"), or empty. */
    public ReadOnlyStringProperty undoReasonProperty() { return undoReason.getReadOnlyProperty(); }

    /** What a redo would make again, or empty. */
    public ReadOnlyStringProperty redoReasonProperty() { return redoReason.getReadOnlyProperty(); }

    /** Whether the document differs from the one last saved, opened or started fresh. */
    public ReadOnlyBooleanProperty modifiedProperty() { return modified.getReadOnlyProperty(); }

    public boolean isModified() { return modified.get(); }

    /** Whether a large document's trace is being computed in the background. */
    public ReadOnlyBooleanProperty tracingProperty() { return tracing.busyProperty(); }

    /** Completes on the JavaFX thread once the latest change asked for so far has landed (at once when none is pending). */
    public CompletableFuture<Void> settled() {
        return tracing.settled();
    }

    /**
     * Sets what is asked before a workspace (training, digits, the visual proof) replaces the document with
     * {@link #replaceDocumentInBackground}: the window's document controller asks about unsaved work. The
     * guard completes with whether to go on. It is not asked when the document shown is still the one the last
     * such replacement showed (a training run paused twice): that is the workspace's own output, and undo keeps it.
     */
    public void setReplaceGuard(Supplier<CompletableFuture<Boolean>> guard) {
        replaceGuard = Objects.requireNonNull(guard);
    }

    /** Number of steps of the current trace. */
    public int stepCount() { return trace.get().steps().size(); }

    /** The step at the cursor, if any. */
    public Optional<Step> currentStep() {
        int at = cursor.get();
        return at < 0 ? Optional.empty() : Optional.of(trace.get().step(at));
    }

    /** The steps shown so far (index ≤ cursor). */
    public List<Step> stepsShown() {
        return trace.get().steps().subList(0, cursor.get() + 1);
    }

    /** Whether a name is a given number of the document that can be edited. */
    public boolean isEditable(String name) {
        return name != null && editableValue(name).isPresent();
    }

    /**
     * The given value of an editable name. An expression's variables are editable even before the user
     * set them: their values are then the ones the computation chose.
     */
    public OptionalDouble editableValue(String name) {
        OptionalDouble given = DocumentEdits.value(document.get(), name);
        if (given.isPresent() || !(document.get() instanceof ExpressionDocument) || name == null) return given;
        return trace.get().graph().find(name).filter(n -> n.kind() == Node.Kind.VARIABLE)
                .map(n -> OptionalDouble.of(n.value())).orElse(OptionalDouble.empty());
    }

    // Commands

    /** Shows one more step, unless all are shown. */
    public void stepForward() {
        jumpTo(cursor.get() + 1);
    }

    /** Shows one step fewer, down to nothing computed. */
    public void stepBack() {
        jumpTo(cursor.get() - 1);
    }

    /** Back to nothing computed: only the given numbers show. */
    public void reset() {
        jumpTo(-1);
    }

    /** Shows every step. */
    public void toEnd() {
        jumpTo(stepCount() - 1);
    }

    /** Moves the cursor, clamped to -1 … last step. */
    public void jumpTo(int index) {
        publish(state.withCursor(index));
    }

    /** Selects a node by name (null clears the selection); unknown names clear it too. */
    public void select(String name) {
        publish(state.withSelection(name != null && trace.get().graph().find(name).isPresent() || isEditable(name) ? name : null));
    }

    /**
     * Sets a given number from text. Invalid text, or a value the document refuses, keeps the old value
     * and returns (and reports) a message naming the quantity. On success the trace is recomputed and
     * the cursor stays where it was.
     */
    public EditResult edit(String name, String text) {
        if (!isEditable(name)) return reject(Messages.format("edit.notEditable", String.valueOf(name)));
        EditResult parsed = NumberInput.parse(name, text);
        if (!parsed.accepted()) return reject(parsed.message());
        return set(name, parsed.value());
    }

    /** Adds {@code delta} to a given number (scroll to nudge); same rules as {@link #edit}. */
    public EditResult nudge(String name, double delta) {
        OptionalDouble old = editableValue(name);
        if (old.isEmpty()) return reject(Messages.format("edit.notEditable", String.valueOf(name)));
        double value = old.getAsDouble() + delta;
        if (Math.abs(value) > NumberInput.LIMIT) return reject(Messages.format("edit.tooLarge", name, value, "1e12"));
        return set(name, value, Messages.format("doc.reason.nudge", name), true);
    }

    /**
     * Shows another document (the View menu's lecture network) as one undoable change; keeps the cursor
     * where possible.
     */
    public EditResult open(Document newDocument) {
        return replaceDocument(newDocument, Messages.format("doc.reason.open", describe(newDocument)));
    }

    /**
     * Replaces the document as one undoable step named {@code reason} (shown as "Undo reason"). Training
     * calls it once when a run ends, with the trained document, so the whole run undoes in one step. A
     * document that cannot be computed is refused: nothing changes and the message is returned and reported.
     */
    public EditResult replaceDocument(Document newDocument, String reason) {
        return change(newDocument, reason, false);
    }

    /**
     * As {@link #replaceDocument}, but first asks the replace guard (about unsaved work), and the new trace is
     * computed off the JavaFX thread whatever the document's size, for documents whose pass is long (a trained
     * network, the digits network's 5,000 steps); the change lands on the JavaFX thread when it is ready, as one
     * undoable step, unless a newer change overtook it. The future completes there too, with the refusal when
     * the guard said no, the trace failed or a newer change came first.
     */
    public CompletableFuture<EditResult> replaceDocumentInBackground(Document newDocument, String reason) {
        CompletableFuture<Boolean> asked = state.document() == replacedLast && !tracing.isPending()
                ? CompletableFuture.completedFuture(true) : replaceGuard.get();
        return asked.thenCompose(go -> {
            if (!go) return CompletableFuture.completedFuture(EditResult.rejected(Messages.get("work.replace.kept")));
            EditResult[] verdict = {EditResult.rejected(Messages.get("work.replace.overtaken"))};
            Document before = target();
            CompletableFuture<LatestWins.Outcome> done = tracing.submit(newDocument, source, computed -> {
                history.record(before, reason, false);
                show(newDocument, computed);
                replacedLast = newDocument;
                verdict[0] = EditResult.accepted(Double.NaN);
            }, failure -> verdict[0] = reject(failureMessage(failure)));
            return done.thenApply(outcome -> verdict[0]);
        });
    }

    /**
     * Starts afresh with a document (a file opened, a preset chosen with File → New, a recovered file):
     * the undo history is forgotten and the document counts as unmodified. Refused like
     * {@link #replaceDocument}.
     */
    public EditResult load(Document newDocument) {
        return load(newDocument, false);
    }

    /** As {@link #load(Document)}; with {@code modified}, the document counts as not yet saved (a recovered file). */
    public EditResult load(Document newDocument, boolean modified) {
        if (BackgroundTracing.large(newDocument)) {
            Document wasSaved = saved;
            history.clear();
            saved = modified ? null : newDocument;
            return showLater(newDocument, KEEP_CURSOR, () -> saved = wasSaved);
        }
        Trace next;
        try {
            next = source.compute(newDocument);
        } catch (RuntimeException e) {
            return reject(describe(e));
        }
        tracing.drop();
        history.clear();
        saved = modified ? null : newDocument;
        show(newDocument, next);
        return EditResult.accepted(Double.NaN);
    }

    /** Notes that the current document has been saved: it no longer counts as modified. */
    public void markSaved(Document savedDocument) {
        saved = savedDocument;
        updateHistory();
    }

    /** Returns to the document before the last change, if any; the cursor stays where possible. */
    public void undo() {
        history.undo(target()).ifPresent(this::restore);
    }

    /** Makes the last undone change again, if any. */
    public void redo() {
        history.redo(target()).ifPresent(this::restore);
    }

    /**
     * Shows an expression typed by the user at its given values (nothing computed yet, step 0), as one
     * undoable change; on a parse error the message is reported and nothing changes.
     */
    public EditResult openExpression(String source) {
        ExpressionDocument typed = DocumentEdits.expression(document.get(), source);
        try {
            Map<String, Double> values = new LinkedHashMap<>();
            for (String variable : Parser.parse(source).variables()) {
                Double kept = typed.values().get(variable);
                values.put(variable, kept != null ? kept : STARTING_VALUES.getOrDefault(variable, 1.0));
            }
            typed = new ExpressionDocument(source, values);
        } catch (ExpressionException malformed) {
            // open() reports it, with its place in the text
        }
        return change(typed, Messages.format("doc.reason.expression", source.strip()), false, -1);
    }

    /**
     * Values a newly typed variable starts with: the lecture's x = −2, y = 5, z = −4 (so typing (x+y)*z shows
     * the lecture's example), 1 for any other name.
     */
    private static final Map<String, Double> STARTING_VALUES = ((ExpressionDocument) Presets.load("simple").document()).values();

    private EditResult set(String name, double value) {
        return set(name, value, Messages.format("doc.reason.edit", name, NumberStyle.LECTURE.format(value)), false);
    }

    private EditResult set(String name, double value, String reason, boolean mergeable) {
        Document next;
        try {
            next = DocumentEdits.set(target(), name, value);
        } catch (IllegalArgumentException e) {
            return reject(Messages.format("edit.refused", name, describe(e)));
        }
        EditResult opened = change(next, reason, mergeable);
        return opened.accepted() ? EditResult.accepted(value) : opened;
    }

    private EditResult change(Document next, String reason, boolean mergeable) {
        return change(next, reason, mergeable, state.cursor());
    }

    /** Replaces the document as one undoable step, showing the new trace at the cursor {@code at} (clamped). */
    private EditResult change(Document next, String reason, boolean mergeable, int at) {
        if (BackgroundTracing.large(next)) {
            boolean ownStep = history.record(target(), reason, mergeable);
            return showLater(next, at, ownStep ? history::withdraw : () -> { });
        }
        Trace computed;
        try {
            computed = source.compute(next);
        } catch (RuntimeException e) {
            return reject(describe(e));
        }
        history.record(target(), reason, mergeable);
        tracing.drop();
        show(next, computed, at);
        return EditResult.accepted(Double.NaN);
    }

    private void restore(Document earlier) {
        if (BackgroundTracing.large(earlier)) {
            showLater(earlier, KEEP_CURSOR, () -> { });
            return;
        }
        try {
            Trace computed = source.compute(earlier);
            tracing.drop();
            show(earlier, computed);
        } catch (RuntimeException e) {
            reject(describe(e));
        }
    }

    /**
     * Traces a large document in the background and shows it when ready, unless a newer change overtook it;
     * the caller has already made the change's bookkeeping, which {@code undoBookkeeping} takes back should the
     * trace fail. Accepted at once: commands made meanwhile build on {@code next}.
     */
    private EditResult showLater(Document next, int at, Runnable undoBookkeeping) {
        tracing.submit(next, source, computed -> show(next, computed, at == KEEP_CURSOR ? state.cursor() : at), failure -> {
            undoBookkeeping.run();
            reject(failureMessage(failure));
            updateHistory();
        });
        updateHistory();
        return EditResult.accepted(Double.NaN);
    }

    /** The document the next command builds on: the newest one asked for, even while its trace is computed. */
    private Document target() {
        return tracing.newest(state.document());
    }

    private static String failureMessage(Throwable failure) {
        return failure instanceof RuntimeException e ? describe(e) : Messages.get("error.unknown");
    }

    private void show(Document next, Trace computed) {
        show(next, computed, state.cursor());
    }

    /**
     * Shows a document with its trace at the cursor {@code at} (clamped into the new trace) and keeps the
     * selection where the new document still has it.
     */
    private void show(Document next, Trace computed, int at) {
        String selected = state.selection();
        ModelState shown = new ModelState(next, computed, Reveal.of(computed), ModelState.clamp(at, computed.steps().size()), null);
        if (selected != null && (computed.graph().find(selected).isPresent() || DocumentEdits.value(next, selected).isPresent())) {
            shown = shown.withSelection(selected);
        }
        errorMessage.set("");
        publish(shown);
        updateHistory();
    }

    /**
     * Replaces the whole state, then tells the listeners of each part that changed — in the order document,
     * trace, reveal, cursor, selection. Each listener reads the new state whole, whichever part it listens to.
     */
    private void publish(ModelState next) {
        ModelState was = state;
        state = next;
        document.announce(was, next);
        trace.announce(was, next);
        reveal.announce(was, next);
        cursor.announce(was, next);
        selection.announce(was, next);
    }

    private void updateHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoReason.set(history.undoReason());
        redoReason.set(history.redoReason());
        modified.set(document.get() != saved);
    }

    private static String describe(Document shown) {
        return shown instanceof NetworkDocument network ? network.name() : ((ExpressionDocument) shown).source();
    }

    private EditResult reject(String message) {
        errorMessage.set(message);
        return EditResult.rejected(message);
    }

    private static String describe(RuntimeException e) {
        return Problems.text(e);
    }

}

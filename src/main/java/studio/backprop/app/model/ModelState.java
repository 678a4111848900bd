package studio.backprop.app.model;

import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.diagram.Reveal;

/**
 * Everything the views of the stepped pass read, replaced in one piece so that no listener can see a
 * document with another document's trace, or a cursor past the end of the trace it indexes.
 *
 * @param document  what the user built
 * @param trace     the pass computed from it
 * @param reveal    when each quantity of that trace becomes known
 * @param cursor    the last step shown, -1 … trace steps - 1
 * @param selection the selected node's name, or null
 */
record ModelState(Document document, Trace trace, Reveal reveal, int cursor, String selection) {

    ModelState {
        if (cursor < -1 || cursor >= trace.steps().size()) {
            throw new IllegalArgumentException("cursor " + cursor + " outside -1…" + (trace.steps().size() - 1));
        }
    }

    /** The cursor {@code index} clamped into a trace of {@code steps} steps. */
    static int clamp(int index, int steps) {
        return Math.max(-1, Math.min(steps - 1, index));
    }

    ModelState withCursor(int index) {
        return new ModelState(document, trace, reveal, clamp(index, trace.steps().size()), selection);
    }

    ModelState withSelection(String name) {
        return new ModelState(document, trace, reveal, cursor, name);
    }
}

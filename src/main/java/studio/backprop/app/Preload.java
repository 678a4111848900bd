package studio.backprop.app;

import studio.backprop.app.support.Messages;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.rendering.diagram.Arrangement;
import studio.backprop.rendering.diagram.GraphLayout;
import studio.backprop.rendering.diagram.NetworkLayout;

/**
 * What the first frame needs that needs no JavaFX, read on a thread of its own while JavaFX's toolkit starts: the
 * messages, the lecture's preset (the document the window opens with, whose reading starts Jackson) and the other
 * presets (the File → New menu shows each with its description). The window asks for the same things on the JavaFX
 * thread and finds them read, or waits for the one being read; a preset that cannot be read is left to the window,
 * which reports it as it always does. Before the other presets it computes the lecture's trace and lays out its
 * diagrams once, as the window will: the window computes them again, but with their classes initialised and their
 * call sites linked (measured: about 100 ms less of the JavaFX thread before the first frame, under load 7).
 */
final class Preload {
    private Preload() { }

    /** Starts reading; returns at once. */
    static void start() {
        thread().start();
    }

    /** The reading thread, not started: a daemon, so a window closed early never waits for it. */
    static Thread thread() {
        Thread thread = new Thread(Preload::read, "preload");
        thread.setDaemon(true);
        return thread;
    }

    private static void read() {
        try {
            Messages.bundle();
            Document lecture = StudioApp.defaultDocument();
            layOut(lecture);
            Presets.names().forEach(Preload::load);
        } catch (RuntimeException e) {
            // the window reads it again and reports what is wrong with it
        }
    }

    /**
     * Computes the lecture's trace and lays out its diagrams once, as the window will, so that the classes they
     * need are initialised and their call sites linked before the JavaFX thread gets there.
     */
    private static void layOut(Document lecture) {
        try {
            warm(lecture);
        } catch (RuntimeException e) {
            // the window computes and lays out the lecture itself and reports what is wrong with it
        }
    }

    private static void warm(Document lecture) {
        Trace trace = StudioApp.defaultCompute().compute(lecture);
        GraphLayout.of(trace.graph());
        if (lecture instanceof NetworkDocument network) {
            NetworkLayout.of(network.network());
            NetworkLayout.of(network.network(), Arrangement.NARROW);
        }
    }

    private static void load(String preset) {
        try {
            Presets.load(preset);
        } catch (RuntimeException e) {
            // the window reads it again and reports what is wrong with it
        }
    }
}

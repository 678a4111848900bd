package studio.backprop.app;

import studio.backprop.app.support.Messages;
import studio.backprop.core.io.Presets;

/**
 * What the first frame needs that needs no JavaFX, read on a thread of its own while JavaFX's toolkit starts: the
 * messages, the lecture's preset (the document the window opens with, whose reading starts Jackson) and the other
 * presets (the File → New menu shows each with its description). The window asks for the same things on the JavaFX
 * thread and finds them read, or waits for the one being read; a preset that cannot be read is left to the window,
 * which reports it as it always does.
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
            StudioApp.defaultDocument();
            Presets.names().forEach(Preload::load);
        } catch (RuntimeException e) {
            // the window reads it again and reports what is wrong with it
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

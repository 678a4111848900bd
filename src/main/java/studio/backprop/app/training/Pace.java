package studio.backprop.app.training;

import java.util.function.BooleanSupplier;

/** Slows a training run down to a number of iterations per second, so that a class can watch it learn. */
final class Pace {
    private Pace() { }

    /** Sleeps until {@code done} iterations are due at the pace, waking early when the run is stopped. */
    static void waitFor(long began, int done, int perSecond, BooleanSupplier halt) {
        long due = began + (long) (done * 1e9 / perSecond);
        while (!halt.getAsBoolean()) {
            long left = due - System.nanoTime();
            if (left <= 0) return;
            try {
                Thread.sleep(Math.min(20, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

package studio.backprop.app;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The start-up measurements. With {@code -Dbackprop.exitAfterShown=true} (used by {@code bench}), once the first
 * window is shown the application prints {@code startup.window MS ms} (milliseconds since the JVM started) and
 * {@code heap.app.used MB MB} (heap in use after a full collection), then exits. With
 * {@code -Dbackprop.probe.firstStep=MS} it presses → {@code MS} milliseconds after the window is shown, as a
 * clicker would; it prints {@code startup.firstPulse MS ms} (since the JVM started, when the window's first frame
 * is laid out) and {@code startup.firstStep MS ms} (from the key to the end of the layout pass that draws the
 * step, with the process's and the JavaFX thread's CPU time over it) and which of the start's warm-ups had ended by
 * then, and the same for a second step, and exits. Before them it prints where the start's
 * time went: {@code startup.main} (the JVM up to the launcher) and {@code startup.shown} (JavaFX's toolkit and the
 * window's construction, up to the stage being shown), both since the JVM started; beside each time the process's
 * CPU time so far (all threads: the JIT compilers' share is large at start) and, at the first pulse, the JavaFX
 * thread's alone; {@code startup.warmedUp}, when the typesetter's warm-up (begun after the first frame) ended; and
 * {@code startup.rehearsed}, when the rehearsal of the first steps ({@link Rehearsal}) ended and how many it rehearsed.
 */
public final class StartupProbe {
    /** The system property that turns the probe on. */
    public static final String PROPERTY = "backprop.exitAfterShown";
    /** The system property with the delay before the probe's first step, in milliseconds. */
    public static final String FIRST_STEP = "backprop.probe.firstStep";

    /** When the launcher was entered, in milliseconds since the JVM started; -1 before. */
    private static volatile long launched = -1;

    private StartupProbe() { }

    /** Called by the launcher first thing: the JVM's own share of the start ends here. */
    static void markLaunch() {
        launched = sinceLaunch();
    }

    /** Called right after the stage is shown: measures on the next pulse, when the window has been drawn, and exits. */
    public static void afterShown(Scene scene, CompletableFuture<?> typeset, CompletableFuture<Integer> rehearsed) {
        Integer firstStep = Integer.getInteger(FIRST_STEP);
        if (firstStep != null) {
            System.out.println("startup.main " + launched + " ms");
            System.out.println("startup.shown " + sinceLaunch() + " ms (cpu " + cpuMillis() + " ms)");
            Runnable[] firstPulse = new Runnable[1];
            firstPulse[0] = () -> {
                scene.removePostLayoutPulseListener(firstPulse[0]);
                System.out.println("startup.firstPulse " + sinceLaunch() + " ms (cpu " + cpuMillis() + " ms, JavaFX thread "
                        + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms)");
            };
            typeset.whenComplete((done, failed) -> System.out.println("startup.warmedUp " + sinceLaunch() + " ms"));
            rehearsed.whenComplete((steps, failed) -> System.out.println("startup.rehearsed " + sinceLaunch() + " ms (" + steps + " steps)"));
            scene.addPostLayoutPulseListener(firstPulse[0]);
            Thread timer = new Thread(() -> {
                try {
                    Thread.sleep(firstStep);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> pressRight(scene, typeset, rehearsed, 1));
            }, "probe");
            timer.setDaemon(true);
            timer.start();
            return;
        }
        if (!Boolean.getBoolean(PROPERTY)) return;
        Platform.runLater(() -> {
            System.out.println("startup.window " + sinceLaunch() + " ms");
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            double used = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
            System.out.println(String.format(Locale.ROOT, "heap.app.used %.1f MB", used));
            System.out.flush();
            Platform.exit();
        });
    }

    /** Milliseconds since the JVM started. */
    private static long sinceLaunch() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Presses → and measures until the layout pass that draws the step; the second press measures a warm step. */
    private static void pressRight(Scene scene, CompletableFuture<?> typeset, CompletableFuture<Integer> rehearsed, int press) {
        String warmth = warmth(typeset, rehearsed);
        long start = System.nanoTime();
        long cpuStart = cpuMillis();
        long fxStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            double ms = (System.nanoTime() - start) / 1e6;
            String name = press == 1 ? "startup.firstStep" : "startup.secondStep";
            long fx = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - fxStart) / 1_000_000;
            System.out.println(String.format(Locale.ROOT, "%s %.1f ms (cpu %d ms, JavaFX thread %d ms, %s)", name, ms,
                    cpuMillis() - cpuStart, fx, warmth));
            System.out.flush();
            if (press == 1) Platform.runLater(() -> pressRight(scene, typeset, rehearsed, 2));
            else Platform.exit();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Event.fireEvent(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot(),
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false));
    }

    /** What of the warm-up had ended when → was pressed: the typesetter's, and the rehearsal. */
    private static String warmth(CompletableFuture<?> typeset, CompletableFuture<Integer> rehearsed) {
        return "typeset " + (typeset.isDone() ? "done" : "still running") + ", rehearsal "
                + (rehearsed.isDone() ? "done, " + rehearsed.join() + " steps" : "still running");
    }

    /** CPU time of the whole process so far, in milliseconds (-1 where the platform does not say). */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }
}

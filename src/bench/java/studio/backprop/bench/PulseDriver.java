package studio.backprop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import studio.backprop.app.StudioApp;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.view.DiagramView;
import studio.backprop.app.view.NetworkView;
import studio.backprop.app.view.Styles;
import studio.backprop.core.doc.Document;
import studio.backprop.rendering.diagram.NetworkRenderer;

/**
 * The child JVM of {@link WindowPulses}: opens the real window at 1366×768 with the lecture loaded, as the
 * application does, and then acts as a lecturer would, printing a mark line before and after each phase so
 * the parent can cut JavaFX's pulse log into phases: step through the lecture pass on the network, nudge a
 * weight as the scroll wheel does, then the same stepping on the graph view. Then the big drawings, each
 * stepped and panned as a user meets them: a 2-30-30-2 network (1,020 edges) at 100 % with its labels, a
 * 784-128-10 network (101,632 edges) fitted, and a 4-16-16-4 network's graph of 505 nodes, fitted.
 *
 * <p>Each end mark carries the CPU time the JavaFX thread and the renderer thread spent in the phase, so a
 * run on a loaded machine can still tell the work a pulse costs from the time it waited for a core.
 */
public final class PulseDriver {
    static final String MARK = "BENCH-MARK ";
    /** A clicker's pace: well above a pulse, well below a lecturer's. */
    private static final long STEP_MILLIS = 150;
    /** The renderer thread of the Quantum toolkit. */
    private static final String RENDERER = "QuantumRenderer";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long fxThread;

    private PulseDriver() { }

    public static void main(String[] args) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        StudioModel[] model = new StudioModel[1];
        Stage[] stage = new Stage[1];
        DiagramView.beforeToolkit(); // as the application's launcher does
        Platform.startup(() -> {
            fxThread = Thread.currentThread().getId();
            Document lecture = StudioApp.defaultDocument();
            model[0] = new StudioModel(StudioApp.defaultCompute(), lecture);
            stage[0] = new Stage();
            stage[0].setScene(StudioApp.createScene(model[0], lecture, 1366, 768));
            stage[0].show();
            press(stage[0], "#networkViewMaximise");
            shown.countDown();
        });
        if (!shown.await(180, TimeUnit.SECONDS)) {
            System.out.println("the window did not show within 3 minutes");
            System.exit(1); // the toolkit's threads would keep the JVM alive
        }
        Thread.sleep(3000); // start-up work settles
        if (!List.of(args).contains("--big")) lecture(model[0], stage[0]);
        try {
            if (!List.of(args).contains("--lecture")) {
                if (List.of(args).contains("--big")) {
                    fx(() -> { // the views as the lecture leaves them: the graph maximised
                        press(stage[0], "#networkViewMaximise");
                        press(stage[0], "#graphViewMaximise");
                    });
                }
                bigDrawings(model[0], stage[0]);
            }
        } catch (IllegalStateException e) {
            System.out.println(MARK + "failed " + e.getMessage());
        }
        Platform.exit();
        System.exit(0);
    }

    /** The lecture: stepped and nudged on the network, then stepped on the graph. */
    private static void lecture(StudioModel model, Stage stage) throws InterruptedException {
        phase("network.step", () -> stepThrough(model, Integer.MAX_VALUE));
        phase("network.nudge", () -> nudge(model, "w5"));
        fx(() -> {
            model.reset();
            press(stage, "#networkViewMaximise"); // back to both views
            press(stage, "#graphViewMaximise");
        });
        Thread.sleep(1000);
        phase("graph.step", () -> stepThrough(model, Integer.MAX_VALUE));
    }

    /** The big drawings: each document loaded, then stepped and panned in its maximised view. */
    private static void bigDrawings(StudioModel model, Stage stage) throws InterruptedException {
        fx(() -> {
            press(stage, "#graphViewMaximise"); // back to both views
            press(stage, "#networkViewMaximise");
            model.load(Bench.thousandWeightsDocument());
            view(stage, Styles.NETWORK_VIEW_ID).zoomTo(1);
        });
        Thread.sleep(2000);
        phase("network1000.step", () -> stepThrough(model, 40));
        phase("network1000.pan", () -> pan(view(stage, Styles.NETWORK_VIEW_ID)));
        fx(() -> {
            model.load(Bench.graphDocument());
            press(stage, "#networkViewMaximise"); // back to both views
            press(stage, "#graphViewMaximise");
            view(stage, Styles.GRAPH_VIEW_ID).fit();
        });
        Thread.sleep(2000);
        phase("graph500.step", () -> stepThrough(model, 40));
        phase("graph500.pan", () -> pan(view(stage, Styles.GRAPH_VIEW_ID)));
        long loading = System.nanoTime();
        fx(() -> {
            press(stage, "#graphViewMaximise"); // back to both views
            press(stage, "#networkViewMaximise");
            model.load(Bench.mnistDocument());
            view(stage, Styles.NETWORK_VIEW_ID).fit();
        });
        System.out.println(MARK + "loaded network784 " + (System.nanoTime() - loading) / 1_000_000 + " ms");
        NetworkView network = (NetworkView) view(stage, Styles.NETWORK_VIEW_ID);
        for (int i = 0; i < 1200 && !fxGet(() -> network.networkLayout() != null // laid out in the background
                && network.networkLayout().weights().size() > NetworkRenderer.OVERVIEW_EDGES); i++) {
            Thread.sleep(50);
        }
        System.out.println(MARK + "laid out network784 " + (System.nanoTime() - loading) / 1_000_000 + " ms");
        fx(() -> network.fit());
        Thread.sleep(3000);
        phase("network784.step", () -> stepThrough(model, 40));
        phase("network784.pan", () -> pan(view(stage, Styles.NETWORK_VIEW_ID)));
    }

    private static DiagramView view(Stage stage, String id) {
        return (DiagramView) stage.getScene().lookup("#" + id);
    }

    private static void stepThrough(StudioModel model, int most) throws InterruptedException {
        int steps = Math.min(most, fxGet(model::stepCount));
        for (int i = 0; i < steps; i++) {
            fx(model::stepForward);
            Thread.sleep(STEP_MILLIS);
        }
    }

    /** Thirty scroll-wheel nudges of a weight, up and down, as the scroll wheel sends them. */
    private static void nudge(StudioModel model, String weight) throws InterruptedException {
        fx(model::toEnd);
        for (int i = 0; i < 30; i++) {
            double delta = (i / 5) % 2 == 0 ? 0.01 : -0.01;
            fx(() -> model.nudge(weight, delta));
            Thread.sleep(STEP_MILLIS / 2);
        }
    }

    /** Forty moves of a drag across the view and back, at the pace of the mouse's events. */
    private static void pan(DiagramView view) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            double dx = (i / 10) % 2 == 0 ? 12 : -12;
            fx(() -> view.panBy(dx, dx / 2));
            Thread.sleep(20);
        }
    }

    private interface Phase {
        void run() throws InterruptedException;
    }

    private static void phase(String name, Phase phase) throws InterruptedException {
        Thread.sleep(500);
        long[] before = cpu();
        System.out.println(MARK + "start " + name);
        System.out.flush();
        phase.run();
        Thread.sleep(500);
        long[] after = cpu();
        System.out.println(MARK + "end " + name + String.format(Locale.ROOT, " cpu.fx=%d cpu.render=%d",
                (after[0] - before[0]) / 1_000_000, (after[1] - before[1]) / 1_000_000));
        System.out.flush();
    }

    /** Nanoseconds of CPU the JavaFX thread and the renderer threads have used so far. */
    private static long[] cpu() {
        long[] nanos = new long[2];
        nanos[0] = Math.max(0, THREADS.getThreadCpuTime(fxThread));
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(RENDERER)) nanos[1] += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
        }
        return nanos;
    }

    private static void press(Stage stage, String id) {
        Node node = stage.getScene().lookup(id);
        if (node instanceof Button button) button.fire();
    }

    private static void fx(Runnable work) throws InterruptedException {
        fxGet(() -> {
            work.run();
            return null;
        });
    }

    private static <T> T fxGet(Supplier<T> work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Platform.runLater(() -> {
            result[0] = work.get();
            done.countDown();
        });
        if (!done.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the JavaFX thread did not answer");
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}

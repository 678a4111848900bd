package studio.backprop.bench;

import java.util.function.Supplier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import studio.backprop.app.StudioApp;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.doc.Document;

/**
 * The child JVM of {@link WindowPulses}: opens the real window at 1366×768 with the lecture loaded, as the
 * application does, and then acts as a lecturer would, printing a mark line before and after each phase so
 * the parent can cut JavaFX's pulse log into phases: step through the lecture pass on the network, nudge a
 * weight as the scroll wheel does, then the same stepping on the graph view.
 */
public final class PulseDriver {
    static final String MARK = "BENCH-MARK ";
    /** A clicker's pace: well above a pulse, well below a lecturer's. */
    private static final long STEP_MILLIS = 150;

    private PulseDriver() { }

    public static void main(String[] args) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        StudioModel[] model = new StudioModel[1];
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            Document lecture = StudioApp.defaultDocument();
            model[0] = new StudioModel(StudioApp.defaultCompute(), lecture);
            stage[0] = new Stage();
            stage[0].setScene(StudioApp.createScene(model[0], lecture, 1366, 768));
            stage[0].show();
            press(stage[0], "#networkViewMaximise");
            shown.countDown();
        });
        if (!shown.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the window did not show");
        Thread.sleep(3000); // start-up work settles
        phase("network.step", () -> stepThrough(model[0]));
        phase("network.nudge", () -> nudge(model[0], "w5"));
        fx(() -> {
            model[0].reset();
            press(stage[0], "#networkViewMaximise"); // back to both views
            press(stage[0], "#graphViewMaximise");
        });
        Thread.sleep(1000);
        phase("graph.step", () -> stepThrough(model[0]));
        Platform.exit();
        System.exit(0);
    }

    private static void stepThrough(StudioModel model) throws InterruptedException {
        int steps = fxGet(model::stepCount);
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

    private interface Phase {
        void run() throws InterruptedException;
    }

    private static void phase(String name, Phase phase) throws InterruptedException {
        Thread.sleep(500);
        System.out.println(MARK + "start " + name);
        System.out.flush();
        phase.run();
        Thread.sleep(500);
        System.out.println(MARK + "end " + name);
        System.out.flush();
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
        if (!done.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the JavaFX thread did not answer");
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}

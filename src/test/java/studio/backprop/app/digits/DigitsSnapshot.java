package studio.backprop.app.digits;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import studio.backprop.app.StudioApp;
import studio.backprop.app.model.StudioModel;
import studio.backprop.rendering.export.PngExport;

/**
 * Not a test: opens the window on the digits tab (1366×768), waits until something is drawn on the pad
 * (by hand or with xdotool) and the pad has been still for three seconds, prints the network's answer and
 * saves the window's own snapshot to the path given as the first argument (default assets/digits-pad.png).
 */
public final class DigitsSnapshot {
    private static final long STILL_NANOS = 3_000_000_000L;

    private DigitsSnapshot() { }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class so that the launcher class does not extend Application. */
    public static final class Window extends Application {

    @Override
    public void start(Stage stage) {
        Path file = Path.of(getParameters().getRaw().isEmpty() ? "assets/digits-pad.png" : getParameters().getRaw().get(0));
        StudioModel model = new StudioModel(StudioApp.defaultCompute(), StudioApp.defaultDocument());
        Scene scene = StudioApp.createScene(model, StudioApp.defaultDocument(), 1366, 740);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        TabPane tabs = (TabPane) scene.lookup("#tabs");
        Tab digits = tabs.getTabs().stream().filter(t -> "digitsTab".equals(t.getId())).findFirst().orElseThrow();
        tabs.getSelectionModel().select(digits); // the tab builds its workspace when first shown
        DigitsModel pane = ((DigitsView) digits.getContent()).model();
        new AnimationTimer() {
            private int strokes = -1;
            private int points = -1;
            private long still;

            @Override
            public void handle(long now) {
                int s = pane.drawing().strokes().size();
                int p = pane.drawing().strokes().stream().mapToInt(List::size).sum();
                if (s != strokes || p != points || pane.isTraining() || pane.trained().isEmpty()) {
                    strokes = s;
                    points = p;
                    still = now;
                    return;
                }
                if (s == 0 || now - still < STILL_NANOS) return;
                stop();
                double[] probabilities = pane.probabilities().orElse(new double[0]);
                System.out.println("strokes " + s + ", points " + p + ", probabilities " + Arrays.toString(probabilities)
                        + ", answer " + (probabilities.length == 0 ? "none" : ConfusionMatrix.argmax(probabilities)));
                try {
                    PngExport.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(new SnapshotParameters(), null), null), file);
                    System.out.println("saved " + file.toAbsolutePath());
                } catch (IOException e) {
                    System.out.println("could not save " + file + ": " + e.getMessage());
                }
                Platform.exit();
            }
        }.start();
    }

}
}

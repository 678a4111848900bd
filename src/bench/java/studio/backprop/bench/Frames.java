package studio.backprop.bench;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Affine;
import studio.backprop.app.view.Palette;
import studio.backprop.rendering.FxThread;

/**
 * Times one frame of a diagram as its view draws it: on the JavaFX thread, a 1280×800 canvas is cleared, the
 * drawing is scaled to fit (as the view's fit does, at most 2×) or shown at a given zoom around its centre, and
 * drawn, and the canvas is snapshotted. Canvas
 * commands are only recorded when drawn; the snapshot makes the toolkit rasterise them, so the figure includes
 * the rendering.
 */
final class Frames {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private Frames() { }

    /**
     * Median nanoseconds of one frame of {@code draw} (called with the graphics context already transformed)
     * for content of the given size, at {@code zoom} (0: fitted). Runs on the JavaFX thread, which must be running.
     */
    static double time(Harness harness, Harness.Settings settings, double contentWidth, double contentHeight, double zoom,
                       Consumer<GraphicsContext> draw) {
        return onFxThread(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            WritableImage image = new WritableImage(WIDTH, HEIGHT);
            double scale = zoom > 0 ? zoom : Math.min(2.0, Math.min(WIDTH / contentWidth, HEIGHT / contentHeight));
            double panX = (WIDTH - contentWidth * scale) / 2;
            double panY = (HEIGHT - contentHeight * scale) / 2;
            return harness.medianNanos(() -> {
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.setTransform(new Affine());
                gc.setFill(Palette.BACKGROUND);
                gc.fillRect(0, 0, WIDTH, HEIGHT);
                gc.setTransform(scale, 0, 0, scale, panX, panY);
                draw.accept(gc);
                gc.setTransform(new Affine());
                canvas.snapshot(null, image);
                return image.getPixelReader().getArgb(WIDTH / 2, HEIGHT / 2);
            }, settings);
        });
    }

    /** Runs {@code work} on the JavaFX thread and waits for its result (at most 5 minutes). */
    static <T> T onFxThread(Supplier<T> work) {
        return FxThread.call(work, 300, "a frame measurement");
    }
}

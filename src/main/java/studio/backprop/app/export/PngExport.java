package studio.backprop.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import studio.backprop.app.view.DiagramState;
import studio.backprop.app.view.EquationPanel;
import studio.backprop.app.view.GraphLayout;
import studio.backprop.app.view.GraphRenderer;
import studio.backprop.app.view.NetworkLayout;
import studio.backprop.app.view.NetworkRenderer;
import studio.backprop.app.view.Palette;
import studio.backprop.app.view.TexImages;
import studio.backprop.app.model.Reveal;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;

/**
 * PNG export of a diagram or an equation, shared by the window's File → Export and the command line. It
 * builds the view offscreen with the same renderers the window uses, snapshots it and converts it to a
 * {@link BufferedImage}; it starts the JavaFX toolkit when it is not running (no Stage is shown), so it
 * works headless under Monocle.
 */
public final class PngExport {
    /** Scales offered to the user. */
    public static final double[] SCALES = {1, 2, 4};

    private static volatile boolean startedHere;

    private PngExport() { }

    /**
     * Draws one view of a trace with the steps up to {@code step} shown.
     *
     * @param document   the document the trace was computed from (the network diagram needs its shape)
     * @param trace      the numbers
     * @param view       which view to draw
     * @param step       last step shown (-1 = only the given numbers); the equation needs a step ≥ 0
     * @param scale      pixel scale, e.g. 1, 2 or 4
     * @param background white or transparent
     * @throws IllegalArgumentException naming the problem when the view cannot be drawn for these arguments
     */
    public static BufferedImage render(Document document, Trace trace, ExportView view, int step, double scale,
                                       ExportBackground background) {
        if (!(scale > 0) || scale > 8) throw new IllegalArgumentException("export scale must be between 0 and 8, not " + scale);
        if (step < -1 || step >= trace.steps().size()) {
            throw new IllegalArgumentException("step " + step + " does not exist: the pass has steps 0 to " + (trace.steps().size() - 1));
        }
        if (view == ExportView.NETWORK && !(document instanceof NetworkDocument)) {
            throw new IllegalArgumentException("the network diagram needs a network document, not an expression");
        }
        if (view == ExportView.EQUATION && step < 0) {
            throw new IllegalArgumentException("the equation export needs a step (0 to " + (trace.steps().size() - 1) + ")");
        }
        ensureToolkit();
        return onFxThread(() -> {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(background == ExportBackground.WHITE ? Color.WHITE : Color.TRANSPARENT);
            WritableImage image = switch (view) {
                case EQUATION -> equation(trace, step, scale).snapshot(parameters, null);
                case NETWORK, GRAPH -> diagram(document, trace, view, step, scale, background).snapshot(parameters, null);
            };
            return SwingFXUtils.fromFXImage(image, null);
        });
    }

    /** Writes an image as PNG, creating parent folders. */
    public static void write(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer available for " + file);
    }

    /** Renders and writes in one call. */
    public static void export(Document document, Trace trace, ExportView view, int step, double scale,
                              ExportBackground background, Path file) throws IOException {
        write(render(document, trace, view, step, scale, background), file);
    }

    /** Stops the JavaFX toolkit if this class started it (a command-line run ends with it). */
    public static void releaseToolkit() {
        if (startedHere) Platform.exit();
    }

    private static Canvas diagram(Document document, Trace trace, ExportView view, int step, double scale,
                                  ExportBackground background) {
        DiagramState state = DiagramState.of(trace, Reveal.of(trace), step, null, 1);
        double width;
        double height;
        NetworkLayout network = null;
        GraphLayout graph = null;
        if (view == ExportView.NETWORK) {
            network = NetworkLayout.of(((NetworkDocument) document).network());
            width = network.width();
            height = network.height();
        } else {
            graph = GraphLayout.of(trace.graph());
            width = graph.width();
            height = graph.height();
        }
        Canvas canvas = new Canvas(Math.ceil(width * scale), Math.ceil(height * scale));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (background == ExportBackground.WHITE) {
            gc.setFill(Palette.BACKGROUND);
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
        gc.scale(scale, scale);
        if (network != null) NetworkRenderer.draw(gc, ((NetworkDocument) document).network(), state, network);
        else GraphRenderer.draw(gc, state, graph);
        return canvas;
    }

    private static ImageView equation(Trace trace, int step, double scale) {
        String latex = trace.step(step).equation().toLatex(NumberStyle.LECTURE);
        return new ImageView(SwingFXUtils.toFXImage(TexImages.render(latex, (float) (EquationPanel.TEX_SIZE * scale)), null));
    }

    private static void ensureToolkit() {
        try {
            Platform.startup(() -> { });
            startedHere = true;
        } catch (IllegalStateException alreadyRunning) {
            // the window or a test started it: use it
        }
    }

    private static <T> T onFxThread(Supplier<T> work) {
        return studio.backprop.app.FxThread.call(work, 60, "the export");
    }
}

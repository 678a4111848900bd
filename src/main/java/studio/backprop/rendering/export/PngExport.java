package studio.backprop.rendering.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
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
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.rendering.CanvasSurface;
import studio.backprop.rendering.Theme;
import studio.backprop.rendering.FxThread;
import studio.backprop.rendering.TexImages;
import studio.backprop.rendering.diagram.DiagramState;
import studio.backprop.rendering.diagram.GraphLayout;
import studio.backprop.rendering.diagram.GraphRenderer;
import studio.backprop.rendering.diagram.NetworkLayout;
import studio.backprop.rendering.diagram.NetworkRenderer;
import studio.backprop.rendering.diagram.Reveal;

/**
 * PNG export of a diagram or an equation, shared by the window's File → Export and the command line. It
 * builds the view offscreen with the same renderers the window uses, snapshots it and converts it to a
 * {@link BufferedImage}; it starts the JavaFX toolkit when it is not running (no Stage is shown), so it
 * works headless under Monocle.
 */
public final class PngExport {
    /** Scales offered to the user. */
    public static final double[] SCALES = {1, 2, 4};
    /** The longest side, in pixels, the toolkit draws. */
    public static final long MAX_SIDE = 16_384;
    /** Canvas, snapshot and converted image: 4 bytes a pixel each. */
    static final long BYTES_PER_PIXEL = 12;

    static {
        ImageIO.setUseCache(false); // no cache file in the temporary folder: the PNG is encoded in memory
    }

    private static volatile boolean startedHere;

    private PngExport() { }

    /**
     * Draws one view of a trace with the steps up to {@code step} shown.
     *
     * @param document   the document the trace was computed from (the network diagram needs its shape)
     * @param trace      the numbers
     * @param view       which view to draw
     * @param step       last step shown (-1 = only the given numbers); the equation needs a step ≥ 0
     * @param scale      pixel scale: the window and the command line offer 1, 2 or 4 ({@link #requireScale}); a
     *                   thumbnail may be smaller
     * @param background white or transparent
     * @throws IllegalArgumentException naming the problem when the view cannot be drawn for these arguments
     */
    public static BufferedImage render(Document document, Trace trace, ExportView view, int step, double scale,
                                       ExportBackground background) {
        return render(document, trace, view, step, scale, background, Theme.LIGHT);
    }

    /** The same, drawn with a theme (the window passes the palette it shows; the command line the light theme). */
    public static BufferedImage render(Document document, Trace trace, ExportView view, int step, double scale,
                                       ExportBackground background, Theme theme) {
        if (!(scale > 0) || scale > SCALES[SCALES.length - 1]) {
            throw new IllegalArgumentException("the scale must be above 0 and at most " + (int) SCALES[SCALES.length - 1] + ", not "
                    + NumberStyle.LECTURE.format(scale));
        }
        if (step < -1 || step >= trace.steps().size()) {
            throw new IllegalArgumentException("step " + step + " does not exist: the pass has steps 0 to " + (trace.steps().size() - 1));
        }
        if (view == ExportView.NETWORK && !(document instanceof NetworkDocument)) {
            throw new IllegalArgumentException("the network diagram needs a network document, not an expression");
        }
        if (view == ExportView.EQUATION && step < 0) {
            throw new IllegalArgumentException("the equation export needs a step (0 to " + (trace.steps().size() - 1) + ")");
        }
        if (view != ExportView.EQUATION) requireRoom(size(document, trace, view, scale));
        ensureToolkit();
        return onFxThread(() -> {
            try {
                SnapshotParameters parameters = new SnapshotParameters();
                parameters.setFill(background == ExportBackground.WHITE ? Color.WHITE : Color.TRANSPARENT);
                WritableImage image = switch (view) {
                    case EQUATION -> equation(trace, step, scale).snapshot(parameters, null);
                    case NETWORK, GRAPH -> diagram(document, trace, view, step, scale, background, theme).snapshot(parameters, null);
                };
                BufferedImage converted = image == null ? null : SwingFXUtils.fromFXImage(image, null);
                if (converted == null) throw tooLarge(scale);
                return converted;
            } catch (OutOfMemoryError | NullPointerException drawingFailed) {
                // the toolkit reports a picture it could not allocate as either; both mean "too large"
                throw tooLarge(scale);
            }
        });
    }

    /** The pixel size of a diagram at a scale: {width, height}. */
    public static long[] size(Document document, Trace trace, ExportView view, double scale) {
        double width;
        double height;
        if (view == ExportView.NETWORK) {
            NetworkLayout layout = NetworkLayout.of(((NetworkDocument) document).network());
            width = layout.width();
            height = layout.height();
        } else {
            GraphLayout layout = GraphLayout.of(trace.graph());
            width = layout.width();
            height = layout.height();
        }
        return new long[] {(long) Math.ceil(width * scale), (long) Math.ceil(height * scale)};
    }

    /** Refuses a scale other than the ones offered ({@link #SCALES}). */
    public static void requireScale(double scale) {
        for (double offered : SCALES) if (scale == offered) return;
        throw new IllegalArgumentException("the scale must be 1, 2 or 4, not " + NumberStyle.LECTURE.format(scale));
    }

    /**
     * Refuses up front a picture this Java heap cannot hold: the canvas, its snapshot and the converted image
     * each take 4 bytes a pixel, and the toolkit cannot draw a side longer than {@link #MAX_SIDE} pixels.
     */
    static void requireRoom(long[] size) {
        long pixels = size[0] * size[1];
        long bytes = pixels * BYTES_PER_PIXEL;
        long heap = Runtime.getRuntime().maxMemory();
        boolean tooWide = size[0] > MAX_SIDE || size[1] > MAX_SIDE;
        if (tooWide || bytes > heap / 2) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the picture would be %,d × %,d pixels (%s to draw), beyond the limit of %s; %s",
                    size[0], size[1], megabytes(bytes),
                    tooWide ? String.format(Locale.ROOT, "%,d pixels a side", MAX_SIDE) : "half this Java heap (" + megabytes(heap) + ")",
                    tooWide ? "use a smaller scale or view" : "use a smaller scale or give Java more memory (java -Xmx2g …)"));
        }
    }

    private static IllegalArgumentException tooLarge(double scale) {
        return new IllegalArgumentException("the picture at scale " + NumberStyle.LECTURE.format(scale)
                + " is too large to draw in this Java heap of " + megabytes(Runtime.getRuntime().maxMemory())
                + "; use a smaller scale or give Java more memory (java -Xmx2g …)");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
    }

    /** Writes an image as PNG through {@link OutputTarget}: a temporary file beside the target, then a rename. */
    public static void write(BufferedImage image, Path file) throws IOException {
        OutputTarget.write(file, png(image));
    }

    /** The image as PNG content for {@link OutputTarget}. */
    public static OutputTarget.Content png(BufferedImage image) {
        return out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        };
    }

    /** A picture drawn only when it is written, so a batch of pictures holds one image in memory at a time. */
    public static OutputTarget.Content png(Document document, Trace trace, ExportView view, int step, double scale,
                                           ExportBackground background) {
        return out -> png(render(document, trace, view, step, scale, background)).writeTo(out);
    }

    /** Renders and writes in one call; the target is checked before anything is drawn. */
    public static void export(Document document, Trace trace, ExportView view, int step, double scale,
                              ExportBackground background, Path file) throws IOException {
        OutputTarget.check(file);
        write(render(document, trace, view, step, scale, background), file);
    }

    /** Stops the JavaFX toolkit if this class started it (a command-line run ends with it). */
    public static void releaseToolkit() {
        if (startedHere) Platform.exit();
    }

    private static Canvas diagram(Document document, Trace trace, ExportView view, int step, double scale,
                                  ExportBackground background, Theme theme) {
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
            gc.setFill(CanvasSurface.color(theme.background()));
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
        gc.scale(scale, scale);
        CanvasSurface surface = new CanvasSurface(gc);
        if (network != null) NetworkRenderer.draw(surface, theme, ((NetworkDocument) document).network(), state, network);
        else GraphRenderer.draw(surface, theme, state, graph);
        return canvas;
    }

    private static ImageView equation(Trace trace, int step, double scale) {
        String latex = trace.step(step).equation().toLatex(NumberStyle.LECTURE);
        return new ImageView(SwingFXUtils.toFXImage(TexImages.render(latex, (float) (TexImages.TEX_SIZE * scale)), null));
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
        return FxThread.call(work, 60, "the export");
    }
}

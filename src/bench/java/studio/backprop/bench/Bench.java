package studio.backprop.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.animation.AnimationTimer;
import studio.backprop.app.StartupProbe;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.training.TrainingForm;
import studio.backprop.app.training.TrainingModel;
import studio.backprop.app.view.WindowTheme;
import studio.backprop.core.Computation;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.data.Networks;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.rendering.CanvasSurface;
import studio.backprop.rendering.diagram.DiagramState;
import studio.backprop.rendering.diagram.GraphLayout;
import studio.backprop.rendering.diagram.GraphRenderer;
import studio.backprop.rendering.diagram.NetworkLayout;
import studio.backprop.rendering.diagram.NetworkRenderer;
import studio.backprop.rendering.diagram.Reveal;
import studio.backprop.rendering.export.ExportBackground;
import studio.backprop.rendering.export.ExportView;
import studio.backprop.rendering.export.PngExport;

/**
 * The figures that need the JavaFX toolkit, one line each: {@code NAME VALUE UNIT}: the PNG export at 4×, one frame of the network diagram (1,000 edges with labels, and a
 * 784-128-10 network as an overview) and of the graph view (about 500 nodes), the start-up of the window in
 * a new JVM, and the largest heap in use after a full collection.
 */
public final class Bench {
    /** The MNIST shape of the lecture's follow-ups: 784·128 + 128·10 = 101,632 weights. */
    static final int[] MNIST_SIZES = {784, 128, 10};
    /** A network whose neuron-level graph has about 500 nodes (505). */
    static final int[] GRAPH_SIZES = {4, 16, 16, 4};

    /**
     * How long a run takes.
     *
     * @param small  timing of the fast figures (nanoseconds to milliseconds per operation)
     * @param large  timing of the slow figures (the training run and the export)
     * @param epochs epochs of the Playground run (100 for the real figure)
     */
    public record Settings(Harness.Settings small, Harness.Settings large, int epochs) {
        /** The default run: well under a minute. */
        public static Settings full() {
            return new Settings(new Harness.Settings(5, 10, 200_000_000L), new Harness.Settings(3, 9, 400_000_000L), 100);
        }

        /** {@code --quick}: a few seconds, rougher numbers. */
        public static Settings quick() {
            return new Settings(new Harness.Settings(3, 5, 30_000_000L), new Harness.Settings(1, 3, 60_000_000L), 100);
        }

        /** A smoke run for tests: every figure once, no meaningful numbers. */
        public static Settings tiny() {
            return new Settings(new Harness.Settings(0, 1, 1_000_000L), new Harness.Settings(0, 1, 1L), 1);
        }
    }

    private final Settings settings;
    private final Harness harness = new Harness();

    /** A bench with these timings. */
    public Bench(Settings settings) {
        this.settings = settings;
    }

    /** Measures every figure and hands each line to {@code out} as soon as it is known. */
    public void run(Consumer<String> out) {
        out.accept(exportPng());
        out.accept(renderNetwork("render.network.1000edges", thousandWeightsDocument(), 1, settings.small()));
        out.accept(renderNetwork("render.network.1000edges.fit", thousandWeightsDocument(), 0, settings.small()));
        out.accept(renderNetwork("render.network.784x128x10", mnistDocument(), 0, settings.large()));
        out.accept(renderGraph("render.graph.500nodes", graphDocument()));
        out.accept(uiPause());
        out.accept(startupWindow());
        out.accept(line("heap.used.max", format(harness.heapUsedMax() / (1024.0 * 1024.0), 1), "MB"));
    }

    private static NetworkDocument mazurDocument() {
        return (NetworkDocument) Presets.load("mazur").document();
    }

    /** A 2-30-30-2 sigmoid network (1,020 weights) on the lecture's sample. */
    static NetworkDocument thousandWeightsDocument() {
        return TraceBenchmarks.thousandWeights();
    }

    /** A 784-128-10 network (101,632 weights), sigmoid then softmax with cross-entropy, on one made-up image. */
    static NetworkDocument mnistDocument() {
        NetworkSpec spec = Networks.create(MNIST_SIZES, List.of(Activation.SIGMOID, Activation.SOFTMAX), Loss.CROSS_ENTROPY,
                Initializer.xavier(), 1);
        double[] pixels = new double[MNIST_SIZES[0]];
        for (int p = 0; p < pixels.length; p++) pixels[p] = (p * 37 % 256) / 255.0;
        double[] target = new double[MNIST_SIZES[2]];
        target[3] = 1;
        return new NetworkDocument("bench-784-128-10", spec, Dataset.single("image", new Sample(pixels, target)), 0);
    }

    /** A 4-16-16-4 sigmoid network: its neuron-level graph has about 500 nodes. */
    static NetworkDocument graphDocument() {
        NetworkSpec spec = Networks.create(GRAPH_SIZES, List.of(Activation.SIGMOID, Activation.SIGMOID, Activation.SIGMOID),
                Loss.HALF_SSE, Initializer.xavier(), 1);
        Sample sample = new Sample(new double[] {0.05, 0.1, 0.15, 0.2}, new double[] {0.01, 0.99, 0.5, 0.3});
        return new NetworkDocument("bench-4-16-16-4", spec, Dataset.single("one", sample), 0);
    }

    /**
     * One frame of the network diagram of {@code document} with every step shown (see {@link Frames}), at
     * {@code zoom} (1: 100 %, the labels legible; 0: fitted to the frame).
     */
    private String renderNetwork(String name, NetworkDocument document, double zoom, Harness.Settings timing) {
        return frame(name, () -> {
            Trace trace = Computation.trace(document);
            NetworkLayout layout = NetworkLayout.of(document.network());
            Reveal reveal = Reveal.of(trace);
            int last = trace.steps().size() - 1;
            return Frames.time(harness, timing, layout.width(), layout.height(), zoom,
                    gc -> NetworkRenderer.draw(new CanvasSurface(gc), WindowTheme.current(), document.network(), DiagramState.of(trace, reveal, last, null, 1), layout));
        });
    }

    /** One frame of the graph view of {@code document}'s lowered graph with every step shown. */
    private String renderGraph(String name, NetworkDocument document) {
        return frame(name, () -> {
            Trace trace = Computation.trace(document);
            GraphLayout layout = GraphLayout.of(trace.graph());
            Reveal reveal = Reveal.of(trace);
            int last = trace.steps().size() - 1;
            return Frames.time(harness, settings.small(), layout.width(), layout.height(), 0,
                    gc -> GraphRenderer.draw(new CanvasSurface(gc), WindowTheme.current(), DiagramState.of(trace, reveal, last, null, 1), layout));
        });
    }

    private String frame(String name, DoubleSupplier nanos) {
        String missing = Toolkits.whyNot();
        if (missing != null) return name + " n/a " + missing;
        try {
            return line(name, format(nanos.getAsDouble() / 1e6, 2), "ms");
        } catch (RuntimeException | LinkageError e) {
            return name + " n/a the JavaFX toolkit did not draw (" + Toolkits.describe(e) + ")";
        }
    }

    /**
     * Milliseconds from a new JVM's start to the window shown with the lecture loaded, measured by the
     * application itself ({@link StartupProbe}) in a child {@code java} on this class path; the child's heap in
     * use after a full collection is reported with it.
     */
    private String startupWindow() {
        String name = "startup.window";
        String missing = Toolkits.whyNot();
        if (missing != null) return name + " n/a " + missing;
        if (settings.epochs() < 2) return name + " n/a skipped in a smoke run";
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + StartupProbe.PROPERTY + "=true"));
        for (String property : new String[] {"glass.platform", "monocle.platform", "prism.order"}) {
            String value = System.getProperty(property);
            if (value != null) command.add("-D" + property + "=" + value);
        }
        command.add("studio.backprop.Main");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (var in = process.getInputStream()) {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return name + " n/a the window did not show within 60 s";
                }
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String figure = null;
            String heap = null;
            for (String lineOut : output.split("\\R")) {
                if (lineOut.startsWith(name + " ")) figure = lineOut.trim();
                if (lineOut.startsWith("heap.app.used ")) heap = lineOut.trim();
            }
            if (figure == null) return name + " n/a the application printed no start-up time (exit code " + process.exitValue() + ")";
            return heap == null ? figure : figure + System.lineSeparator() + heap;
        } catch (IOException e) {
            return name + " n/a could not start java (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return name + " n/a interrupted";
        }
    }

    /** The mazur network view at 4×, or {@code n/a} with the reason when the JavaFX toolkit cannot start. */
    private String exportPng() {
        String name = "export.png.4x";
        String missing = Toolkits.whyNot();
        if (missing != null) return name + " n/a " + missing;
        NetworkDocument document = mazurDocument();
        Trace trace = Computation.trace(document);
        int last = trace.steps().size() - 1;
        try {
            double nanos = harness.medianNanos(() -> {
                BufferedImage image = PngExport.render(document, trace, ExportView.NETWORK, last, 4, ExportBackground.WHITE);
                return image.getRGB(image.getWidth() / 2, image.getHeight() / 2);
            }, settings.large());
            return line(name, format(nanos / 1e6, 2), "ms");
        } catch (RuntimeException | LinkageError e) {
            return name + " n/a the JavaFX toolkit did not start (" + Toolkits.describe(e) + ")";
        }
    }

    /**
     * The longest gap between two JavaFX pulses while the Training tab's model trains the circle preset for
     * 100,000 iterations on its worker thread (the full run; epochs/100 × 100,000 otherwise), as the window
     * would: snapshots applied at most once a frame, the result published as one change at the end.
     */
    private String uiPause() {
        String name = "ui.pause.max.training100k";
        String missing = Toolkits.whyNot();
        if (missing != null) return name + " n/a " + missing;
        int iterations = Math.max(1_000, settings.epochs() * 1_000);
        try {
            long[] worst = {0};
            long[] previous = {0};
            long[] pulses = {0};
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long wall = System.nanoTime();
                    if (previous[0] != 0) worst[0] = Math.max(worst[0], wall - previous[0]);
                    previous[0] = wall;
                    pulses[0]++;
                }
            };
            TrainingModel training = Frames.onFxThread(() -> {
                StudioModel shared = new StudioModel(Computation::trace, mazurDocument());
                TrainingModel model = new TrainingModel(shared);
                model.form().setUnit(TrainingForm.Unit.ITERATIONS);
                model.form().setLength(Integer.toString(iterations));
                timer.start();
                model.play();
                return model;
            });
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (Frames.onFxThread(() -> training.stateProperty().get() == TrainingModel.State.RUNNING)) {
                if (System.nanoTime() > deadline) break;
                Thread.sleep(50);
            }
            Thread.sleep(500); // the trained network is published after the run: include that
            Frames.onFxThread(() -> {
                timer.stop();
                return null;
            });
            return line(name, format(worst[0] / 1e6, 1), "ms") + " (" + pulses[0] + " pulses, " + iterations + " iterations)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return name + " n/a interrupted";
        } catch (RuntimeException | LinkageError e) {
            return name + " n/a the JavaFX toolkit did not start (" + Toolkits.describe(e) + ")";
        }
    }

    private static String line(String name, String value, String unit) {
        return name + " " + value + " " + unit;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}

package studio.backprop.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Limits;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.rendering.Theme;
import studio.backprop.rendering.export.ExportBackground;
import studio.backprop.rendering.export.ExportFormat;
import studio.backprop.rendering.export.ExportOptions;
import studio.backprop.rendering.export.ExportView;
import studio.backprop.rendering.export.Exporter;
import studio.backprop.rendering.export.PngExport;

/** {@code export}: what the window's File → Export saves, made headless: PNG, SVG, PDF, TikZ or the pass as a GIF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a diagram or an equation as PNG, SVG, PDF or TikZ, or the whole pass as an animated GIF, "
                + "headless, with the window's own drawing code.")
final class ExportCommand extends SourceCommand {
    @Option(names = "--view", required = true, paramLabel = "VIEW") String view;
    @Option(names = "--step", paramLabel = "N|end", defaultValue = "end") String step;
    @Option(names = "--scale", paramLabel = "S", defaultValue = "2") String scale;
    @Option(names = "--transparent") boolean transparent;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
    @Option(names = "--format", paramLabel = "FORMAT") String format;
    @Option(names = "--tikz-body") boolean tikzBody;
    @ArgGroup(validate = false, heading = "%nGIF, the pass as an animation:%n") Gif gif = new Gif();

    /** Which steps an animated GIF shows, and how fast. */
    static final class Gif {
        @Option(names = "--from", paramLabel = "N", defaultValue = "1") int from;
        @Option(names = "--to", paramLabel = "M|end", defaultValue = "end") String to;
        @Option(names = "--delay", paramLabel = "MS", defaultValue = "800") int delay;
    }

    @Override
    public Integer call() throws Exception {
        ExportView chosen = switch (view.toLowerCase(Locale.ROOT)) {
            case "network" -> ExportView.NETWORK;
            case "graph" -> ExportView.GRAPH;
            case "equation" -> ExportView.EQUATION;
            default -> throw new IllegalArgumentException("--view: unknown view '" + view + "' (one of network, graph, equation)");
        };
        double pixelScale = scale(scale);
        OutputTarget.check(out);
        Document document = source.session().document();
        if (document instanceof NetworkDocument network) Limits.requireTraceable(network.network(), "export");
        Trace trace = Computation.trace(document);
        int last = trace.steps().size();
        int shown = step.equalsIgnoreCase("end") ? last : step("--step", step, last);
        ExportFormat chosenFormat = format != null ? ExportFormat.parse(format)
                : ExportFormat.fromExtension(out).orElse(ExportFormat.PNG);
        if (gif.delay < 20 || gif.delay > 60_000) throw new IllegalArgumentException("--delay must be from 20 to 60000 ms, not " + gif.delay);
        int lastShown = gif.to.equalsIgnoreCase("end") ? -1 : step("--to", gif.to, last);
        ExportOptions options = ExportOptions.defaults()
                .look(Theme.LIGHT, pixelScale, transparent ? ExportBackground.TRANSPARENT : ExportBackground.WHITE)
                .frames(gif.from, lastShown, gif.delay).tikzBody(tikzBody);
        if (chosenFormat == ExportFormat.PNG) useHeadlessToolkit();
        try {
            Exporter.export(document, trace, chosen, shown, chosenFormat, options, out);
        } finally {
            if (chosenFormat == ExportFormat.PNG) PngExport.releaseToolkit();
        }
        out().println("wrote " + out);
        return 0;
    }

    /** A step number as 'trace' numbers them, 0 (nothing computed) to {@code last}. */
    private static int step(String option, String text, int last) {
        int parsed;
        try {
            parsed = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": expected a step number from 0 to " + last + " or 'end', not '" + text + "'");
        }
        if (parsed < 0 || parsed > last) {
            throw new IllegalArgumentException(option + ": the pass has steps 1 to " + last + " (0 = nothing computed), not " + parsed);
        }
        return parsed;
    }

    /** The pixel scale, exactly one of those the help names. */
    static double scale(String text) {
        for (double offered : PngExport.SCALES) {
            if (text.strip().equals(String.valueOf((int) offered))) return offered;
        }
        throw new IllegalArgumentException("--scale: expected 1, 2 or 4, not '" + text + "'");
    }

    /** Renders offscreen through Monocle, so export works without a display (and the same with one). */
    static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }
}

package studio.backprop.cli;

import java.nio.file.Path;
import java.util.Locale;
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
    @Option(names = "--view", required = true, paramLabel = "VIEW", description = "network, graph or equation.")
    String view;

    @Option(names = "--step", paramLabel = "N|end", defaultValue = "end",
            description = "Show the pass up to step N as 'trace' numbers them (0 = nothing computed yet), or 'end' (default).")
    String step;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "2", description = "Pixel scale: 1, 2 or 4 (default ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--transparent", description = "Transparent instead of white background.")
    boolean transparent;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Where to write (.png, .svg, .pdf, .tex or .gif): a new file or one to replace (never a folder "
                    + "or a device); missing folders are created.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "png, svg, pdf, tikz or gif (default: from the --out extension, else png).")
    String format;

    @Option(names = "--from", paramLabel = "N", defaultValue = "1",
            description = "GIF: the first step shown (default ${DEFAULT-VALUE}; 0 = nothing computed).")
    int from;

    @Option(names = "--to", paramLabel = "M|end", defaultValue = "end", description = "GIF: the last step shown (default ${DEFAULT-VALUE}).")
    String to;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "800", description = "GIF: milliseconds per frame, 20 to 60000 (default ${DEFAULT-VALUE}).")
    int delay;

    @Option(names = "--tikz-body", description = "TikZ: only the picture, for \\input into a Beamer slide, not a standalone document.")
    boolean tikzBody;

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
        if (delay < 20 || delay > 60_000) throw new IllegalArgumentException("--delay must be from 20 to 60000 ms, not " + delay);
        int lastShown = to.equalsIgnoreCase("end") ? -1 : step("--to", to, last);
        ExportOptions options = ExportOptions.defaults()
                .look(Theme.LIGHT, pixelScale, transparent ? ExportBackground.TRANSPARENT : ExportBackground.WHITE)
                .frames(from, lastShown, delay).tikzBody(tikzBody);
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

package studio.backprop.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import studio.backprop.app.export.ExportBackground;
import studio.backprop.app.export.ExportView;
import studio.backprop.app.export.PngExport;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Limits;
import studio.backprop.core.io.OutputTarget;

/** {@code export}: the same PNG the window's File → Export PNG saves, made headless. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a diagram or an equation as PNG, headless, with the window's own drawing code.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--view", required = true, paramLabel = "VIEW", description = "network, graph or equation.")
    String view;

    @Option(names = "--step", paramLabel = "N|end", defaultValue = "end",
            description = "Show the pass up to step N as 'trace' numbers them (0 = nothing computed yet), or 'end' (default).")
    String step;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "2", description = "Pixel scale: 1, 2 or 4 (default ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--transparent", description = "Transparent instead of white background.")
    boolean transparent;

    @Option(names = "--out", required = true, paramLabel = "FILE.png",
            description = "Where to write the PNG: a new file or one to replace (never a folder or a device); "
                    + "missing folders are created.")
    Path out;

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
        int shown;
        if (step.equalsIgnoreCase("end")) {
            shown = last;
        } else {
            try {
                shown = Integer.parseInt(step.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--step: expected a step number from 0 to " + last + " or 'end', not '" + step + "'");
            }
            if (shown < 0 || shown > last) {
                throw new IllegalArgumentException("--step: the pass has steps 1 to " + last + " (0 = nothing computed), not " + shown);
            }
        }
        useHeadlessToolkit();
        try {
            PngExport.export(document, trace, chosen, shown - 1, pixelScale,
                    transparent ? ExportBackground.TRANSPARENT : ExportBackground.WHITE, out);
        } finally {
            PngExport.releaseToolkit();
        }
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
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

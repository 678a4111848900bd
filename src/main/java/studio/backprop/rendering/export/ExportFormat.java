package studio.backprop.rendering.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import studio.backprop.core.problem.Choice;

/** The file formats an export writes. */
public enum ExportFormat implements Choice {
    /** A raster image, drawn on the window's own canvas. */
    PNG,
    /** Vector graphics with texts as {@code <text>}. */
    SVG,
    /** One PDF page, texts as real text in an embedded font. */
    PDF,
    /** A TikZ picture for LaTeX (standalone, or {@code \input} into Beamer). */
    TIKZ,
    /** The pass as a looping animation, one frame per step. */
    GIF;

    /** The file extension, without the dot: the id, but {@code tex} for TikZ. */
    public String extension() {
        return this == TIKZ ? "tex" : id();
    }

    /** Whether the format draws one step (false: a range of steps). */
    public boolean oneStep() {
        return this != GIF;
    }

    /** The format a file name asks for by its extension (.png, .svg, .pdf, .tex, .gif), if any. */
    public static Optional<ExportFormat> fromExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String extension = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extension().equals(extension)).findFirst();
    }

    /**
     * The format of a name as typed (png, svg, pdf, tikz or tex, gif).
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ExportFormat parse(String name) {
        return Choice.find(ExportFormat.class, name, ExportFormat::extension)
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "' (one of " + Choice.ids(ExportFormat.class) + ")"));
    }
}

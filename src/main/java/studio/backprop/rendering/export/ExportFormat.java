package studio.backprop.rendering.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats an export writes. */
public enum ExportFormat {
    /** A raster image, drawn on the window's own canvas. */
    PNG("png"),
    /** Vector graphics with texts as {@code <text>}. */
    SVG("svg"),
    /** One PDF page, texts as real text in an embedded font. */
    PDF("pdf"),
    /** A TikZ picture for LaTeX (standalone, or {@code \input} into Beamer). */
    TIKZ("tex"),
    /** The pass as a looping animation, one frame per step. */
    GIF("gif");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
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
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /**
     * The format of a name as typed (png, svg, pdf, tikz or tex, gif).
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ExportFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) return f;
        throw new IllegalArgumentException("unknown format '" + name + "' (one of " + names() + ")");
    }

    /** The formats' names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}

package studio.backprop.rendering;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A surface that writes TikZ: one {@code \draw}, {@code \fill}, {@code \filldraw} or {@code \node} per
 * element, colours as {@code \definecolor}s, labels as text with their numbers in {@code $…$}. Layout units
 * become points ({@code x=1pt, y=-1pt}: y grows downward as on screen). {@link #document()} compiles on its
 * own with the {@code standalone} class; {@link #picture()} is the colour definitions and the
 * {@code tikzpicture} alone, for {@code \input} into Beamer slides or notes (which then need
 * {@code &#92;usepackage{tikz}}; scale it with {@code \resizebox{\linewidth}{!}{\input{…}}}).
 */
public final class TikzSurface implements Surface {
    private final StringBuilder body = new StringBuilder();
    private final Map<String, String> colours = new LinkedHashMap<>();
    private final Map<String, String> colourNames = new LinkedHashMap<>();

    /** The colour definitions and the picture, for {@code \input}. */
    public String picture() {
        StringBuilder out = new StringBuilder();
        colours.forEach((name, rgb) -> out.append("\\definecolor{").append(name).append("}{RGB}{").append(rgb).append("}\n"));
        out.append("\\begin{tikzpicture}[x=1pt, y=-1pt, line join=miter]\n").append(body).append("\\end{tikzpicture}\n");
        return out.toString();
    }

    /** A whole document: {@code standalone} class, TikZ, and the picture. */
    public String document() {
        return "\\documentclass[tikz]{standalone}\n\\usepackage[T1]{fontenc}\n\\usepackage{amsmath}\n\\begin{document}\n"
                + picture() + "\\end{document}\n";
    }

    /** How many elements have been written. */
    public int elements() {
        return (int) body.chars().filter(c -> c == '\n').count();
    }

    @Override
    public void rect(double x, double y, double width, double height, double arc, Rgba fill, Stroke stroke) {
        String corners = arc > 0 ? "rounded corners=" + num(arc / 2) + "pt" : null;
        shape(fill, stroke, corners, point(x, y) + " rectangle " + point(x + width, y + height));
    }

    @Override
    public void oval(double x, double y, double width, double height, Rgba fill, Stroke stroke) {
        shape(fill, stroke, null, point(x + width / 2, y + height / 2) + " ellipse [x radius=" + num(width / 2)
                + "pt, y radius=" + num(height / 2) + "pt]");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        shape(null, stroke, null, point(x1, y1) + " -- " + point(x2, y2));
    }

    @Override
    public void path(Path path, Stroke stroke) {
        StringBuilder p = new StringBuilder();
        for (Path.Segment segment : path.segments()) {
            if (segment instanceof Path.MoveTo m) {
                p.append(p.length() == 0 ? "" : " ").append(point(m.x(), m.y()));
            } else if (segment instanceof Path.LineTo l) {
                p.append(" -- ").append(point(l.x(), l.y()));
            } else if (segment instanceof Path.CurveTo c) {
                p.append(" .. controls ").append(point(c.c1x(), c.c1y())).append(" and ").append(point(c.c2x(), c.c2y()))
                        .append(" .. ").append(point(c.x(), c.y()));
            }
        }
        shape(null, stroke, null, p.toString());
    }

    @Override
    public void polygon(double[] xs, double[] ys, Rgba fill) {
        StringBuilder p = new StringBuilder();
        for (int k = 0; k < Math.min(xs.length, ys.length); k++) p.append(point(xs[k], ys[k])).append(" -- ");
        shape(fill, null, null, p.append("cycle").toString());
    }

    private void shape(Rgba fill, Stroke stroke, String extra, String path) {
        if (fill == null && stroke == null) return;
        StringBuilder options = new StringBuilder();
        String command = fill != null && stroke != null ? "\\filldraw" : fill != null ? "\\fill" : "\\draw";
        if (fill != null) {
            options.append("fill=").append(colour(fill));
            if (!fill.opaque()) options.append(", fill opacity=").append(num(fill.opacity()));
        }
        if (stroke != null) {
            if (options.length() > 0) options.append(", ");
            options.append("draw=").append(colour(stroke.color())).append(", line width=").append(num(stroke.width())).append("pt");
            if (!stroke.color().opaque()) options.append(", draw opacity=").append(num(stroke.color().opacity()));
            if (stroke.isDashed()) {
                options.append(", dash pattern=on ").append(num(stroke.dash().on())).append("pt off ")
                        .append(num(stroke.dash().off())).append("pt");
            }
            options.append(", line cap=").append(switch (stroke.cap()) {
                case BUTT -> "butt";
                case ROUND -> "round";
                case SQUARE -> "rect";
            });
        }
        if (extra != null) options.append(", ").append(extra);
        body.append(command).append('[').append(options).append("] ").append(path).append(";\n");
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, Rgba color, Align align) {
        String anchor = switch (align) {
            case LEFT -> "west";
            case CENTER -> "center";
            case RIGHT -> "east";
        };
        double size = font.size();
        body.append("\\node[anchor=").append(anchor).append(", inner sep=0pt, text=").append(colour(color))
                .append(color.opaque() ? "" : ", text opacity=" + num(color.opacity()))
                .append(", font=\\fontsize{").append(num(size)).append("}{").append(num(size * 1.2)).append("}\\selectfont\\sffamily")
                .append(font.bold() ? "\\bfseries" : "").append("] at ").append(point(x, y)).append(" {")
                .append(LatexText.of(text)).append("};\n");
    }

    /** A node with LaTeX maths, centred at (x, y): the equation view. */
    public void math(String latex, double x, double y) {
        body.append("\\node[anchor=center] at ").append(point(x, y)).append(" {$\\displaystyle ").append(latex).append("$};\n");
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return AwtFonts.font(font).getStringBounds(text, AwtText.CONTEXT).getWidth();
    }

    @Override
    public double scale() {
        return 1;
    }

    @Override
    public Optional<Area> visibleArea() {
        return Optional.empty();
    }

    private String point(double x, double y) {
        return "(" + num(x) + "," + num(y) + ")";
    }

    private String colour(Rgba rgba) {
        String rgb = rgba.red255() + "," + rgba.green255() + "," + rgba.blue255();
        return colourNames.computeIfAbsent(rgb, key -> {
            String name = "bp" + (char) ('A' + colours.size() % 26) + (colours.size() >= 26 ? String.valueOf(colours.size() / 26) : "");
            colours.put(name, key);
            return name;
        });
    }

    /** A coordinate to two decimals, without trailing zeros. */
    private static String num(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}

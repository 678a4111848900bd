package studio.backprop.rendering.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.rendering.AnimatedGif;
import studio.backprop.rendering.AwtFonts;
import studio.backprop.rendering.Graphics2DSurface;
import studio.backprop.rendering.Surface;
import studio.backprop.rendering.TikzSurface;
import studio.backprop.rendering.diagram.DiagramState;
import studio.backprop.rendering.diagram.GraphLayout;
import studio.backprop.rendering.diagram.GraphRenderer;
import studio.backprop.rendering.diagram.NetworkLayout;
import studio.backprop.rendering.diagram.NetworkRenderer;
import studio.backprop.rendering.diagram.Reveal;

/**
 * Every export of a view, shared by File → Export and the command line: PNG through the window's canvas
 * ({@link PngExport}), SVG, PDF and TikZ through the same renderers on a vector surface, and the pass as an
 * animated GIF. Steps are numbered as {@code trace} numbers them: step N shows the pass up to its N-th step,
 * 0 nothing computed yet. Only PNG starts JavaFX.
 */
public final class Exporter {
    private Exporter() { }

    /**
     * Writes one view to {@code out} (which stays open).
     *
     * @param step    the step shown (0 to the number of steps); an animation shows {@code options.from()} to
     *                {@code options.to()} instead
     * @throws IllegalArgumentException naming the problem when the view cannot be drawn for these arguments
     */
    public static void write(Document document, Trace trace, ExportView view, int step, ExportFormat format,
                             ExportOptions options, OutputStream out) throws IOException {
        validate(document, trace, view, step, format, options);
        switch (format) {
            case PNG -> ImageIO.write(PngExport.render(document, trace, view, step - 1, options.scale(), options.background(), options.theme()), "png", out);
            case SVG -> svg(picture(document, trace, view, step, options), options, out);
            case PDF -> pdf(picture(document, trace, view, step, options), options, out);
            case TIKZ -> tikz(document, trace, view, step, options, out);
            case GIF -> gif(document, trace, view, options, out);
        }
    }

    /**
     * Writes one view to a file, creating its folder: into a temporary file beside it that then replaces it,
     * so a failed export leaves no half-written or empty file behind.
     *
     * @throws IllegalArgumentException naming the problem, before any file is touched
     */
    public static void export(Document document, Trace trace, ExportView view, int step, ExportFormat format,
                              ExportOptions options, Path file) throws IOException {
        validate(document, trace, view, step, format, options);
        OutputTarget.check(file);
        OutputTarget.write(file, out -> write(document, trace, view, step, format, options, out));
    }

    /**
     * Checks that the view can be drawn for these arguments.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static void validate(Document document, Trace trace, ExportView view, int step, ExportFormat format,
                                ExportOptions options) {
        if (view == ExportView.NETWORK && !(document instanceof NetworkDocument)) {
            throw new IllegalArgumentException("the network diagram needs a network document, not an expression");
        }
        if (format == ExportFormat.GIF) {
            int[] range = frameRange(options, trace.steps().size());
            if (view == ExportView.EQUATION && range[0] < 1) {
                throw new IllegalArgumentException("the equation animation starts at step 1 or later, not " + range[0]);
            }
        } else {
            check(trace, view, step);
        }
    }

    /** The steps an animation with these options shows, first and last, for a pass of {@code steps} steps. */
    public static int[] frameRange(ExportOptions options, int steps) {
        int to = options.to() < 0 ? steps : options.to();
        if (to > steps) throw new IllegalArgumentException("--to: the pass has steps 1 to " + steps + ", not " + to);
        if (options.from() > to) throw new IllegalArgumentException("--from: the first step " + options.from() + " comes after the last, " + to);
        return new int[] {options.from(), to};
    }

    private static void check(Trace trace, ExportView view, int step) {
        int steps = trace.steps().size();
        if (step < 0 || step > steps) {
            throw new IllegalArgumentException("step " + step + " does not exist: the pass has steps 1 to " + steps + " (0 = nothing computed)");
        }
        if (view == ExportView.EQUATION && step < 1) {
            throw new IllegalArgumentException("the equation export needs a step (1 to " + steps + ")");
        }
    }

    /** What one view at one step draws, and its size in layout units. */
    private record Picture(double width, double height, Consumer<Surface> diagram, EquationArt equation) {
        void paint(Graphics2D g) {
            Graphics2DSurface surface = new Graphics2DSurface(g);
            if (equation != null) equation.paint(g, 0, 0);
            else diagram.accept(surface);
        }
    }

    private static Picture picture(Document document, Trace trace, ExportView view, int step, ExportOptions options) {
        return picture(document, trace, view, step, options, 1);
    }

    private static Picture picture(Document document, Trace trace, ExportView view, int step, ExportOptions options,
                                   double equationScale) {
        DiagramState state = DiagramState.of(trace, Reveal.of(trace), step - 1, null, 1);
        return switch (view) {
            case NETWORK -> {
                NetworkDocument network = (NetworkDocument) document;
                NetworkLayout layout = NetworkLayout.of(network.network());
                yield new Picture(layout.width(), layout.height(),
                        s -> NetworkRenderer.draw(s, options.theme(), network.network(), state, layout), null);
            }
            case GRAPH -> {
                GraphLayout layout = GraphLayout.of(trace.graph());
                yield new Picture(layout.width(), layout.height(), s -> GraphRenderer.draw(s, options.theme(), state, layout), null);
            }
            case EQUATION -> {
                EquationArt art = EquationArt.of(trace, step - 1, equationScale, options.theme().ink());
                yield new Picture(art.width(), art.height(), null, art);
            }
        };
    }

    private static void svg(Picture picture, ExportOptions options, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(Math.ceil(picture.width()), Math.ceil(picture.height()));
        g.setFontFunction(family -> AwtFonts.DEJAVU_SANS.equals(family) ? "DejaVu Sans, Verdana, sans-serif" : family);
        if (picture.equation() != null) {
            // TeX's own fonts are not on the reader's machine: the formula's glyphs go in as outlines
            g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        }
        background(g, picture, options);
        picture.paint(g);
        out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }

    private static void pdf(Picture picture, ExportOptions options, OutputStream out) throws IOException {
        float width = (float) Math.ceil(picture.width());
        float height = (float) Math.ceil(picture.height());
        try (PDDocument pdf = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            pdf.addPage(page);
            for (boolean bold : new boolean[] {false, true}) {
                try (InputStream font = AwtFonts.open(bold)) {
                    fonts.registerFont(font);
                }
            }
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, height);
            g.setFontTextDrawer(fonts);
            background(g, picture, options);
            picture.paint(g);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawForm(g.getXFormObject());
            }
            pdf.getDocumentInformation().setCreator("Backprop Studio");
            pdf.save(out);
        }
    }

    private static void background(Graphics2D g, Picture picture, ExportOptions options) {
        if (options.background() != ExportBackground.WHITE) return;
        g.setColor(Graphics2DSurface.color(options.theme().background()));
        g.fillRect(0, 0, (int) Math.ceil(picture.width()), (int) Math.ceil(picture.height()));
    }

    private static void tikz(Document document, Trace trace, ExportView view, int step, ExportOptions options,
                             OutputStream out) throws IOException {
        TikzSurface tikz = new TikzSurface();
        if (view == ExportView.EQUATION) {
            tikz.math(trace.step(step - 1).equation().toLatex(NumberStyle.LECTURE), 0, 0);
        } else {
            picture(document, trace, view, step, options).diagram().accept(tikz);
        }
        String text = options.tikzBody() ? tikz.picture() : tikz.document();
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void gif(Document document, Trace trace, ExportView view, ExportOptions options, OutputStream out)
            throws IOException {
        int[] range = frameRange(options, trace.steps().size());
        List<Picture> pictures = new ArrayList<>();
        for (int step = range[0]; step <= range[1]; step++) pictures.add(picture(document, trace, view, step, options, options.scale()));
        boolean equation = view == ExportView.EQUATION;
        double scale = equation ? 1 : options.scale();
        int width = (int) Math.ceil(pictures.stream().mapToDouble(Picture::width).max().orElse(1) * scale);
        int height = (int) Math.ceil(pictures.stream().mapToDouble(Picture::height).max().orElse(1) * scale);
        List<BufferedImage> frames = new ArrayList<>();
        for (Picture picture : pictures) {
            BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.setColor(Graphics2DSurface.color(options.theme().background()));
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            picture.paint(g);
            g.dispose();
            frames.add(frame);
        }
        AnimatedGif.write(frames, options.delayMillis(), out);
    }
}

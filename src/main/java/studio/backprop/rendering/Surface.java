package studio.backprop.rendering;

import java.util.Optional;

/**
 * What the diagram renderers draw on: a JavaFX canvas in the window ({@link CanvasSurface}), or a file (SVG,
 * PDF, raster frames, TikZ). Coordinates are
 * layout units; every call draws one element with its own colours, so a vector surface can write it as one
 * element. Shapes are drawn in call order, later ones on top.
 */
public interface Surface {
    /**
     * A rectangle, its corners rounded with arcs of diameter {@code arc} (0: square corners), filled and then
     * outlined; either may be null.
     */
    void rect(double x, double y, double width, double height, double arc, Rgba fill, Stroke stroke);

    /** An ellipse inside the given box, filled and then outlined; either may be null. */
    void oval(double x, double y, double width, double height, Rgba fill, Stroke stroke);

    /** A straight line. */
    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    /** An open path, stroked. */
    void path(Path path, Stroke stroke);

    /** A closed polygon, filled. */
    void polygon(double[] xs, double[] ys, Rgba fill);

    /** One line of text, vertically centred on {@code y}, placed horizontally on {@code x} by {@code align}. */
    void text(String text, double x, double y, FontSpec font, Rgba color, Align align);

    /** The width of a text in a font, in layout units. */
    double textWidth(String text, FontSpec font);

    /** Device units (pixels, points) per layout unit under the current transform. */
    double scale();

    /** The part of the layout that can be seen, or empty when all of it is drawn (a file). */
    default Optional<Area> visibleArea() {
        return Optional.empty();
    }
}

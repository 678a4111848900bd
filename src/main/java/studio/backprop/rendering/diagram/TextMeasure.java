package studio.backprop.rendering.diagram;

/**
 * How wide a line of text is, so that a pure layout can size its labels without a toolkit. The layouts
 * use {@link #DEJAVU_SANS}, the advance widths of the diagrams' font (DejaVu Sans) read once from a table
 * taken from the font files; a renderer whose real font is wider shrinks the text into the layout's box
 * instead of overflowing it.
 */
@FunctionalInterface
public interface TextMeasure {
    /** Width of {@code text} in the diagrams' font at {@code size}, bold or regular, in layout units. */
    double width(String text, double size, boolean bold);

    /** Height of one line of labels at {@code size}: the font's ascent and descent (1.164 em for DejaVu Sans). */
    static double lineHeight(double size) {
        return Math.round(size * 1.17);
    }

    /** DejaVu Sans, regular and bold, from its advance widths (see {@code dejavu-sans-advances.txt}). */
    TextMeasure DEJAVU_SANS = new DejaVuAdvances();
}

package studio.backprop.rendering;

/**
 * The colours, fonts and line scale a diagram is drawn with, free of JavaFX: the window takes it from its
 * palette (theme and presenter scale), an export from the palette it draws with. Gradients use a diverging
 * scale from {@code negative} through {@code zero} to {@code positive}, the magnitude on a log scale from
 * 1e-6 to 1.
 *
 * @param background  canvas background
 * @param ink         names and outlines
 * @param muted       secondary text
 * @param edge        edges whose gradient is not known yet
 * @param value       forward values
 * @param nodeFill    computed nodes
 * @param leafFill    given numbers
 * @param current     what the current step touches
 * @param currentFill the current step's node
 * @param selected    the selected node
 * @param path        the paths of a summed gradient
 * @param labelFill   backing of labels drawn over edges
 * @param negative    negative gradients
 * @param positive    positive gradients
 * @param zero        vanishing gradients
 * @param name        node names
 * @param number      numbers
 * @param small       secondary numbers
 * @param title       neuron names and totals
 * @param lineScale   how many times thicker than normal lines are drawn (presenter mode)
 */
public record Theme(Rgba background, Rgba ink, Rgba muted, Rgba edge, Rgba value, Rgba nodeFill, Rgba leafFill,
                    Rgba current, Rgba currentFill, Rgba selected, Rgba path, Rgba labelFill, Rgba negative,
                    Rgba positive, Rgba zero, FontSpec name, FontSpec number, FontSpec small, FontSpec title,
                    double lineScale) {
    /**
     * The light theme at presenter scale 1, as the window's palette has it: what the command line's exports
     * draw with, without JavaFX.
     */
    public static final Theme LIGHT = new Theme(Rgba.WHITE, Rgba.hex("#1f2328"), Rgba.hex("#6e7781"), Rgba.hex("#848d97"),
            Rgba.hex("#1a7f37"), Rgba.hex("#f6f8fa"), Rgba.hex("#fff8e6"), Rgba.hex("#cf222e"), Rgba.hex("#ffebe9"),
            Rgba.hex("#8250df"), Rgba.hex("#b3407f"), new Rgba(1, 1, 1, 0.88), Rgba.hex("#0072b2"), Rgba.hex("#b35c00"),
            Rgba.hex("#767676"), new FontSpec(AwtFonts.DEJAVU_SANS, true, 13), new FontSpec(AwtFonts.DEJAVU_SANS, false, 12),
            new FontSpec(AwtFonts.DEJAVU_SANS, false, 11), new FontSpec(AwtFonts.DEJAVU_SANS, true, 14), 1);

    /** Smallest magnitude that gets any colour, as a power of ten; at and below it a gradient is grey. */
    public static final double LOG_MIN = -6;

    /** How strongly a gradient's magnitude shows, 0 (≤ 1e-6) to 1 (≥ 1), on a log scale. */
    public static double intensity(double gradient) {
        double magnitude = Math.abs(gradient);
        if (!(magnitude > 0)) return 0;
        return Math.max(0, Math.min(1, (Math.log10(magnitude) - LOG_MIN) / -LOG_MIN));
    }

    /** The colour of a gradient: negative or positive, towards {@code zero} as it shrinks. */
    public Rgba gradientColor(double gradient) {
        return zero.interpolate(gradient < 0 ? negative : positive, 0.25 + 0.75 * intensity(gradient));
    }

    /** Line width for an edge carrying this gradient. */
    public double edgeWidth(double gradient) {
        return (1.2 + 4.0 * intensity(gradient)) * lineScale;
    }
}

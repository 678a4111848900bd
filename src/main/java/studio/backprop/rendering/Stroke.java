package studio.backprop.rendering;

/**
 * How a line or an outline is drawn.
 *
 * @param color colour
 * @param width width in layout units
 * @param dash  dash pattern, or null for a solid line
 * @param cap   line ends
 */
public record Stroke(Rgba color, double width, Dash dash, Cap cap) {
    public Stroke {
        if (color == null || cap == null) throw new IllegalArgumentException("a stroke needs a colour and a cap");
        if (!(width >= 0)) throw new IllegalArgumentException("stroke width must not be negative, not " + width);
    }

    /** A solid line with round ends. */
    public static Stroke solid(Rgba color, double width) {
        return new Stroke(color, width, null, Cap.ROUND);
    }

    /** This stroke dashed, or solid when {@code dash} is null. */
    public Stroke dashed(Dash dash) {
        return new Stroke(color, width, dash, cap);
    }

    /** This stroke with other line ends. */
    public Stroke capped(Cap cap) {
        return new Stroke(color, width, dash, cap);
    }

    /** Whether the line is dashed. */
    public boolean isDashed() {
        return dash != null;
    }
}

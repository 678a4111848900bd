package studio.backprop.rendering;

/**
 * A dash pattern: {@code on} units drawn, {@code off} units left out, repeated from the start of the line.
 *
 * @param on  length of a dash
 * @param off length of a gap
 */
public record Dash(double on, double off) {
    public Dash {
        if (!(on > 0) || !(off > 0)) throw new IllegalArgumentException("dashes and gaps must be positive, not " + on + " and " + off);
    }
}

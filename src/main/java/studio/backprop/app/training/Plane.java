package studio.backprop.app.training;

/**
 * One neuron's output over the input plane of a two-input network, sampled on a square grid: what the
 * decision-boundary heatmap draws. Immutable.
 *
 * @param neuron     whose output it is
 * @param resolution grid points per side
 * @param minX       the first input at the left edge
 * @param maxX       the first input at the right edge
 * @param minY       the second input at the bottom edge
 * @param maxY       the second input at the top edge
 * @param low        the output drawn in the low colour (a sigmoid's 0, a tanh's −1, else the smallest value)
 * @param high       the output drawn in the high colour
 * @param values     row by row from the top, [row · resolution + column]
 */
public record Plane(Neuron neuron, int resolution, double minX, double maxX, double minY, double maxY,
                    double low, double high, double[] values) {
    public Plane {
        values = values.clone();
    }

    /** The output at grid column {@code column} and row {@code row} (row 0 at the top). */
    public double value(int column, int row) {
        return values[row * resolution + column];
    }

    /** Where {@code value} lies between low (0) and high (1), clamped. */
    public double shade(double value) {
        if (!(high > low)) return 0.5;
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }
}

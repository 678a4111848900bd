package studio.backprop.core.nn;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import studio.backprop.core.problem.Choice;

/**
 * A target function over [0, 1] for the visual proof, held as its values at {@link #POINTS} points evenly
 * spaced on [0, 1] and joined by straight lines: the student draws it with the mouse or picks one of the
 * {@link Shape}s. Immutable.
 */
public final class TargetCurve implements DoubleUnaryOperator {
    /** Points of the grid: x = 0, 1/100, …, 1. */
    public static final int POINTS = 101;
    private final double[] values;

    private TargetCurve(double[] values) {
        this.values = values;
    }

    /** The ready-made targets. */
    public enum Shape implements Choice {
        /** 0.5 + 0.4·sin(2πx). */
        SIN(x -> 0.5 + 0.4 * Math.sin(2 * Math.PI * x)),
        /** 0.8·exp(−((x − 0.5)/0.12)²): one smooth bump. */
        BUMP(x -> 0.8 * Math.exp(-Math.pow((x - 0.5) / 0.12, 2))),
        /** 0.2 below x = 0.5, 0.8 from there. */
        STEP(x -> x < 0.5 ? 0.2 : 0.8),
        /** Nielsen's example, 0.2 + 0.4x² + 0.3x·sin(15x) + 0.05·cos(50x). */
        NIELSEN(x -> 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x));

        private final DoubleUnaryOperator function;

        Shape(DoubleUnaryOperator function) {
            this.function = function;
        }

        /** The exact function (the curve samples it). */
        public DoubleUnaryOperator function() {
            return function;
        }
    }

    /** The curve through {@code function} at the grid points. */
    public static TargetCurve of(DoubleUnaryOperator function) {
        double[] values = new double[POINTS];
        for (int p = 0; p < POINTS; p++) values[p] = function.applyAsDouble(x(p));
        return of(values);
    }

    /** The curve through these {@link #POINTS} values. */
    public static TargetCurve of(double[] values) {
        if (values.length != POINTS) throw new IllegalArgumentException("a target curve has " + POINTS + " values, not " + values.length);
        for (double v : values) if (!Double.isFinite(v)) throw new IllegalArgumentException("a target curve needs finite values");
        return new TargetCurve(values.clone());
    }

    /** A ready-made target. */
    public static TargetCurve of(Shape shape) {
        return of(shape.function());
    }

    /** The x of grid point p. */
    public static double x(int p) {
        return p / (double) (POINTS - 1);
    }

    /** The value at x in [0, 1] (clamped), by linear interpolation between grid points. */
    @Override
    public double applyAsDouble(double x) {
        double at = Math.max(0, Math.min(1, x)) * (POINTS - 1);
        int p = Math.min(POINTS - 2, (int) Math.floor(at));
        double t = at - p;
        return (1 - t) * values[p] + t * values[p + 1];
    }

    /**
     * The curve with a stroke of the mouse drawn in: the grid points between x0 and x1 take the values on the
     * straight line from (x0, y0) to (x1, y1), so a fast drag leaves no gaps.
     */
    public TargetCurve drawn(double x0, double y0, double x1, double y1) {
        double[] next = values.clone();
        double from = Math.min(x0, x1);
        double to = Math.max(x0, x1);
        int first = (int) Math.ceil(Math.max(0, from) * (POINTS - 1) - 1e-9);
        int last = (int) Math.floor(Math.min(1, to) * (POINTS - 1) + 1e-9);
        if (first > last) {
            int nearest = (int) Math.round(Math.max(0, Math.min(1, x1)) * (POINTS - 1));
            next[nearest] = y1;
        }
        for (int p = first; p <= last; p++) {
            double x = x(p);
            next[p] = to == from ? y1 : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
        }
        return new TargetCurve(next);
    }

    /** A copy of the values at the grid points. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetCurve c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}

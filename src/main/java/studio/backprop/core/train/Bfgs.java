package studio.backprop.core.train;

import java.util.Arrays;

/**
 * The quasi-Newton method BFGS (Broyden–Fletcher–Goldfarb–Shanno), as Welch Labs' part 6 trains its network
 * with: it keeps an estimate H of the inverse Hessian, steps along −H·∇f with a backtracking (Armijo) line
 * search, and updates H from each step s and the change y of the gradient:
 * H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ with ρ = 1/(yᵀs), skipped when yᵀs ≤ 0. The first H is the identity,
 * rescaled by yᵀs/yᵀy after the first step (Nocedal and Wright, eq. 6.20).
 *
 * <p>A small implementation of our own: the dense n×n H suits the teaching networks (tens to a few thousand
 * parameters), and no numerical-optimisation library is among the project's declared dependencies.
 */
public final class Bfgs {
    /** Armijo's sufficient-decrease constant. */
    private static final double ARMIJO = 1e-4;
    /** Line-search halvings before giving up on a direction. */
    private static final int MAX_HALVINGS = 60;

    private Bfgs() { }

    /** A differentiable function of a parameter vector. */
    public interface Objective {
        /** f(x). */
        double value(double[] x);

        /** ∇f(x). */
        double[] gradient(double[] x);
    }

    /**
     * The outcome of a minimisation.
     *
     * @param minimiser  the last point reached
     * @param value      f there
     * @param losses     f before each iteration (losses[0] = f(start)), one entry per iteration run
     * @param iterations iterations run
     * @param converged  whether |∇f| fell below the tolerance
     */
    public record Result(double[] minimiser, double value, double[] losses, int iterations, boolean converged) {
        public Result {
            minimiser = minimiser.clone();
            losses = losses.clone();
        }

        @Override
        public double[] minimiser() { return minimiser.clone(); }

        @Override
        public double[] losses() { return losses.clone(); }
    }

    /**
     * Minimises f from {@code start} for at most {@code maxIterations} iterations, stopping early when the
     * gradient's Euclidean norm is at most {@code gradientTolerance} or no step along the search direction
     * decreases f.
     */
    public static Result minimise(Objective f, double[] start, int maxIterations, double gradientTolerance) {
        if (maxIterations < 1) throw new IllegalArgumentException("BFGS needs at least 1 iteration, not " + maxIterations);
        if (!(gradientTolerance >= 0)) throw new IllegalArgumentException("the gradient tolerance must be 0 or positive, not " + gradientTolerance);
        int n = start.length;
        double[] x = start.clone();
        double fx = f.value(x);
        double[] g = f.gradient(x);
        requireFinite(fx, g, 0);
        double[][] h = identity(n, 1);
        double[] losses = new double[maxIterations];
        int iteration = 0;
        boolean converged = false;
        boolean scaled = false;
        while (iteration < maxIterations) {
            if (norm(g) <= gradientTolerance) {
                converged = true;
                break;
            }
            losses[iteration++] = fx;
            double[] p = negate(times(h, g));
            double slope = dot(g, p);
            if (!(slope < 0)) {
                h = identity(n, 1);
                p = negate(g);
                slope = dot(g, p);
            }
            double t = 1;
            double[] next = null;
            double fNext = Double.NaN;
            for (int k = 0; k < MAX_HALVINGS; k++) {
                double[] candidate = plus(x, p, t);
                double value = f.value(candidate);
                if (Double.isFinite(value) && value <= fx + ARMIJO * t * slope) {
                    next = candidate;
                    fNext = value;
                    break;
                }
                t /= 2;
            }
            if (next == null) break;
            double[] gNext = f.gradient(next);
            requireFinite(fNext, gNext, iteration);
            double[] s = minus(next, x);
            double[] y = minus(gNext, g);
            double ys = dot(y, s);
            if (ys > 1e-12 * norm(y) * norm(s)) {
                if (!scaled) {
                    h = identity(n, ys / dot(y, y));
                    scaled = true;
                }
                h = update(h, s, y, 1 / ys);
            }
            x = next;
            fx = fNext;
            g = gNext;
        }
        if (!converged && norm(g) <= gradientTolerance) converged = true;
        return new Result(x, fx, Arrays.copyOf(losses, iteration), iteration, converged);
    }

    /** (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, written out without forming the outer products. */
    private static double[][] update(double[][] h, double[] s, double[] y, double rho) {
        int n = s.length;
        double[] hy = times(h, y);
        double yhy = dot(y, hy);
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = h[i][j] - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
        return out;
    }

    private static void requireFinite(double value, double[] gradient, int iteration) {
        if (!Double.isFinite(value) || Arrays.stream(gradient).anyMatch(v -> !Double.isFinite(v))) {
            throw new IllegalArgumentException("BFGS: the objective or its gradient is not a finite number at iteration " + iteration);
        }
    }

    private static double[][] identity(int n, double scale) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) out[i][i] = scale;
        return out;
    }

    private static double[] times(double[][] m, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = dot(m[i], v);
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double[] negate(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = -v[i];
        return out;
    }

    private static double[] plus(double[] x, double[] p, double t) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i] + t * p[i];
        return out;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] - b[i];
        return out;
    }
}

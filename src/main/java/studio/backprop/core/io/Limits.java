package studio.backprop.core.io;

import java.util.Locale;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.problem.ProblemException;

/**
 * The sizes every command can honour: each finishes, or refuses up front with one line naming the limit,
 * within about 30 s and a 512 MB heap ({@code -Xmx512m}) on a 2-core machine. The figures come from measuring
 * each command at the edge (see {@code LimitsPropertyTest}); {@code presets/FORMAT.md} states the same numbers.
 */
public final class Limits {
    /** Most weights and biases in a network that can be opened, trained and saved. */
    public static final int MAX_PARAMETERS = NetworkSpec.MAX_PARAMETERS;
    /** Most numbers (inputs and targets, training and test set together) in a network session's data. */
    public static final int MAX_DATA_NUMBERS = 300_000;
    /**
     * Most weights and biases for the step-by-step pass (one equation per value and gradient): {@code trace}
     * summarises larger networks, {@code export} and {@code handout} refuse them.
     */
    public static final int MAX_TRACE_PARAMETERS = 20_000;
    /**
     * Most work for one {@code train} or {@code curves} run, in parameter × sample evaluations (a forward
     * pass through one weight for one sample is 1, the backward pass 2 more, and an iteration costs 100 more):
     * about 3 s on the 2-core machine the figures were measured on when idle, and under 30 s when seven other
     * builds shared it.
     */
    public static final double MAX_WORK = 3e9;
    /** Most iterations of a {@code train} run (the work limit may refuse fewer). */
    public static final int MAX_ITERATIONS = 10_000_000;
    /** Most epochs of a {@code train} run (the work limit may refuse fewer). */
    public static final int MAX_EPOCHS = 1_000_000;
    /** Most iterations of {@code curves}, which keeps every iteration's loss. */
    public static final int MAX_CURVE_ITERATIONS = 100_000;
    /** Most parameters for BFGS in {@code curves}: it keeps two n × n matrices. */
    public static final int MAX_BFGS_PARAMETERS = 2_000;
    /** {@code gradcheck} checks every parameter up to this many, and an even sample of this many above it. */
    public static final int GRADCHECK_PARAMETERS = 100;

    private Limits() { }

    /** Refuses a network too large for the step-by-step pass, naming the command and the limit. */
    public static void requireTraceable(NetworkSpec network, String what) {
        if (network.parameterCount() > MAX_TRACE_PARAMETERS) {
            throw new ProblemException("limits.trace", what, count(MAX_TRACE_PARAMETERS), count(network.parameterCount()));
        }
    }

    /** Refuses work above {@link #MAX_WORK}, naming what to reduce. */
    public static void requireWork(double work, String what, String reduce) {
        if (work > MAX_WORK) {
            throw new ProblemException("limits.work", what, String.format(Locale.ROOT, "%.1e", work),
                    String.format(Locale.ROOT, "%.0e", MAX_WORK), reduce);
        }
    }

    /** 1234567 as "1,234,567". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}

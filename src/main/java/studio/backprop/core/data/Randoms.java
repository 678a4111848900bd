package studio.backprop.core.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The few random draws the data and initialisation code needs, written out so that a seed gives the
 * same numbers on every JDK ({@link SplittableRandom#nextDouble()} is specified exactly; the JDK's own
 * Gaussian generators have changed between releases).
 */
final class Randoms {
    private Randoms() { }

    /** Uniform in [low, high). */
    static double uniform(SplittableRandom random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Standard normal (mean 0, standard deviation 1) by Marsaglia's polar method, as Playground draws it. */
    static double gaussian(SplittableRandom random) {
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * random.nextDouble() - 1;
            v2 = 2 * random.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        return v1 * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** Fisher–Yates shuffle of {@code items} in place. */
    static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}

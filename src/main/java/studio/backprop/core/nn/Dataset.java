package studio.backprop.core.nn;

import java.util.List;

/**
 * Training and test samples. The lecture's data set is one training sample and no test set.
 *
 * @param name  a short name for display ("lecture", "xor", "circle")
 * @param train samples the network learns from
 * @param test  held-out samples (may be empty)
 * @param scaling how the samples were scaled from raw values (Welch Labs' part 1), or null when they were not
 */
public record Dataset(String name, List<Sample> train, List<Sample> test, Scaling scaling) {
    public Dataset {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    /** Samples as they are, not scaled. */
    public Dataset(String name, List<Sample> train, List<Sample> test) {
        this(name, train, test, null);
    }

    public static Dataset single(String name, Sample sample) {
        return new Dataset(name, List.of(sample), List.of());
    }
}

package studio.backprop.app.digits;

import java.util.List;
import studio.backprop.core.data.Digits;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.Trainer;

/**
 * How a classifier's answers fall: {@code count(actual, predicted)} samples of digit {@code actual} were
 * classified as {@code predicted} (the largest output). The diagonal holds the correct answers.
 */
public final class ConfusionMatrix {
    private final int[][] counts;

    private ConfusionMatrix(int[][] counts) {
        this.counts = counts;
    }

    /** The matrix of the network on the samples (one-hot targets, one output per class). */
    public static ConfusionMatrix of(NetworkSpec network, List<Sample> samples) {
        int classes = network.size(network.layerCount() - 1);
        int[][] counts = new int[classes][classes];
        double[][] outputs = Trainer.outputs(network, samples);
        for (int s = 0; s < samples.size(); s++) counts[Digits.label(samples.get(s))][argmax(outputs[s])]++;
        return new ConfusionMatrix(counts);
    }

    /** The index of the largest value (the first one on a tie). */
    public static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
        return best;
    }

    /** Number of classes (rows and columns). */
    public int classes() {
        return counts.length;
    }

    /** Samples of class {@code actual} answered as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** All samples counted. */
    public int total() {
        int sum = 0;
        for (int[] row : counts) for (int c : row) sum += c;
        return sum;
    }

    /** Samples answered correctly: the diagonal. */
    public int correct() {
        int sum = 0;
        for (int k = 0; k < counts.length; k++) sum += counts[k][k];
        return sum;
    }

    /** The largest single count, for scaling colours. */
    public int largest() {
        int max = 0;
        for (int[] row : counts) for (int c : row) max = Math.max(max, c);
        return max;
    }

    /** correct ÷ total; NaN for no samples. */
    public double accuracy() {
        int total = total();
        return total == 0 ? Double.NaN : (double) correct() / total;
    }
}

package studio.backprop.core.train;

import java.util.List;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/** Classification accuracy: one output thresholded at 0.5, several outputs by their largest. */
public final class Classification {
    private Classification() { }

    /** The share of samples whose predicted class is the target's class; NaN for no samples. */
    public static double accuracy(NetworkSpec network, List<Sample> samples) {
        if (samples.isEmpty()) return Double.NaN;
        double[][] outputs = Trainer.outputs(network, samples);
        int correct = 0;
        for (int s = 0; s < samples.size(); s++) {
            if (predicted(outputs[s]) == predicted(samples.get(s).targets())) correct++;
        }
        return (double) correct / samples.size();
    }

    /** The class a vector of outputs or targets stands for. */
    public static int predicted(double[] values) {
        if (values.length == 1) return values[0] >= 0.5 ? 1 : 0;
        int best = 0;
        for (int k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
        return best;
    }
}

package studio.backprop.cli;

import java.util.List;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.Trainer;

/** Classification accuracy: one output thresholded at 0.5, several outputs by their largest. */
final class Accuracy {
    private Accuracy() { }

    static double of(NetworkSpec network, List<Sample> samples) {
        double[][] outputs = Trainer.outputs(network, samples);
        int correct = 0;
        for (int s = 0; s < samples.size(); s++) {
            if (predicted(outputs[s]) == predicted(samples.get(s).targets())) correct++;
        }
        return samples.isEmpty() ? Double.NaN : (double) correct / samples.size();
    }

    private static int predicted(double[] values) {
        if (values.length == 1) return values[0] >= 0.5 ? 1 : 0;
        int best = 0;
        for (int k = 1; k < values.length; k++) if (values[k] > values[best]) best = k;
        return best;
    }
}

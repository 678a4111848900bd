package studio.backprop.core.train;

import studio.backprop.core.nn.DeepCopy;
import studio.backprop.core.nn.NetworkSpec;

/**
 * What a training run produced, immutable.
 *
 * @param network          the trained network (after a divergence, the last one whose loss was finite)
 * @param history          the mean training loss per iteration, measured before each update (bounded)
 * @param updates          how many updates the returned network has had
 * @param firstUpdateError the mean training loss after the first update (the lecture's "after the first round")
 * @param finalError       the mean training loss of the returned network
 * @param outputs          the returned network's outputs, [training sample][output]
 * @param status           completed, stopped early, or diverged
 * @param message          why training ended early, naming the iteration; empty when it completed
 * @param gradientSizes    mean |∂E/∂w| over the weights into each layer (index l: from layer l to l + 1) in the
 *                         last update, before regularisation; all 0 when there was none
 */
public record TrainingResult(NetworkSpec network, LossHistory history, int updates, double firstUpdateError,
                             double finalError, double[][] outputs, Status status, String message,
                             double[] gradientSizes) {

    /** How a training run ended. */
    public enum Status {
        /** Every iteration ran. */
        COMPLETED,
        /** The listener or an interrupt stopped it. */
        STOPPED,
        /** The loss or a parameter stopped being a finite number. */
        DIVERGED
    }

    public TrainingResult {
        outputs = DeepCopy.of(outputs);
        gradientSizes = gradientSizes.clone();
    }

    /** A result without gradient sizes (all 0), as the first version made them. */
    public TrainingResult(NetworkSpec network, LossHistory history, int updates, double firstUpdateError,
                          double finalError, double[][] outputs, Status status, String message) {
        this(network, history, updates, firstUpdateError, finalError, outputs, status, message,
                new double[network.layerCount() - 1]);
    }

    /** A copy of the mean |∂E/∂w| per weight layer in the last update. */
    @Override
    public double[] gradientSizes() {
        return gradientSizes.clone();
    }

    /** A copy of the outputs, [training sample][output]. */
    @Override
    public double[][] outputs() {
        return DeepCopy.of(outputs);
    }

    /** Output k of training sample s. */
    public double output(int sample, int k) {
        return outputs[sample][k];
    }

    public boolean diverged() {
        return status == Status.DIVERGED;
    }
}

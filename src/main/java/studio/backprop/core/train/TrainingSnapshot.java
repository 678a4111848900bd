package studio.backprop.core.train;

import studio.backprop.core.nn.NetworkSpec;

/**
 * What a running training publishes: an immutable copy that another thread may read.
 *
 * @param iteration the iterations done so far
 * @param loss      the mean training loss measured before the latest update
 * @param network   the network after the latest update
 * @param gradientSizes mean |∂E/∂w| over the weights into each layer in the latest update (before
 *                  regularisation), for the vanishing-gradient bars
 */
public record TrainingSnapshot(int iteration, double loss, NetworkSpec network, double[] gradientSizes) {
    public TrainingSnapshot {
        gradientSizes = gradientSizes.clone();
    }

    /** A snapshot without gradient sizes (all 0), as the first version made them. */
    public TrainingSnapshot(int iteration, double loss, NetworkSpec network) {
        this(iteration, loss, network, new double[network.layerCount() - 1]);
    }

    /** A copy of the mean |∂E/∂w| per weight layer. */
    @Override
    public double[] gradientSizes() {
        return gradientSizes.clone();
    }
}

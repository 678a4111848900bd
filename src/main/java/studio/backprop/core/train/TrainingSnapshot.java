package studio.backprop.core.train;

import studio.backprop.core.nn.NetworkSpec;

/**
 * What a running training publishes: an immutable copy that another thread may read.
 *
 * @param iteration the iterations done so far
 * @param loss      the mean training loss measured before the latest update
 * @param network   the network after the latest update
 */
public record TrainingSnapshot(int iteration, double loss, NetworkSpec network) { }

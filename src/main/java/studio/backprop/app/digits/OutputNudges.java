package studio.backprop.app.digits;

import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;

/**
 * "What the output layer wants" (3Blue1Brown, chapter 3) for one traced example, every number read from
 * the trace's backward pass. Each output neuron wants its net input nudged by −∂E/∂net_o (for softmax
 * with cross-entropy that is target − out: the right digit up, every other one down, in proportion to how
 * wrong it is). Each neuron j of the last hidden layer receives, from every output k, the wish
 * w_kj · (−∂E/∂net_ok); their sum is −∂E/∂out_hj, its gradient in the same trace.
 *
 * @param outputs       out_o per output
 * @param wants         −∂E/∂net_o per output
 * @param contributions [hidden j][output k]: w_kj · wants[k]
 * @param hiddenWants   −∂E/∂out_h per neuron of the last hidden layer
 */
public record OutputNudges(double[] outputs, double[] wants, double[][] contributions, double[] hiddenWants) {

    /** The nudges of a network's traced pass (a network with at least one hidden layer). */
    public static OutputNudges of(NetworkSpec spec, Trace trace) {
        int top = spec.layerCount() - 1;
        int hidden = top - 1;
        if (hidden < 1) throw new IllegalArgumentException("a network without a hidden layer has no layer before its outputs");
        double[] outputs = new double[spec.size(top)];
        double[] wants = new double[spec.size(top)];
        for (int k = 0; k < wants.length; k++) {
            outputs[k] = trace.value(NetworkNames.out(spec, top, k));
            wants[k] = -trace.gradient(NetworkNames.net(spec, top, k));
        }
        double[][] contributions = new double[spec.size(hidden)][wants.length];
        double[] hiddenWants = new double[spec.size(hidden)];
        for (int j = 0; j < hiddenWants.length; j++) {
            for (int k = 0; k < wants.length; k++) contributions[j][k] = spec.weight(hidden, k, j) * wants[k];
            hiddenWants[j] = -trace.gradient(NetworkNames.out(spec, hidden, j));
        }
        return new OutputNudges(outputs, wants, contributions, hiddenWants);
    }
}

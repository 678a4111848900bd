package studio.backprop.cli;

import java.util.List;
import java.util.Locale;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Limits;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.FastNetwork;
import studio.backprop.core.train.NetworkGradients;

/**
 * The pass of a network too large to print step by step ({@link Limits#MAX_TRACE_PARAMETERS}), summarised:
 * the outputs and the error of the session's sample, then per layer the size of ∂E/∂w and its largest entry,
 * and the largest change the update makes. Computed on the fast array path, which the tests hold equal to the
 * graph the full trace prints; a gradient that is not finite is refused like in the full trace.
 */
final class TraceSummary {
    /** Outputs listed one by one up to this many. */
    static final int SHOWN_OUTPUTS = 10;

    private TraceSummary() { }

    static String of(NetworkDocument document, String title, NumberStyle style) {
        NetworkSpec spec = document.network();
        Sample sample = document.data().train().get(document.sample());
        FastNetwork network = new FastNetwork(spec);
        double[] outputs = network.predict(sample.inputs());
        double error = network.loss(sample);
        NetworkGradients gradients = network.gradients(List.of(sample));
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append(String.format(Locale.ROOT, "a %s network has %s weights and biases, more than the %s the step-by-step trace "
                        + "prints; a summary of the same pass on training sample %d:%n", TrainCommand.shape(spec),
                Limits.count(spec.parameterCount()), Limits.count(Limits.MAX_TRACE_PARAMETERS), document.sample() + 1));
        out.append("\nForward pass\n");
        int last = spec.layerCount() - 1;
        for (int k = 0; k < Math.min(outputs.length, SHOWN_OUTPUTS); k++) {
            out.append("  ").append(NetworkNames.out(spec, last, k)).append(" = ").append(style.format(outputs[k])).append('\n');
        }
        if (outputs.length > SHOWN_OUTPUTS) out.append("  … (").append(outputs.length - SHOWN_OUTPUTS).append(" more outputs)\n");
        out.append("\nError\n  E_total = ").append(style.format(error)).append('\n');
        out.append("\nBackward pass (∂E_total/∂w for the weights into each layer)\n");
        double largestChange = 0;
        for (int l = 0; l < last; l++) {
            double sum = 0;
            double largest = -1;
            int to = 0;
            int from = 0;
            for (int j = 0; j < spec.size(l + 1); j++) {
                for (int k = 0; k < spec.size(l); k++) {
                    double g = gradients.weight(l, j, k);
                    if (!Double.isFinite(g)) {
                        throw new IllegalArgumentException("overflow in the backward pass at ∂E_total/∂"
                                + NetworkNames.weight(spec, l, j, k) + " = " + g + ": the gradient is too large for a double");
                    }
                    sum += Math.abs(g);
                    if (Math.abs(g) > largest) {
                        largest = Math.abs(g);
                        to = j;
                        from = k;
                    }
                }
            }
            double mean = sum / ((double) spec.size(l) * spec.size(l + 1));
            largestChange = Math.max(largestChange, spec.learningRate() * largest);
            out.append(String.format(Locale.ROOT, "  layer %d: mean |∂E_total/∂w| = %s, largest |∂E_total/∂%s| = %s%n", l + 1,
                    style.format(mean), NetworkNames.weight(spec, l, to, from), style.format(largest)));
        }
        out.append("\nUpdate\n  w⁺ = w - η·∂E_total/∂w with η = ").append(style.format(spec.learningRate()))
                .append(": the largest change to a weight is ").append(style.format(largestChange)).append('\n');
        return out.toString();
    }
}

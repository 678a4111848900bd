package studio.backprop.core.code;

import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkSpec;

/**
 * What the NumPy and the PyTorch script of a network start from: the report of the document's pass, its network,
 * the index of the output layer and the writer the script goes to.
 */
abstract class NetworkScript {
    protected final NetworkReport report;
    protected final NetworkSpec spec;
    /** The output layer. */
    protected final int top;
    protected final PythonWriter out = new PythonWriter();

    NetworkScript(NetworkReport report) {
        this.report = report;
        this.spec = report.spec();
        this.top = spec.layerCount() - 1;
    }

    /** Whether the update changes the biases: they are updated and there are any. */
    protected boolean biasesLearn() {
        return spec.updateBiases() && spec.biasMode() != BiasMode.NONE;
    }

    /** The vector entering layer {@code layer}: the inputs i, or the outputs of the layer below. */
    protected String in(int layer) {
        return layer == 1 ? report.suffix(0) : "out_" + report.suffix(layer - 1);
    }

    /** The name of ∂net/∂W of the weights into layer {@code l} + 1 ({@code dnet_h_dW1}). */
    protected String netWeight(int l) {
        return "dnet_" + report.suffix(l + 1) + "_dW" + (l + 1);
    }
}

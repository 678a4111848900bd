package studio.backprop.core.code;

import java.util.List;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.UpdateOrder;

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
    private final String kind;
    private final List<String> imports;

    /**
     * @param kind    what the header calls the code ("NumPy code")
     * @param imports the script's imports after {@code import sys}
     */
    NetworkScript(NetworkReport report, String kind, String... imports) {
        this.report = report;
        this.spec = report.spec();
        this.top = spec.layerCount() - 1;
        this.kind = kind;
        this.imports = List.of(imports);
    }

    /** The whole script: the header naming the document and the sample, the imports, then {@link #body()}. */
    final String write(String title, int sample, int samples) {
        ScriptHeader.network(out, title, spec, kind, sample, samples);
        out.line("import sys").blank();
        for (String line : imports) out.line(line);
        out.blank();
        ScriptHeader.utf8(out);
        body();
        return out.text();
    }

    /** Everything after the imports: the document's numbers, the passes, the report. */
    protected abstract void body();

    /** Whether the update goes layer by layer (and there is more than one layer to update). */
    protected boolean layerByLayer() {
        return spec.updateOrder() == UpdateOrder.LAYER_BY_LAYER && top > 1;
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

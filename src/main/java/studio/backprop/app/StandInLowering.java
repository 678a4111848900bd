package studio.backprop.app;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/**
 * STAND-IN, to be deleted at integration: the real lowering ({@code core.nn}), the presets and the
 * expression parser ({@code core.expr}) replace it in {@link StudioApp#defaultCompute()} and
 * {@link StudioApp#defaultDocument()}. It lowers a sigmoid network with the lecture's half squared
 * error to the scalar graph (names from {@link NetworkNames}) and uses {@link Backprop#run}'s generic
 * steps: forward and backward, no update steps.
 */
final class StandInLowering {
    private StandInLowering() { }

    /** The lecture's 2-2-2 network (Mazur's example) with its one training sample. */
    static NetworkDocument lectureDocument() {
        double[][][] weights = {{{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}};
        double[][] biases = {{0.35, 0.35}, {0.60, 0.60}};
        NetworkSpec spec = new NetworkSpec(new int[] {2, 2, 2}, List.of(Activation.SIGMOID, Activation.SIGMOID),
                Loss.HALF_SSE, BiasMode.PER_LAYER, false, 0.5, UpdateOrder.EXACT, weights, biases);
        Sample sample = new Sample(new double[] {0.05, 0.10}, new double[] {0.01, 0.99});
        return new NetworkDocument("mazur", spec, Dataset.single("lecture", sample), 0);
    }

    /** Computes a network document; expressions need the parser, which this build does not have yet. */
    static Trace compute(Document document) {
        if (document instanceof NetworkDocument network) return Backprop.run(graph(network));
        ExpressionDocument expression = (ExpressionDocument) document;
        throw new IllegalArgumentException(Messages.format("standIn.noParser", expression.source()));
    }

    /** The scalar graph of a sigmoid, half-squared-error network for its selected sample. */
    static Graph graph(NetworkDocument document) {
        NetworkSpec spec = document.network();
        Sample sample = document.data().train().get(document.sample());
        Graph.Builder b = Graph.builder();
        List<Integer> previous = new ArrayList<>();
        for (int k = 0; k < spec.size(0); k++) previous.add(b.variable(NetworkNames.neuron(spec, 0, k), sample.input(k)));
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            List<Integer> weightIds = new ArrayList<>();
            for (int to = 0; to < spec.size(l + 1); to++) {
                for (int from = 0; from < spec.size(l); from++) {
                    weightIds.add(b.variable(NetworkNames.weight(spec, l, to, from), spec.weight(l, to, from)));
                }
            }
            List<Integer> outs = new ArrayList<>();
            for (int to = 0; to < spec.size(l + 1); to++) {
                String biasName = NetworkNames.bias(spec, l, to);
                int bias = b.has(biasName) ? b.id(biasName) : b.variable(biasName, spec.bias(l, to));
                List<Integer> inputs = new ArrayList<>();
                for (int from = 0; from < spec.size(l); from++) {
                    inputs.add(weightIds.get(to * spec.size(l) + from));
                    inputs.add(previous.get(from));
                }
                inputs.add(bias);
                int net = b.op(Op.WEIGHTED_SUM, NetworkNames.net(spec, l + 1, to), inputs);
                outs.add(b.op(Op.SIGMOID, NetworkNames.out(spec, l + 1, to), net));
            }
            previous = outs;
        }
        List<Integer> errors = new ArrayList<>();
        for (int k = 0; k < previous.size(); k++) {
            int target = b.constant(NetworkNames.target(spec, k), sample.target(k));
            errors.add(b.op(Op.HALF_SQUARED_ERROR, NetworkNames.error(spec, k), target, previous.get(k)));
        }
        b.op(Op.ADD, NetworkNames.TOTAL, errors);
        return b.build();
    }
}

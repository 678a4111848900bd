package studio.backprop.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.nn.NetworkTrace;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;
import studio.backprop.core.train.FastNetwork;

/** What a script must print for a document: the trace's steps, and the layer-by-layer update where the document asks for it. */
final class Expected {
    /**
     * The tolerance of the acceptance: every number to 1e-12 relative. Where the trace's number is a sum over paths,
     * relative to the largest path: a sum that cancels to nothing (a shared bias into softmax outputs gets Σδ = 0) is
     * rounding noise, −2.8e-17 in one order of additions and 0.0 in another.
     */
    static final double RELATIVE = 1e-12;

    private Expected() { }

    static List<Python.Printed> lines(Document document) {
        Trace trace = Computation.trace(document);
        List<Python.Printed> lines = new ArrayList<>();
        for (Step step : trace.steps()) {
            double scale = Math.abs(step.equation().result());
            for (Contribution path : step.paths()) scale = Math.max(scale, Math.abs(path.product()));
            lines.add(new Python.Printed(step.equation().lhs().toText(NumberStyle.LECTURE), step.equation().result(), scale));
        }
        if (document instanceof NetworkDocument network && network.network().updateOrder() == UpdateOrder.LAYER_BY_LAYER
                && network.network().layerCount() > 2) {
            lines.addAll(layerByLayer(network.network(), network.data().train().get(network.sample()), trace));
        }
        return lines;
    }

    /** The fast path's own layer-by-layer step: an independent reference for the script's extra lines. */
    private static List<Python.Printed> layerByLayer(NetworkSpec spec, Sample sample, Trace trace) {
        FastNetwork fast = new FastNetwork(spec);
        fast.step(List.of(sample));
        NetworkSpec after = fast.toSpec();
        List<Python.Printed> lines = new ArrayList<>();
        for (Step step : trace.steps()) {
            if (step.quantity() != Step.Quantity.UPDATE) continue;
            String name = trace.graph().node(step.target()).name();
            Element parameter = NetworkSpecs.parameters(spec).stream()
                    .filter(p -> NetworkSpecs.name(spec, p).equals(name)).findFirst().orElseThrow();
            lines.add(new Python.Printed(name + "⁺" + ScriptHeader.LAYER_BY_LAYER, NetworkSpecs.value(after, parameter)));
        }
        lines.add(new Python.Printed(ScriptHeader.LOSS_AFTER, NetworkTrace.trace(after, sample).outputValue()));
        return lines;
    }

    /** Every expected line printed, in order, nothing else, each number to {@link #RELATIVE}. */
    static void check(String script, List<String> printed, List<Python.Printed> expected) {
        List<Python.Printed> actual = printed.stream().map(Python.Printed::parse).toList();
        assertThat(actual.stream().map(Python.Printed::name).toList()).as("names printed by %s", script)
                .containsExactlyElementsOf(expected.stream().map(Python.Printed::name).toList());
        for (int k = 0; k < expected.size(); k++) {
            double want = expected.get(k).value();
            double got = actual.get(k).value();
            double scale = Math.max(expected.get(k).scale(), Math.max(Math.abs(want), Math.abs(got)));
            assertThat(Math.abs(want - got) <= RELATIVE * scale)
                    .as("%s: %s printed %s, the trace has %s", script, expected.get(k).name(), got, want).isTrue();
        }
    }
}

package studio.backprop.cli;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.Scaling;
import studio.backprop.core.train.Trainer;

/**
 * Welch Labs' part 1 in the trace: the traced sample's raw and scaled values side by side, and the network's
 * output scaled back into raw units. Nothing when the data is not scaled.
 */
final class ScalingLines {
    private ScalingLines() { }

    /** The lines to print before and after the traced pass; both empty without a scaling. */
    static List<List<String>> of(NetworkDocument document, NumberStyle style) {
        Scaling scaling = document.data().scaling();
        if (scaling == null || document.data().train().isEmpty()) return List.of(List.of(), List.of());
        Sample sample = document.data().train().get(document.sample());
        double[] rawIn = scaling.rawInputs(sample.inputs());
        double[] rawTarget = scaling.rawTargets(sample.targets());
        List<String> before = new ArrayList<>();
        before.add("scaled data (Welch Labs, part 1): the network sees raw ÷ divisor");
        for (int k = 0; k < scaling.inputCount(); k++) {
            before.add(String.format("  input  %-16s raw %-10s ÷ %-6s = %s", scaling.inputNames().get(k), style.format(rawIn[k]),
                    style.format(scaling.inputDivisor(k)), style.format(sample.input(k))));
        }
        for (int k = 0; k < scaling.targetCount(); k++) {
            before.add(String.format("  target %-16s raw %-10s ÷ %-6s = %s", scaling.targetNames().get(k), style.format(rawTarget[k]),
                    style.format(scaling.targetDivisor(k)), style.format(sample.target(k))));
        }
        double[] outputs = Trainer.outputs(document.network(), List.of(sample))[0];
        double[] rawOut = scaling.rawTargets(outputs);
        List<String> after = new ArrayList<>();
        after.add("output scaled back (× divisor):");
        for (int k = 0; k < scaling.targetCount(); k++) {
            after.add(String.format("  ŷ%d = %s × %s = predicted %s %s (actual %s)", k + 1, style.format(outputs[k]),
                    style.format(scaling.targetDivisor(k)), scaling.targetNames().get(k), style.format(rawOut[k]), style.format(rawTarget[k])));
        }
        return List.of(before, after);
    }
}

package studio.backprop.app.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkTrace;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.FastNetwork;

/** "What the output layer wants" and the layers' activations, against the traced backward pass of the digits preset. */
class OutputNudgesTest {
    private static final NetworkDocument DIGITS = (NetworkDocument) Presets.load("digits").document();

    private static NetworkDocument example(int index) {
        return new NetworkDocument("digits", DIGITS.network(), DIGITS.data(), index);
    }

    @Test
    void theOutputsWantMinusTheirGradientsFromTheTrace() {
        for (int index : new int[] {0, 7, 500}) {
            NetworkDocument document = example(index);
            Trace trace = Computation.trace(document);
            NetworkSpec spec = document.network();
            Sample sample = document.data().train().get(index);
            OutputNudges nudges = OutputNudges.of(spec, trace);
            for (int k = 0; k < 10; k++) {
                assertThat(nudges.wants()[k]).isEqualTo(-trace.gradient("net_o" + (k + 1)));
                // softmax with cross-entropy: −∂E/∂net_k = target_k − out_k
                assertThat(nudges.wants()[k]).isCloseTo(sample.target(k) - nudges.outputs()[k], within(1e-12));
            }
            for (int j = 0; j < 16; j++) {
                double sum = 0;
                for (int k = 0; k < 10; k++) {
                    assertThat(nudges.contributions()[j][k]).isEqualTo(spec.weight(2, k, j) * nudges.wants()[k]);
                    sum += nudges.contributions()[j][k];
                }
                assertThat(nudges.hiddenWants()[j]).isEqualTo(-trace.gradient("out_h2." + (j + 1)));
                assertThat(nudges.hiddenWants()[j]).isCloseTo(sum, within(1e-12));
            }
        }
    }

    @Test
    void theStepFreeTraceThePaneUsesHasTheSameGradients() {
        NetworkDocument document = example(3);
        Trace stepped = Computation.trace(document);
        Trace plain = Backprop.evaluate(Lowering.lower(document.network(), document.data().train().get(3)).graph());
        assertThat(plain.gradients()).containsExactly(stepped.gradients());
        assertThat(OutputNudges.of(document.network(), plain).hiddenWants())
                .containsExactly(OutputNudges.of(document.network(), stepped).hiddenWants());
    }

    @Test
    void layerActivationsAreTheTracedOutputs() {
        NetworkDocument document = example(11);
        Trace trace = Computation.trace(document);
        NetworkSpec spec = document.network();
        double[][] layers = new FastNetwork(spec).activations(document.data().train().get(11).inputs());
        for (int j = 0; j < 16; j++) {
            assertThat(layers[1][j]).isCloseTo(trace.value("out_h1." + (j + 1)), within(1e-12));
            assertThat(layers[2][j]).isCloseTo(trace.value("out_h2." + (j + 1)), within(1e-12));
        }
        for (int k = 0; k < 10; k++) assertThat(layers[3][k]).isCloseTo(trace.value("out_o" + (k + 1)), within(1e-12));
    }

    @Test
    void aNetworkWithoutAHiddenLayerIsRefusedWithAReason() {
        NetworkDocument xor = (NetworkDocument) Presets.load("mazur").document();
        NetworkSpec flat = new NetworkSpec(new int[] {2, 2}, List.of(Activation.SIGMOID),
                xor.network().loss(), xor.network().biasMode(), false, 0.5, xor.network().updateOrder(),
                new double[][][] {{{0.1, 0.2}, {0.3, 0.4}}}, new double[][] {{0, 0}});
        Trace trace = NetworkTrace.trace(flat, xor.data().train().get(0));
        Assertions.assertThatThrownBy(() -> OutputNudges.of(flat, trace))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hidden layer");
    }
}

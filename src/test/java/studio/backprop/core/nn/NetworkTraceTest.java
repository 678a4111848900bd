package studio.backprop.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;

class NetworkTraceTest {

    private static final NumberStyle LECTURE = NumberStyle.LECTURE;

    private static Trace lecture() {
        return NetworkTrace.trace(LectureNetwork.spec(), LectureNetwork.sample());
    }

    private static String text(Step step) {
        return step.equation().toText(LECTURE);
    }

    private static Step stepStartingWith(Trace trace, String lhs) {
        return trace.steps().stream().filter(s -> text(s).startsWith(lhs + " = ")).findFirst()
                .orElseThrow(() -> new AssertionError("no step for " + lhs));
    }

    /** The result of the step that computes {@code lhs}, as the lecture prints it. */
    private static String printed(Trace trace, String lhs) {
        return LECTURE.format(stepStartingWith(trace, lhs).equation().result());
    }

    @Test
    void everyForwardAndBackwardNumberOfTheReferenceAtItsPrintedPrecision() {
        Trace trace = lecture();

        assertThat(printed(trace, "net_h1")).isEqualTo("0.3775");
        assertThat(printed(trace, "out_h1")).isEqualTo("0.593269992");
        assertThat(printed(trace, "out_h2")).isEqualTo("0.596884378");
        assertThat(printed(trace, "net_o1")).isEqualTo("1.105905967");
        assertThat(printed(trace, "out_o1")).isEqualTo("0.75136507");
        assertThat(printed(trace, "out_o2")).isEqualTo("0.772928465");
        assertThat(printed(trace, "E_o1")).isEqualTo("0.274811083");
        assertThat(printed(trace, "E_o2")).isEqualTo("0.023560026");
        assertThat(printed(trace, "E_total")).isEqualTo("0.298371109");
        assertThat(printed(trace, "∂E_total/∂out_o1")).isEqualTo("0.74136507");
        assertThat(printed(trace, "∂out_o1/∂net_o1")).isEqualTo("0.186815602");
        assertThat(printed(trace, "∂E_total/∂w5")).isEqualTo("0.082167041");
        assertThat(printed(trace, "δ_o1")).isEqualTo("0.138498562");
        assertThat(printed(trace, "∂E_o1/∂out_h1")).isEqualTo("0.055399425");
        assertThat(printed(trace, "∂E_o2/∂out_h1")).isEqualTo("-0.019049118"); // the lecture prints −0.019049119, see LectureNumbers
        assertThat(printed(trace, "∂E_total/∂out_h1")).isEqualTo("0.036350306");
        assertThat(printed(trace, "∂out_h1/∂net_h1")).isEqualTo("0.241300709");
        assertThat(printed(trace, "∂E_total/∂w1")).isEqualTo("0.000438568");
        assertThat(printed(trace, "w5⁺")).isEqualTo("0.35891648");
        assertThat(printed(trace, "w6⁺")).isEqualTo("0.408666186");
        assertThat(printed(trace, "w7⁺")).isEqualTo("0.51130127"); // printed 0.511301270
        assertThat(printed(trace, "w8⁺")).isEqualTo("0.561370121");
        assertThat(printed(trace, "w1⁺")).isEqualTo("0.149780716");
        assertThat(NumberStyle.digits(8).format(stepStartingWith(trace, "w2⁺").equation().result())).isEqualTo("0.19956143");
        assertThat(NumberStyle.digits(8).format(stepStartingWith(trace, "w3⁺").equation().result())).isEqualTo("0.24975114");
        assertThat(NumberStyle.digits(8).format(stepStartingWith(trace, "w4⁺").equation().result())).isEqualTo("0.29950229");
    }

    @Test
    void theLecturesStepsReadAsTheLectureWritesThem() {
        Trace trace = lecture();

        assertThat(text(stepStartingWith(trace, "net_h1")))
                .isEqualTo("net_h1 = w1·i1 + w2·i2 + b1·1 = 0.15·0.05 + 0.2·0.1 + 0.35·1 = 0.3775");
        assertThat(text(stepStartingWith(trace, "out_h1"))).isEqualTo("out_h1 = σ(net_h1) = σ(0.3775) = 0.593269992");
        assertThat(text(stepStartingWith(trace, "E_o1")))
                .isEqualTo("E_o1 = ½(target_o1 - out_o1)² = ½(0.01 - 0.75136507)² = 0.274811083");
        assertThat(text(stepStartingWith(trace, "E_total")))
                .isEqualTo("E_total = E_o1 + E_o2 = 0.274811083 + 0.023560026 = 0.298371109");
        assertThat(text(stepStartingWith(trace, "∂E_total/∂out_o1")))
                .isEqualTo("∂E_total/∂out_o1 = -(target_o1 - out_o1) = -(0.01 - 0.75136507) = 0.74136507");
        assertThat(text(stepStartingWith(trace, "∂out_o1/∂net_o1")))
                .isEqualTo("∂out_o1/∂net_o1 = out_o1·(1 - out_o1) = 0.75136507·(1 - 0.75136507) = 0.186815602");
        assertThat(text(stepStartingWith(trace, "∂net_o1/∂w5"))).isEqualTo("∂net_o1/∂w5 = out_h1 = 0.593269992");
        assertThat(text(stepStartingWith(trace, "∂E_total/∂w5"))).isEqualTo(
                "∂E_total/∂w5 = ∂E_total/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = 0.74136507 · 0.186815602 · 0.593269992 = 0.082167041");
        assertThat(text(stepStartingWith(trace, "δ_o1")))
                .isEqualTo("δ_o1 = ∂E_total/∂out_o1 · ∂out_o1/∂net_o1 = 0.74136507 · 0.186815602 = 0.138498562");
        assertThat(text(stepStartingWith(trace, "∂E_o1/∂out_h1"))).isEqualTo("∂E_o1/∂out_h1 = δ_o1 · w5 = 0.138498562 · 0.4 = 0.055399425");
        assertThat(text(stepStartingWith(trace, "∂E_total/∂out_h1"))).isEqualTo(
                "∂E_total/∂out_h1 = ∂E_o1/∂out_h1 + ∂E_o2/∂out_h1 = 0.055399425 + (-0.019049118) = 0.036350306");
        assertThat(text(stepStartingWith(trace, "∂E_total/∂w1"))).isEqualTo(
                "∂E_total/∂w1 = ∂E_total/∂out_h1 · ∂out_h1/∂net_h1 · ∂net_h1/∂w1 = 0.036350306 · 0.241300709 · 0.05 = 0.000438568");
        assertThat(text(stepStartingWith(trace, "w5⁺"))).isEqualTo("w5⁺ = w5 - η·∂E_total/∂w5 = 0.4 - 0.5·0.082167041 = 0.35891648");
    }

    @Test
    void phasesComeInTheLecturesOrderAndStepsAreIndexed() {
        Trace trace = lecture();
        List<Phase> phases = trace.steps().stream().map(Step::phase).toList();

        assertThat(phases).isSortedAccordingTo(Enum::compareTo);
        assertThat(phases).contains(Phase.FORWARD, Phase.ERROR, Phase.BACKWARD, Phase.UPDATE);
        for (int i = 0; i < trace.steps().size(); i++) assertThat(trace.step(i).index()).isEqualTo(i);
        assertThat(trace.steps().stream().filter(s -> s.phase() == Phase.UPDATE)).extracting(s -> trace.graph().node(s.target()).name())
                .containsExactly("w5", "w6", "w7", "w8", "w1", "w2", "w3", "w4");
    }

    @Test
    void aHiddenGradientIsASumOverPathsThatTheStepCarries() {
        Trace trace = lecture();
        Step step = stepStartingWith(trace, "∂E_total/∂out_h1");
        int outH1 = trace.graph().node("out_h1").id();

        assertThat(step.target()).isEqualTo(outH1);
        assertThat(step.paths()).isEqualTo(trace.contributions(outH1));
        assertThat(step.paths()).extracting(c -> trace.graph().node(c.consumer()).name()).containsExactly("net_o1", "net_o2");
        assertThat(step.paths().stream().mapToDouble(Contribution::product).sum()).isCloseTo(trace.gradient(outH1), within(1e-17));
    }

    @Test
    void updatesHoldTheNewWeightsAndGiveTheNextSpec() {
        LoweredNetwork network = Lowering.lower(LectureNetwork.spec(), LectureNetwork.sample());
        Trace trace = NetworkTrace.trace(network);
        Map<Integer, Double> updates = trace.updates();

        assertThat(updates).hasSize(8).containsKey(network.weight(1, 0, 0));
        NetworkSpec next = NetworkTrace.updatedSpec(network, trace);
        assertThat(next.weight(1, 0, 0)).isCloseTo(0.35891648, within(5e-10));
        assertThat(next.weight(0, 0, 0)).isCloseTo(0.149780716, within(5e-10));
        assertThat(next.bias(0, 0)).isEqualTo(0.35);
        double after = NetworkTrace.trace(next, LectureNetwork.sample()).outputValue();
        assertThat(LECTURE.format(after)).isEqualTo("0.291027774");
    }

    @Test
    void biasGradientsAndUpdatesAppearWhenBiasesAreUpdated() {
        LoweredNetwork network = Lowering.lower(LectureNetwork.spec().withUpdateBiases(true), LectureNetwork.sample());
        Trace trace = NetworkTrace.trace(network);
        Step b1 = stepStartingWith(trace, "∂E_total/∂b1");

        assertThat(text(b1)).startsWith("∂E_total/∂b1 = δ_h1 · ∂net_h1/∂b1 + δ_h2 · ∂net_h2/∂b1 = ");
        assertThat(b1.paths()).hasSize(2);
        assertThat(b1.equation().result()).isEqualTo(trace.gradient("b1"));
        assertThat(trace.updates()).containsEntry(network.bias(0, 0), 0.35 - 0.5 * trace.gradient("b1"));
        assertThat(NetworkTrace.updatedSpec(network, trace).bias(0, 1)).isEqualTo(0.35 - 0.5 * trace.gradient("b1"));
    }

    @Test
    void everyStepOfAnyNetworkReportsTheTracesOwnNumbers() {
        Random random = new Random(5);
        for (int[] sizes : RandomNetworks.SHAPES) {
            for (Activation output : Activation.values()) {
                for (Loss loss : Loss.values()) {
                    if (!RandomNetworks.supported(loss, output)) continue;
                    for (BiasMode mode : BiasMode.values()) {
                        NetworkSpec spec = RandomNetworks.spec(random, sizes, output, loss, mode, true);
                        Trace trace = NetworkTrace.trace(spec, RandomNetworks.sample(random, spec));
                        for (Step step : trace.steps()) {
                            double expected = switch (step.quantity()) {
                                case VALUE -> trace.value(step.target());
                                case UPDATE -> trace.updates().get(step.target());
                                case GRADIENT -> Double.NaN;
                            };
                            if (step.quantity() != Step.Quantity.GRADIENT) {
                                assertThat(step.equation().result()).as(RandomNetworks.describe(spec) + " " + text(step)).isEqualTo(expected);
                            }
                            assertThat(step.equation().result()).as(text(step)).isFinite();
                        }
                        for (int id : Lowering.lower(spec, RandomNetworks.sample(random, spec)).parameterNodes()) {
                            String name = trace.graph().node(id).name();
                            Step gradient = stepStartingWith(trace, "∂" + "E_total/∂" + name);
                            assertThat(gradient.equation().result()).as(RandomNetworks.describe(spec) + " " + name)
                                    .isEqualTo(trace.gradient(id));
                        }
                    }
                }
            }
        }
    }

    @Test
    void softmaxDeltasSumOverEveryOutputTheNetFeeds() {
        NetworkSpec spec = RandomNetworks.spec(new Random(8), new int[] {2, 2, 3}, Activation.SOFTMAX, Loss.CROSS_ENTROPY,
                BiasMode.PER_NEURON, false);
        Trace trace = NetworkTrace.trace(spec, RandomNetworks.sample(new Random(9), spec));
        Step delta = stepStartingWith(trace, "δ_o2");

        assertThat(delta.paths()).hasSize(3);
        assertThat(text(delta)).startsWith("δ_o2 = ∂E_total/∂out_o1 · ∂out_o1/∂net_o2 + ∂E_total/∂out_o2 · ∂out_o2/∂net_o2 + ");
        assertThat(delta.equation().result()).isEqualTo(trace.gradient("net_o2"));
    }

    @Test
    void gateLevelGetsGenericStepsAndTheSameUpdates() {
        Trace neuron = lecture();
        LoweredNetwork gate = Lowering.lower(LectureNetwork.spec(), LectureNetwork.sample(), Lowering.Level.GATE);
        Trace trace = NetworkTrace.trace(gate);

        assertThat(trace.steps()).isNotEmpty();
        NetworkSpec a = NetworkTrace.updatedSpec(Lowering.lower(LectureNetwork.spec(), LectureNetwork.sample()), neuron);
        NetworkSpec b = NetworkTrace.updatedSpec(gate, trace);
        for (int l = 0; l < 2; l++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) {
            assertThat(b.weight(l, j, k)).isCloseTo(a.weight(l, j, k), within(1e-15));
        }
    }
}

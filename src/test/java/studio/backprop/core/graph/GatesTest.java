package studio.backprop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.NetworkTrace;

class GatesTest {
    private final Trace pass = NetworkTrace.trace(LectureNetwork.spec(), LectureNetwork.sample());

    @Test
    void aNeuronInGatesHasTheNumbersOfTheWholePass() {
        Trace gates = Gates.expand(pass, pass.graph().node("net_h1").id()).orElseThrow();

        assertThat(gates.graph().outputNode().name()).isEqualTo("out_h1");
        assertThat(gates.value("w1·i1")).isCloseTo(0.15 * 0.05, within(1e-15));
        assertThat(gates.value("net_h1")).isCloseTo(pass.value("net_h1"), within(1e-15));
        assertThat(gates.value("out_h1")).isCloseTo(0.593269992, within(5e-10));
        // w1 feeds only this neuron: its whole gradient; the product gate carries δ_h1
        assertThat(gates.gradient("w1")).isCloseTo(pass.gradient("w1"), within(1e-15));
        assertThat(gates.gradient("w1")).isCloseTo(0.000438568, within(5e-10));
        assertThat(gates.gradient("w1·i1")).isCloseTo(pass.gradient("net_h1"), within(1e-15));
        // i1 also feeds h2: here only h1's share, w1·δ_h1
        assertThat(gates.gradient("i1")).isCloseTo(0.15 * pass.gradient("net_h1"), within(1e-15));
        assertThat(gates.gradient("i1")).isNotCloseTo(pass.gradient("i1"), within(1e-12));
    }

    @Test
    void selectingTheActivationExpandsTheSameNeuron() {
        Trace fromOut = Gates.expand(pass, pass.graph().node("out_o2").id()).orElseThrow();
        assertThat(fromOut.graph().find("w7·out_h1")).isPresent();
        assertThat(fromOut.gradient("w7")).isCloseTo(pass.gradient("w7"), within(1e-15));
    }

    @Test
    void nodesThatAreNoNeuronDoNotExpand() {
        assertThat(Gates.expand(pass, pass.graph().node("E_total").id())).isEmpty();
        assertThat(Gates.expand(pass, pass.graph().node("w5").id())).isEmpty();
    }
}

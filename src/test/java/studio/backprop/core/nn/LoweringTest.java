package studio.backprop.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Trace;

class LoweringTest {

    @Test
    void theLectureNetworkHasTheLecturesNodes() {
        LoweredNetwork network = Lowering.lower(LectureNetwork.spec(), LectureNetwork.sample());
        Graph graph = network.graph();

        assertThat(graph.nodes()).extracting(Node::name).contains("i1", "i2", "w1", "w8", "b1", "b2", "net_h1", "out_h1",
                "net_o2", "out_o2", "target_o1", "E_o1", "E_o2", "E_total");
        Node netH1 = graph.node("net_h1");
        assertThat(netH1.op()).isEqualTo(Op.WEIGHTED_SUM);
        assertThat(netH1.inputs()).extracting(id -> graph.node(id).name()).containsExactly("w1", "i1", "w2", "i2", "b1");
        assertThat(graph.node("target_o1").kind()).isEqualTo(Node.Kind.CONSTANT);
        assertThat(graph.node("w5").kind()).isEqualTo(Node.Kind.VARIABLE);
        assertThat(graph.node("i1").kind()).isEqualTo(Node.Kind.VARIABLE);
        assertThat(graph.outputNode().name()).isEqualTo("E_total");
        assertThat(graph.node("E_o1").op()).isEqualTo(Op.HALF_SQUARED_ERROR);
    }

    @Test
    void elementsMapBothWays() {
        LoweredNetwork network = Lowering.lower(LectureNetwork.spec(), LectureNetwork.sample());
        Graph graph = network.graph();

        assertThat(network.element(graph.node("w5").id())).isEqualTo(new Element.Weight(1, 0, 0));
        assertThat(network.element(graph.node("out_h2").id())).isEqualTo(new Element.Neuron(1, 1, Element.Part.OUT));
        assertThat(network.element(graph.node("b2").id())).isEqualTo(new Element.Bias(1, 0));
        assertThat(network.element(graph.node("E_total").id())).isEqualTo(new Element.Total());
        assertThat(network.nodes(new Element.Target(1))).containsExactly(graph.node("target_o2").id());
        assertThat(network.weight(0, 1, 0)).isEqualTo(graph.node("w3").id());
        assertThat(network.bias(0, 1)).isEqualTo(graph.node("b1").id());
        for (Node node : graph.nodes()) {
            assertThat(network.nodes(network.element(node.id()))).contains(node.id());
        }
    }

    @Test
    void aSharedBiasFeedsEveryNeuronOfItsLayerAndItsGradientIsTheSum() {
        LoweredNetwork network = Lowering.lower(LectureNetwork.spec(), LectureNetwork.sample());
        Trace trace = Backprop.evaluate(network.graph());
        int b1 = network.graph().node("b1").id();

        assertThat(network.graph().consumers(b1)).extracting(id -> network.graph().node(id).name()).containsExactly("net_h1", "net_h2");
        assertThat(trace.gradient(b1)).isCloseTo(trace.gradient("net_h1") + trace.gradient("net_h2"), within(1e-15));
    }

    @Test
    void withoutBiasesNoNodeStandsForOne() {
        NetworkSpec spec = new NetworkSpec(new int[] {2, 1}, List.of(Activation.LINEAR), Loss.MSE, BiasMode.NONE, true, 0.1,
                UpdateOrder.EXACT, new double[][][] {{{2, 3}}}, new double[][] {{5}});
        LoweredNetwork network = Lowering.lower(spec, new Sample(new double[] {1, 1}, new double[] {0}));
        Trace trace = Backprop.evaluate(network.graph());

        assertThat(network.nodes(new Element.Bias(0, 0))).isEmpty();
        assertThat(trace.value("net_o1")).isEqualTo(5.0);
        assertThat(network.graph().node("out_o1").op()).isEqualTo(Op.ADD);
        assertThat(network.graph().outputNode().op()).isEqualTo(Op.MEAN);
        assertThat(trace.outputValue()).isEqualTo(25.0);
    }

    @Test
    void softmaxAndCrossEntropyLowerToTheirOps() {
        NetworkSpec spec = RandomNetworks.spec(new Random(3), new int[] {2, 3, 3}, Activation.SOFTMAX, Loss.CROSS_ENTROPY,
                BiasMode.PER_NEURON, false);
        LoweredNetwork network = Lowering.lower(spec, RandomNetworks.sample(new Random(4), spec));
        Graph graph = network.graph();

        Node out = graph.node("out_o2");
        assertThat(out.op()).isEqualTo(Op.SOFTMAX);
        assertThat(out.inputs()).extracting(id -> graph.node(id).name()).containsExactly("net_o2", "net_o1", "net_o2", "net_o3");
        assertThat(graph.node("E_o1").op()).isEqualTo(Op.CROSS_ENTROPY);

        NetworkSpec binary = spec.withLoss(Loss.CROSS_ENTROPY);
        NetworkSpec sigmoid = new NetworkSpec(binary.sizes(), List.of(Activation.TANH, Activation.SIGMOID), Loss.CROSS_ENTROPY,
                BiasMode.PER_NEURON, false, 0.5, UpdateOrder.EXACT, binary.weights(), binary.biases());
        assertThat(Lowering.lower(sigmoid, RandomNetworks.sample(new Random(4), sigmoid)).graph().node("E_o1").op())
                .isEqualTo(Op.BINARY_CROSS_ENTROPY);
    }

    @Test
    void gateLevelGivesTheSameNumbersAsNeuronLevel() {
        Random random = new Random(11);
        for (int[] sizes : RandomNetworks.SHAPES) {
            for (BiasMode mode : BiasMode.values()) {
                for (Activation output : Activation.values()) {
                    NetworkSpec spec = RandomNetworks.spec(random, sizes, output, Loss.HALF_SSE, mode, true);
                    Sample sample = RandomNetworks.sample(random, spec);
                    LoweredNetwork neuron = Lowering.lower(spec, sample);
                    LoweredNetwork gate = Lowering.lower(spec, sample, Lowering.Level.GATE);
                    Trace a = Backprop.evaluate(neuron.graph());
                    Trace b = Backprop.evaluate(gate.graph());

                    assertThat(b.outputValue()).as(RandomNetworks.describe(spec)).isCloseTo(a.outputValue(), within(1e-12));
                    List<Integer> left = neuron.parameterNodes();
                    List<Integer> right = gate.parameterNodes();
                    for (int i = 0; i < left.size(); i++) {
                        assertThat(b.gradient(right.get(i))).as(RandomNetworks.describe(spec))
                                .isCloseTo(a.gradient(left.get(i)), within(1e-12));
                    }
                }
            }
        }
    }

    @Test
    void gateLevelExpandsANeuronIntoMultiplyAndAddGates() {
        LoweredNetwork gate = Lowering.lower(LectureNetwork.spec(), LectureNetwork.sample(), Lowering.Level.GATE);
        Graph graph = gate.graph();

        assertThat(graph.node("net_h1").op()).isEqualTo(Op.ADD);
        assertThat(graph.node("net_h1").inputs()).extracting(id -> graph.node(id).name()).containsExactly("w1·i1", "w2·i2", "b1");
        assertThat(graph.node("w1·i1").op()).isEqualTo(Op.MUL);
        assertThat(gate.element(graph.node("w1·i1").id()))
                .isEqualTo(new Element.Internal(new Element.Neuron(1, 0, Element.Part.NET)));
        assertThat(Backprop.evaluate(graph).value("net_h1")).isCloseTo(0.3775, within(1e-15));
    }

    @Test
    void badCombinationsSayWhatIsWrong() {
        NetworkSpec tanhOut = new NetworkSpec(new int[] {1, 1}, List.of(Activation.TANH), Loss.CROSS_ENTROPY, BiasMode.NONE,
                false, 0.5, UpdateOrder.EXACT, new double[][][] {{{1}}}, new double[][] {{0}});
        assertThatThrownBy(() -> Lowering.lower(tanhOut, new Sample(new double[] {1}, new double[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cross-entropy needs sigmoid or softmax outputs")
                .hasMessageContaining("tanh");
        assertThatThrownBy(() -> Lowering.lower(LectureNetwork.spec(), new Sample(new double[] {1}, new double[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 2 inputs and 2 targets");
    }
}

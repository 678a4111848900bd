package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;

class NetworkLayoutTest {
    private final NetworkLayout layout = NetworkLayout.of(TestDocuments.lecture().network());

    private NetworkLayout.Neuron neuron(String name) {
        return layout.neurons().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private NetworkLayout.WeightEdge weight(String name) {
        return layout.weights().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void layersAreColumnsLabelledAsTheLectureLabelsThem() {
        assertThat(layout.neurons()).extracting(NetworkLayout.Neuron::name).containsExactly("i1", "i2", "h1", "h2", "o1", "o2");
        assertThat(neuron("i1").x()).isLessThan(neuron("h1").x());
        assertThat(neuron("h1").x()).isLessThan(neuron("o1").x());
        assertThat(neuron("h1").y()).isLessThan(neuron("h2").y());
        assertThat(neuron("h1").net()).isEqualTo("net_h1");
        assertThat(neuron("h1").out()).isEqualTo("out_h1");
    }

    @Test
    void weightsConnectTheLecturesNeurons() {
        assertThat(layout.weights()).extracting(NetworkLayout.WeightEdge::name)
                .containsExactly("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8");
        assertThat(weight("w1").source().name()).isEqualTo("i1");
        assertThat(weight("w1").target().name()).isEqualTo("h1");
        assertThat(weight("w2").source().name()).isEqualTo("i2");
        assertThat(weight("w3").target().name()).isEqualTo("h2");
        assertThat(weight("w6").source().name()).isEqualTo("h2");
        assertThat(weight("w6").target().name()).isEqualTo("o1");
    }

    @Test
    void biasesTargetsAndErrorsHaveTheirPlaces() {
        assertThat(layout.biases()).extracting(NetworkLayout.BiasNode::name).containsExactly("b1", "b2");
        assertThat(layout.biases().get(0).targets()).extracting(NetworkLayout.Neuron::name).containsExactly("h1", "h2");
        assertThat(layout.boxes()).extracting(NetworkLayout.LabelBox::name)
                .contains("target_o1", "E_o1", "target_o2", "E_o2", "E_total", "η");
    }

    @Test
    void everythingIsInsideTheDrawing() {
        for (NetworkLayout.Neuron n : layout.neurons()) {
            assertThat(n.x() - NetworkLayout.RADIUS).isGreaterThanOrEqualTo(0);
            assertThat(n.y() - NetworkLayout.RADIUS - 36).as(n.name() + " with its labels").isGreaterThanOrEqualTo(0);
            assertThat(n.y() + NetworkLayout.RADIUS + 36).isLessThanOrEqualTo(layout.height());
        }
        for (NetworkLayout.LabelBox box : layout.boxes()) {
            assertThat(box.x() + box.w()).as(box.name()).isLessThanOrEqualTo(layout.width());
        }
    }

    @Test
    void hitTestingMapsShapesBackToNodeNames() {
        NetworkLayout.Neuron h1 = neuron("h1");
        NetworkLayout.WeightEdge w5 = weight("w5");
        NetworkLayout.BiasNode b2 = layout.biases().get(1);

        assertThat(layout.hit(h1.x(), h1.y())).contains("out_h1");
        assertThat(layout.hit(neuron("i2").x(), neuron("i2").y())).contains("i2");
        assertThat(layout.hit(w5.labelX(), w5.labelY())).contains("w5");
        assertThat(layout.hit(b2.x(), b2.y())).contains("b2");
        double midX = (w5.source().x() + w5.target().x()) / 2 + 30;
        double midY = (w5.source().y() + w5.target().y()) / 2;
        assertThat(layout.hit(midX, midY + 2)).contains("w5");
        assertThat(layout.hit(1, layout.height() - 1)).isEmpty();
        assertThat(layout.neuronOf("net_o2")).map(NetworkLayout.Neuron::name).contains("o2");
    }
}

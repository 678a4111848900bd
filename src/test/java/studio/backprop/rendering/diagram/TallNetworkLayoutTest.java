package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;

/** The layout of the 64-16-16-10 digits network: rows closer together, the lecture's layout untouched. */
class TallNetworkLayoutTest {
    private static NetworkLayout layout(String preset) {
        return NetworkLayout.of(((NetworkDocument) Presets.load(preset).document()).network());
    }

    private static NetworkLayout.Neuron neuron(NetworkLayout layout, String name) {
        return layout.neurons().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDigitsInputsAreSpacedAtTheMinimumRow() {
        NetworkLayout digits = layout("digits");
        assertThat(neuron(digits, "i2").y() - neuron(digits, "i1").y()).isCloseTo(NetworkLayout.MIN_ROW, within(1e-9));
        assertThat(digits.weights()).hasSize(64 * 16 + 16 * 16 + 16 * 10);
        assertThat(digits.height() / digits.width()).isLessThan(5);
    }

    @Test
    void neighbouringOutputBoxesDoNotOverlap() {
        List<NetworkLayout.LabelBox> boxes = layout("digits").boxes().stream()
                .filter(b -> b.kind() == NetworkLayout.BoxKind.TARGET || b.kind() == NetworkLayout.BoxKind.ERROR).toList();
        for (int i = 1; i < boxes.size(); i++) assertThat(boxes.get(i).y()).isGreaterThanOrEqualTo(boxes.get(i - 1).y() + boxes.get(i - 1).h());
    }

    @Test
    void smallNetworksKeepTheFullRow() {
        NetworkLayout lecture = layout("mazur");
        assertThat(neuron(lecture, "i2").y() - neuron(lecture, "i1").y()).isEqualTo(NetworkLayout.ROW);
        assertThat(NetworkLayout.rowSpacing(NetworkLayout.FULL_ROWS)).isEqualTo(NetworkLayout.ROW);
        assertThat(NetworkLayout.rowSpacing(NetworkLayout.FULL_ROWS + 1)).isLessThan(NetworkLayout.ROW);
    }
}

package studio.backprop.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The training diagram's layout: columns, rows and hit-testing, without a screen. */
class TrainingDiagramLayoutTest {
    private final TrainingDiagramLayout layout = new TrainingDiagramLayout(new int[] {2, 4, 1}, 400, 200);

    @Test
    void layersAreEvenlySpacedColumnsAndNeuronsEvenlySpacedRows() {
        assertThat(layout.x(0)).isCloseTo(40, within(1e-9));
        assertThat(layout.x(2)).isCloseTo(360, within(1e-9));
        assertThat(layout.x(1)).isCloseTo(200, within(1e-9));
        assertThat(layout.y(1, 0)).isCloseTo(25, within(1e-9));
        assertThat(layout.y(1, 3)).isCloseTo(175, within(1e-9));
        assertThat(layout.y(2, 0)).isCloseTo(100, within(1e-9));
        assertThat(layout.radius()).isCloseTo(12, within(1e-9));
    }

    @Test
    void hitTestingFindsNeuronsButNotInputsOrEmptySpace() {
        assertThat(layout.hit(201, 74)).contains(new Neuron(1, 1));
        assertThat(layout.hit(360, 100)).contains(new Neuron(2, 0));
        assertThat(layout.hit(40, 50)).isEmpty();
        assertThat(layout.hit(120, 100)).isEmpty();
        assertThat(layout.hit(200, 50)).isEmpty();
    }
}

package studio.backprop.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.nn.Sample;

class ExpansionTest {

    /** An image whose pixel (r, c) is 10r + c + 1, scaled into [0, 1]. */
    private static double[] numbered() {
        double[] image = new double[64];
        for (int r = 0; r < 8; r++) for (int c = 0; c < 8; c++) image[r * 8 + c] = (10 * r + c + 1) / 100.0;
        return image;
    }

    @Test
    void aShiftMovesEveryPixelOneStepAndBlanksTheEdge() {
        double[] image = numbered();

        double[] right = Expansion.shift(image, 1, 0);
        double[] up = Expansion.shift(image, 0, -1);

        assertThat(right[0]).isZero();
        assertThat(right[1]).isEqualTo(image[0]);
        assertThat(right[8 * 3 + 7]).isEqualTo(image[8 * 3 + 6]);
        assertThat(up[0]).isEqualTo(image[8]);
        assertThat(up[8 * 7 + 4]).isZero();
    }

    @Test
    void aQuarterTurnIsAnExactPermutation() {
        double[] image = numbered();

        double[] turned = Expansion.rotate(image, 90);

        // anticlockwise as seen: the top row's right end comes to the top left, so (r, c) ← (c, 7 − r)
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) assertThat(turned[r * 8 + c]).isCloseTo(image[c * 8 + (7 - r)], within(1e-12));
        }
        assertThat(Expansion.rotate(image, 0)).containsExactly(image);
    }

    @Test
    void aSmallRotationBlendsNeighboursBilinearly() {
        double[] dot = new double[64];
        dot[3 * 8 + 3] = 1;

        double[] turned = Expansion.rotate(dot, Expansion.DEGREES);

        double ink = 0;
        for (double v : turned) ink += v;
        assertThat(ink).isCloseTo(1, within(0.2));
        assertThat(turned[3 * 8 + 3]).isLessThan(1).isGreaterThan(0.5);
        // the ink of the source pixel at (3, 3) is spread over its neighbours: exactly as bilinear weights give
        assertThat(Expansion.bilinear(dot, 3.25, 3.5)).isCloseTo(0.75 * 0.5, within(1e-15));
    }

    @Test
    void expansionKeepsTheOriginalsFirstAndTheLabels() {
        Sample one = new Sample(numbered(), new double[] {0, 1});
        Sample two = new Sample(new double[64], new double[] {1, 0});

        List<Sample> shifted = Expansion.expand(List.of(one, two), Expansion.Kind.SHIFT);
        List<Sample> both = Expansion.expand(List.of(one, two), Expansion.Kind.BOTH);

        assertThat(shifted).hasSize(10);
        assertThat(shifted.get(0)).isEqualTo(one);
        assertThat(shifted.get(5)).isEqualTo(two);
        assertThat(shifted.subList(1, 5)).allSatisfy(s -> assertThat(s.targets()).containsExactly(0, 1));
        assertThat(shifted.get(1).inputs()).containsExactly(Expansion.shift(one.inputs(), 0, -1));
        assertThat(both).hasSize(14);
        assertThat(Expansion.expand(List.of(one), Expansion.Kind.NONE)).containsExactly(one);
        assertThat(Expansion.Kind.parse("rotate")).isEqualTo(Expansion.Kind.ROTATE);
        assertThatThrownBy(() -> Expansion.Kind.parse("flip")).hasMessageContaining("none, shift, rotate or both");
        assertThatThrownBy(() -> Expansion.shift(new double[3], 1, 0)).hasMessageContaining("64 pixels");
    }
}

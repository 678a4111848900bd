package studio.backprop.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingTest {
    /** Welch Labs' part 1: X = [[3, 5], [5, 1], [10, 2]], y = [75, 82, 93]; X / amax(X, axis=0), y / 100. */
    static final Scaling WELCH = Scaling.byColumnMaximum(List.of(new double[] {3, 5}, new double[] {5, 1}, new double[] {10, 2}),
            new double[] {100}, List.of("hours of sleep", "hours of study"), List.of("test score"));

    @Test
    void welchsScalingDividesByTheColumnMaximaAndByAHundred() {
        assertThat(WELCH.inputDivisor(0)).isEqualTo(10.0);
        assertThat(WELCH.inputDivisor(1)).isEqualTo(5.0);
        assertThat(WELCH.scale(new double[] {3, 5}, new double[] {75})).isEqualTo(new Sample(new double[] {0.3, 1}, new double[] {0.75}));
        assertThat(WELCH.scale(new double[] {5, 1}, new double[] {82})).isEqualTo(new Sample(new double[] {0.5, 0.2}, new double[] {0.82}));
        assertThat(WELCH.scaleInputs(new double[] {10, 2})).containsExactly(1, 0.4);
    }

    @Test
    void scalingBackGivesTheRawUnits() {
        assertThat(WELCH.rawInputs(new double[] {0.3, 1})).containsExactly(3, 5);
        assertThat(WELCH.rawTargets(new double[] {0.93})).containsExactly(93);
        assertThat(WELCH.rawTargets(new double[] {0.5})).containsExactly(50);
        assertThat(WELCH.fits(2, 1)).isTrue();
        assertThat(WELCH.fits(2, 2)).isFalse();
    }

    @Test
    void badScalingsAreRefused() {
        assertThatThrownBy(() -> new Scaling(new double[] {0}, new double[] {1}, List.of("a"), List.of("b")))
                .hasMessageContaining("other than 0");
        assertThatThrownBy(() -> new Scaling(new double[] {1}, new double[] {1}, List.of(), List.of("b")))
                .hasMessageContaining("one name per input");
        assertThatThrownBy(() -> WELCH.rawTargets(new double[] {1, 2})).hasMessageContaining("1 columns");
    }

    @Test
    void aDatasetWithoutScalingHasNone() {
        assertThat(new Dataset("x", List.of(), List.of()).scaling()).isNull();
        assertThat(new Dataset("x", List.of(), List.of(), WELCH).scaling()).isEqualTo(WELCH);
    }
}

package studio.backprop.rendering.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The overview's threshold by selection is the one sorting gives, ties and unknown (-1) values included. */
class StrongestTest {
    @Property(tries = 300)
    void selectionFindsWhatSortingFinds(@ForAll @Size(max = 300) List<@DoubleRange(min = -1, max = 3) Double> drawn,
                                        @ForAll @IntRange(min = 1, max = 320) int count) {
        double[] values = drawn.stream().mapToDouble(v -> v < 0 ? -1 : Math.floor(v * 4) / 4).toArray(); // ties on purpose
        double[] known = Arrays.stream(values).filter(v -> v >= 0).sorted().toArray();
        double expected = known.length <= count ? 0 : known[known.length - count];
        assertThat(NetworkRenderer.strongest(values.clone(), count)).isEqualTo(expected);
    }
}

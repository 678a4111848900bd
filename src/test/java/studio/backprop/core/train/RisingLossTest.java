package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A loss counts as rising once it is more than 1.5 times where it started. */
class RisingLossTest {
    @Test
    void aLossAboveOneAndAHalfTimesItsStartIsRising() {
        assertThat(RisingLoss.peak(2, 2, 2.9, 3.1, 1)).hasValue(3.1);
        assertThat(RisingLoss.peak(2, 2, 3, 1)).as("exactly 1.5 times is not yet rising").isEmpty();
        assertThat(RisingLoss.peak(2, 1.9, 0.5)).isEmpty();
    }

    @Test
    void withoutAPositiveStartNothingRises() {
        assertThat(RisingLoss.peak(0, 5)).isEmpty();
        assertThat(RisingLoss.peak(Double.NaN, 5)).isEmpty();
        assertThat(RisingLoss.peak(1)).isEmpty();
    }
}

package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Options are built field by field, copied with {@code toBuilder()}, and checked when built. */
class TrainingOptionsBuilderTest {
    @Test
    void theBuildersDefaultsArePlainSgd() {
        assertThat(TrainingOptions.builder().build()).isEqualTo(new TrainingOptions(1, 0, 0, TrainingOptions.DEFAULT_HISTORY_POINTS,
                0, 0, 0, 0, false, 0, 1));
        assertThat(TrainingOptions.builder().iterations(7).build()).isEqualTo(TrainingOptions.iterations(7));
    }

    @Test
    void toBuilderKeepsEveryFieldButTheOnesChanged() {
        TrainingOptions all = new TrainingOptions(9, 4, 3, 50, 0.9, 0.01, 0.02, 0.25, true, 42, 5);
        assertThat(all.toBuilder().build()).isEqualTo(all);
        assertThat(all.toBuilder().seed(43).build()).isEqualTo(new TrainingOptions(9, 4, 3, 50, 0.9, 0.01, 0.02, 0.25, true, 43, 5));
        assertThat(all.toBuilder().momentum(0).shuffle(false).build())
                .isEqualTo(new TrainingOptions(9, 4, 3, 50, 0, 0.01, 0.02, 0.25, false, 42, 5));
    }

    @Test
    void buildRefusesAValueOutOfRangeNamingIt() {
        assertThatThrownBy(() -> TrainingOptions.builder().iterations(0).build()).hasMessageContaining("iteration");
        assertThatThrownBy(() -> TrainingOptions.builder().maxHistoryPoints(1).build()).hasMessageContaining("history");
        assertThatThrownBy(() -> TrainingOptions.builder().snapshotEvery(-1).build()).hasMessageContaining("snapshots");
    }

    @Test
    void batchesPerEpochRoundUp() {
        assertThat(TrainingOptions.builder().batchSize(0).build().batchesPerEpoch(10)).isEqualTo(1);
        assertThat(TrainingOptions.builder().batchSize(4).build().batchesPerEpoch(10)).isEqualTo(3);
        assertThat(TrainingOptions.builder().batchSize(25).build().batchesPerEpoch(10)).isEqualTo(1);
        assertThat(TrainingOptions.builder().batchSize(5).build().batchesPerEpoch(10)).isEqualTo(2);
    }
}

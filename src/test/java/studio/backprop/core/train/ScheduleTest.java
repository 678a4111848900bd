package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void fixedSchedulesGiveExactRates() {
        Schedule step = Schedule.step(10, 0.5);
        Schedule exponential = Schedule.exponential(0.5);

        assertThat(step.rate(0.8, 1)).isEqualTo(0.8);
        assertThat(step.rate(0.8, 10)).isEqualTo(0.8);
        assertThat(step.rate(0.8, 11)).isEqualTo(0.4);
        assertThat(step.rate(0.8, 25)).isEqualTo(0.2);
        assertThat(exponential.rate(0.8, 1)).isEqualTo(0.8);
        assertThat(exponential.rate(0.8, 4)).isEqualTo(0.1);
        assertThat(Schedule.CONSTANT.rate(0.8, 1000)).isEqualTo(0.8);
        assertThat(Schedule.plateau(5).isFixed()).isFalse();
    }

    @Test
    void namedSchedulesAndBadOnes() {
        assertThat(Schedule.named("plateau", 7)).isEqualTo(Schedule.plateau(7));
        assertThat(Schedule.named("step", 7)).isEqualTo(Schedule.step(10, 0.5));
        assertThatThrownBy(() -> Schedule.named("cosine", 3)).hasMessage("'cosine' is not a schedule: use constant, step, exponential or plateau");
        assertThatThrownBy(() -> Schedule.step(0, 0.5)).hasMessageContaining("1 or more epochs");
        assertThatThrownBy(() -> Schedule.exponential(1)).hasMessageContaining("below 1");
    }

    @Test
    void earlyStoppingFiresWhenTheBestIsPatienceEpochsOld() {
        EarlyStopping accuracy = new EarlyStopping(3, EarlyStopping.Measure.ACCURACY);
        double[] seen = {0.5, 0.6, 0.6, 0.55, 0.7, 0.7, 0.69, 0.7};
        int fired = 0;
        for (int epoch = 1; epoch <= seen.length && fired == 0; epoch++) if (accuracy.observe(epoch, seen[epoch - 1])) fired = epoch;

        // best 0.7 at epoch 5; epochs 6, 7, 8 bring no improvement (a tie is none)
        assertThat(fired).isEqualTo(8);
        assertThat(accuracy.bestEpoch()).isEqualTo(5);
        assertThat(accuracy.best()).isEqualTo(0.7);

        EarlyStopping cost = new EarlyStopping(2, EarlyStopping.Measure.COST);
        assertThat(cost.observe(1, 0.9)).isFalse();
        assertThat(cost.observe(2, 0.8)).isFalse();
        assertThat(cost.observe(3, 0.85)).isFalse();
        assertThat(cost.observe(4, 0.81)).isTrue();
        assertThatThrownBy(() -> new EarlyStopping(0, EarlyStopping.Measure.COST)).hasMessageContaining("patience");
    }
}

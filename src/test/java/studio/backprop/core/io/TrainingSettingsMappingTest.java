package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.Schedule;
import studio.backprop.core.train.TrainingOptions;

/** The one mapping from a session's (or the Training tab's) settings to training options, and overriding by the command line. */
class TrainingSettingsMappingTest {
    @Test
    void unsetFieldsTakeTheOptionsDefaultsWithSeedZero() {
        TrainingOptions options = TrainingSettings.NONE.toOptions();
        assertThat(options).isEqualTo(TrainingOptions.builder().build());
        assertThat(options.seed()).isZero();
        assertThat(options.batchSize()).isZero();
        assertThat(options.shuffle()).isFalse();
    }

    @Test
    void setFieldsReplaceTheDefaults() {
        TrainingSettings settings = new TrainingSettings(3, null, 4, 0.9, 0.01, 0.02, 0.25, true, 7L);
        TrainingOptions options = settings.toOptions(30, 10);
        assertThat(options).isEqualTo(TrainingOptions.builder().iterations(30).batchSize(4).momentum(0.9).l2(0.01).l1(0.02)
                .dropout(0.25).shuffle(true).seed(7).lossEvery(3).build());
        assertThat(settings.updates(10)).hasValue(9);
        assertThat(settings.updates(3)).hasValue(3);
        assertThat(new TrainingSettings(null, 500, null, null, null, null, null, null, null).updates(10)).hasValue(500);
        assertThat(TrainingSettings.NONE.updates(10)).isEmpty();
    }

    @Test
    void theTopSettingsOverrideFieldByFieldAndALengthReplacesBoth() {
        TrainingSettings session = new TrainingSettings(20, null, 4, 0.9, null, null, null, true, 7L);
        TrainingSettings line = new TrainingSettings(null, 100, null, 0.5, 0.01, null, null, null, null);
        TrainingSettings merged = session.overriddenBy(line);
        assertThat(merged).isEqualTo(new TrainingSettings(null, 100, 4, 0.5, 0.01, null, null, true, 7L));
        assertThat(session.overriddenBy(TrainingSettings.NONE)).isEqualTo(session);
        assertThat(TrainingSettings.NONE.overriddenBy(session)).isEqualTo(session);
    }

    @Test
    void theReadingListsSettingsDefaultToPlainTraining() {
        assertThat(TrainingSettings.NONE.scheduleKind()).isEqualTo(Schedule.Kind.CONSTANT);
        assertThat(TrainingSettings.NONE.patience()).isZero();
        assertThat(TrainingSettings.NONE.measure()).isEqualTo(EarlyStopping.Measure.ACCURACY);
        assertThat(TrainingSettings.NONE.validationShare()).isZero();
        TrainingSettings set = new TrainingSettings(null, null, null, null, null, null, null, null, null, null, 7, "plateau", "cost", 0.25);
        assertThat(set.scheduleKind()).isEqualTo(Schedule.Kind.PLATEAU);
        assertThat(set.patience()).isEqualTo(7);
        assertThat(set.measure()).isEqualTo(EarlyStopping.Measure.COST);
        assertThat(set.validationShare()).isEqualTo(0.25);
    }

    @Test
    void aSettingOutOfRangeIsRefusedByName() {
        assertThatThrownBy(() -> new TrainingSettings(null, null, null, 1.0, null, null, null, null, null).toOptions())
                .hasMessageContaining("momentum");
    }
}

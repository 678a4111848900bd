package studio.backprop.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.app.Fx.done;
import static studio.backprop.app.Fx.fx;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.Computation;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.TrainingSettings;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.Schedule;

/** Early stopping and schedules in the Training tab's model: real worker thread, marks on the loss curve. */
class StoppingTest {
    private TrainingModel model;

    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }

    @Test
    void earlyStoppingEndsTheDigitsRunAtItsKnownEpochAndMarksTheChart() throws Exception {
        done(() -> {
            model = new TrainingModel(new StudioModel(Computation::trace, Presets.load("mazur").document()));
            assertThat(model.setup().loadPreset("digits").accepted()).isTrue();
            assertThat(model.form().setLength("200").accepted()).isTrue();
            assertThat(model.stopping().setPatience("10").accepted()).isTrue();
            assertThat(model.stopping().setValidationPercent("10").accepted()).isTrue();
            return model.play();
        });

        // the same run as ScheduledTrainingTest's: best validation accuracy at epoch 19, stop at 29
        assertThat(fx(() -> model.getState())).isEqualTo(TrainingModel.State.FINISHED);
        String message = fx(() -> model.getMessage());
        assertThat(message).startsWith("Stopped at epoch ").contains("no improvement in validation accuracy for 10 epochs");
        LossCurve curve = fx(() -> model.getLossCurve());
        assertThat(curve.markers()).hasSize(1);
        LossCurve.Marker stop = curve.markers().get(0);
        assertThat(stop.stop()).isTrue();
        assertThat(stop.iteration()).isEqualTo(fx(() -> model.getIteration()));
        int epochs = stop.iteration() / 81; // 1,293 training images in batches of 16: 81 updates per epoch
        assertThat(epochs).isBetween(15, 60);
    }

    @Test
    void thePlateauRuleMarksEachHalvingAndStopsAtAHundredAndTwentyEighth() throws Exception {
        done(() -> {
            model = new TrainingModel(new StudioModel(Computation::trace, Presets.load("mazur").document()));
            assertThat(model.setup().loadPreset("digits").accepted()).isTrue();
            assertThat(model.form().setLength("300").accepted()).isTrue();
            model.stopping().setSchedule(Schedule.Kind.PLATEAU);
            model.stopping().setMeasure(EarlyStopping.Measure.ACCURACY);
            assertThat(model.stopping().setPatience("0").accepted()).isTrue();
            assertThat(model.stopping().setValidationPercent("10").accepted()).isTrue();
            return model.play();
        });

        LossCurve curve = fx(() -> model.getLossCurve());
        assertThat(curve.markers()).hasSize(7);
        assertThat(curve.markers().subList(0, 6)).allSatisfy(m -> assertThat(m.stop()).isFalse());
        assertThat(curve.markers().get(0).label()).isEqualTo("η = 0.005");
        assertThat(curve.markers().get(6).stop()).isTrue();
        assertThat(fx(() -> model.getMessage())).contains("η fell to η₀/128");
    }

    @Test
    void aSessionsRememberedSettingsAreLoaded() throws Exception {
        Stopping stopping = new Stopping();
        stopping.load(new TrainingSettings(null, null, null, null, null, null, null, null, null,
                null, 7, "plateau", "cost", 0.25));

        assertThat(stopping.get()).isEqualTo(new Stopping.Settings(Schedule.Kind.PLATEAU, 7, EarlyStopping.Measure.COST, 25));
        stopping.load(TrainingSettings.NONE);
        assertThat(stopping.get()).isEqualTo(Stopping.Settings.OFF);
    }

    @Test
    void rulesWithoutAValidationSplitAreRefusedInOneLine() throws Exception {
        done(() -> {
            model = new TrainingModel(new StudioModel(Computation::trace, Presets.load("mazur").document()));
            assertThat(model.setup().loadPreset("xor").accepted()).isTrue();
            assertThat(model.stopping().setPatience("5").accepted()).isTrue();
            assertThat(model.stopping().setValidationPercent("60").accepted()).isFalse();
            return model.play();
        });

        assertThat(fx(() -> model.getProblem())).contains("early stopping needs a validation split");
    }
}

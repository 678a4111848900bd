package studio.backprop.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.TrainingSettings;
import studio.backprop.core.train.TrainingOptions;

/** The Training tab's settings form: the CLI's mapping from a session's defaults, and one message per refused field. */
class TrainingFormTest {
    private final List<String> problems = new ArrayList<>();
    private final TrainingForm form = new TrainingForm(problems::add);

    @Test
    void everyPresetMapsToTheOptionsTheCliTrainsWith() {
        for (String name : TrainingSetup.networkPresets()) {
            Session session = Presets.load(name);
            NetworkDocument document = (NetworkDocument) session.document();
            int samples = document.data().train().size();
            TrainingSettings remembered = session.training();
            // when
            form.load(remembered, document.network().learningRate());
            // then: the same options as `train --preset NAME` with no flags
            TrainingSettings cli = remembered.overriddenBy(TrainingSettings.NONE);
            long updates = cli.updates(samples).orElse(TrainingForm.DEFAULT_LENGTH);
            assertThat(form.totalIterations(samples)).as(name).isEqualTo(updates);
            assertThat(form.settings().toOptions((int) updates, samples)).as(name).isEqualTo(cli.toOptions((int) updates, samples));
        }
    }

    @Test
    void aSessionWithoutASeedTrainsWithSeedZeroAsOnTheCommandLine() {
        Session mazur = Presets.load("mazur");
        form.load(mazur.training(), 0.5);
        assertThat(mazur.training().seed()).isNull();
        assertThat(form.seedProperty().get()).isZero().isEqualTo(TrainingOptions.builder().build().seed());
        form.load(Presets.load("circle").training(), 0.5);
        assertThat(form.seedProperty().get()).isEqualTo(1);
        assertThat(form.unitProperty().get()).isEqualTo(TrainingForm.Unit.EPOCHS);
    }

    @Test
    void aResumedRunMovesTheSeedOnAndPublishesEverySoOften() {
        form.load(Presets.load("circle").training(), 0.5);
        TrainingOptions options = form.options(40, 50, 300, 5);
        assertThat(options.iterations()).isEqualTo(40);
        assertThat(options.seed()).isEqualTo(301);
        assertThat(options.snapshotEvery()).isEqualTo(5);
        assertThat(options.lossEvery()).isEqualTo(5);
        assertThat(options.batchSize()).isEqualTo(10);
        assertThat(options.momentum()).isEqualTo(0.9);
    }

    @Test
    void aRefusedSettingNamesItsFieldAndKeepsTheValue() {
        assertThat(form.setLength("0").message()).contains("Length").contains("0");
        assertThat(form.lengthProperty().get()).isEqualTo(TrainingForm.DEFAULT_LENGTH);
        assertThat(form.setSeed("-1").message()).contains("Seed");
        assertThat(form.setTargetLoss("x").message()).contains("x");
        assertThat(form.setDropout("1").message()).contains("Dropout");
        assertThat(problems).hasSize(4).allSatisfy(p -> assertThat(p).isNotEmpty());
        // when
        assertThat(form.setL2("0.01").accepted()).isTrue();
        // then: an accepted setting clears the problem line
        assertThat(problems.get(problems.size() - 1)).isEmpty();
        assertThat(form.settings().toOptions().l2()).isEqualTo(0.01);
    }
}

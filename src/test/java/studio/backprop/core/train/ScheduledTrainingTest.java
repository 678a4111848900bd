package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;
import studio.backprop.core.train.ScheduledTraining.Ending;
import studio.backprop.core.train.ScheduledTraining.Event;
import studio.backprop.core.train.ScheduledTraining.Plan;

class ScheduledTrainingTest {
    /** One sigmoid neuron starting at out = 0.5, trained towards 1 on x = 1 ... */
    private static final NetworkSpec NEURON = new NetworkSpec(new int[] {1, 1}, List.of(Activation.SIGMOID), Loss.HALF_SSE,
            BiasMode.PER_NEURON, true, 0.5, UpdateOrder.EXACT, new double[][][] {{{0}}}, new double[][] {{0}});
    private static final List<Sample> TRAIN = List.of(new Sample(new double[] {1}, new double[] {1}));
    /** ... and validated on x = 1 → 0: every epoch makes the validation cost worse, so the best epoch is the first. */
    private static final List<Sample> VALIDATION = List.of(new Sample(new double[] {1}, new double[] {0}));
    private static final TrainingOptions FULL_BATCH = TrainingOptions.iterations(1);

    @Test
    void earlyStoppingStopsExactlyPatienceEpochsAfterTheBest() {
        Plan plan = new Plan(Schedule.CONSTANT, 4, EarlyStopping.Measure.COST, 100);

        ScheduledTraining.Result result = ScheduledTraining.run(NEURON, TRAIN, VALIDATION, FULL_BATCH, plan);

        assertThat(result.ending()).isEqualTo(Ending.EARLY_STOPPED);
        assertThat(result.epochsDone()).isEqualTo(5);
        assertThat(result.updates()).isEqualTo(5);
        // after epoch 1: δ = (0.5 − 1)·0.25 = −0.125, so w = b = 0.0625, out = σ(0.125) = 0.531209, cost ½·out² = 0.141092
        assertThat(result.reason()).isEqualTo("epoch 5: no improvement in validation cost for 4 epochs (best 0.141092 at epoch 1)");
        assertThat(result.events()).containsExactly(new Event(Event.Kind.STOPPED, 5, 5, 0.5,
                "no improvement in validation cost for 4 epochs (best 0.141092 at epoch 1)"));
        // the validation cost rose every epoch while the training loss fell
        List<ScheduledTraining.Epoch> epochs = result.epochs();
        for (int e = 1; e < epochs.size(); e++) {
            assertThat(epochs.get(e).validationLoss()).isGreaterThan(epochs.get(e - 1).validationLoss());
            assertThat(epochs.get(e).trainLoss()).isLessThan(epochs.get(e - 1).trainLoss());
        }
        assertThat(result.network()).isEqualTo(Trainer.train(NEURON, TRAIN, TrainingOptions.iterations(5)).network());
    }

    @Test
    void aConstantValidationAccuracyIsNoImprovement() {
        Plan plan = new Plan(Schedule.CONSTANT, 3, EarlyStopping.Measure.ACCURACY, 100);

        ScheduledTraining.Result result = ScheduledTraining.run(NEURON, TRAIN, VALIDATION, FULL_BATCH, plan);

        assertThat(result.epochs()).allSatisfy(e -> assertThat(e.validationAccuracy()).isZero());
        assertThat(result.epochsDone()).isEqualTo(4);
        assertThat(result.reason()).startsWith("epoch 4: no improvement in validation accuracy for 3 epochs");
    }

    @Test
    void thePlateauRuleHalvesEtaUntilItReachesAHundredAndTwentyEighth() {
        Plan plan = new Plan(Schedule.plateau(2), 0, EarlyStopping.Measure.COST, 100);

        ScheduledTraining.Result result = ScheduledTraining.run(NEURON, TRAIN, VALIDATION, FULL_BATCH, plan);

        assertThat(result.ending()).isEqualTo(Ending.RATE_FLOOR);
        assertThat(result.events()).extracting(Event::epoch).containsExactly(3, 5, 7, 9, 11, 13, 15);
        assertThat(result.events()).extracting(Event::learningRate)
                .containsExactly(0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125, 0.0078125);
        assertThat(result.events().get(6).kind()).isEqualTo(Event.Kind.STOPPED);
        assertThat(result.reason()).isEqualTo("epoch 15: η fell to η₀/128 = 0.00390625 after 7 plateaus of 2 epochs");
        assertThat(result.epochs().get(3).learningRate()).isEqualTo(0.25);
    }

    @Test
    void aStepScheduleChangesEtaOnItsEpochs() {
        Plan plan = new Plan(Schedule.step(3, 0.5), 0, EarlyStopping.Measure.COST, 7);

        ScheduledTraining.Result result = ScheduledTraining.run(NEURON, TRAIN, List.of(), FULL_BATCH, plan);

        assertThat(result.ending()).isEqualTo(Ending.COMPLETED);
        assertThat(result.epochs()).extracting(ScheduledTraining.Epoch::learningRate)
                .containsExactly(0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125);
        assertThat(result.events()).extracting(Event::epoch).containsExactly(3, 6);
        assertThat(result.reason()).isEqualTo("epoch 7: completed 7 epochs");
    }

    @Test
    void aPlainPlanIsOneTrainerRunWithMomentumCarriedOver() {
        TrainingOptions options = FULL_BATCH.toBuilder().momentum(0.9).build();

        ScheduledTraining.Result result = ScheduledTraining.run(NEURON, TRAIN, List.of(), options, Plan.epochs(6));

        assertThat(result.network()).isEqualTo(Trainer.train(NEURON, TRAIN, options.toBuilder().iterations(6).build()).network());
    }

    @Test
    void stoppingRulesNeedAValidationSplit() {
        assertThatThrownBy(() -> ScheduledTraining.run(NEURON, TRAIN, List.of(), FULL_BATCH,
                new Plan(Schedule.CONSTANT, 5, EarlyStopping.Measure.ACCURACY, 10)))
                .hasMessage("early stopping needs a validation split: no samples are held out to validate on");
        assertThatThrownBy(() -> ScheduledTraining.run(NEURON, TRAIN, List.of(), FULL_BATCH,
                new Plan(Schedule.plateau(5), 0, EarlyStopping.Measure.ACCURACY, 10)))
                .hasMessageContaining("plateau schedule needs a validation split");
    }

    /** Band: the digits preset, a tenth of its training images held out, patience 10, seeds fixed by the preset. */
    @Test
    void earlyStoppingOnTheDigitsStopsInsideItsBand() {
        Session session = Presets.load("digits");
        NetworkDocument document = (NetworkDocument) session.document();
        List<Sample> train = document.data().train();
        int held = Math.round(train.size() * 0.1f);
        Plan plan = new Plan(Schedule.CONSTANT, 10, EarlyStopping.Measure.ACCURACY, 200);

        ScheduledTraining.Result result = ScheduledTraining.run(document.network(), train.subList(0, train.size() - held),
                train.subList(train.size() - held, train.size()), session.training().applyTo(FULL_BATCH), plan);

        // measured: stops at epoch 29 (best 0.9722 at epoch 19), test accuracy 0.9526
        assertThat(result.ending()).isEqualTo(Ending.EARLY_STOPPED);
        assertThat(result.epochsDone()).isBetween(15, 60);
        assertThat(Classification.accuracy(result.network(), document.data().test())).isBetween(0.93, 0.98);
    }
}

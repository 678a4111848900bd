package studio.backprop.app.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.core.data.Digits;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.Trainer;

/** The Train button's code path, without the window: accuracy from fixed seeds and the confusion matrix. */
class DigitsTrainingTest {
    private static DigitsTraining.Trained trained;
    private static final List<Double> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void train() {
        trained = DigitsTraining.run(PROGRESS::add);
    }

    @Test
    void reachesTheAccuracyOfItsSeeds() {
        assertThat(trained.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(trained.result().updates()).isEqualTo(30 * ((trained.data().train().size() + 15) / 16));
    }

    @Test
    void reportsProgressFromZeroToOne() {
        assertThat(PROGRESS).isNotEmpty().isSorted();
        assertThat(PROGRESS.get(0)).isGreaterThanOrEqualTo(0);
        assertThat(PROGRESS.get(PROGRESS.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void anotherRunGivesTheSameNetwork() {
        assertThat(DigitsTraining.run(fraction -> { }).network()).isEqualTo(trained.network());
    }

    @Test
    void theConfusionMatrixCountsEveryTestImageOnce() {
        ConfusionMatrix matrix = trained.confusion();
        List<Sample> test = trained.data().test();
        assertThat(matrix.total()).isEqualTo(test.size());
        assertThat(matrix.accuracy()).isCloseTo((double) matrix.correct() / test.size(), within(1e-15));
        // rows: how many test images show each digit
        for (int digit = 0; digit < 10; digit++) {
            int row = 0;
            for (int p = 0; p < 10; p++) row += matrix.count(digit, p);
            int shown = digit;
            assertThat(row).isEqualTo((int) test.stream().filter(s -> Digits.label(s) == shown).count());
        }
    }

    @Test
    void theDiagonalIsTheAccuracyCountedIndependently() {
        double[][] outputs = Trainer.outputs(trained.network(), trained.data().test());
        int right = 0;
        for (int s = 0; s < outputs.length; s++) {
            double[] out = outputs[s];
            int best = 0;
            for (int k = 1; k < out.length; k++) if (out[k] > out[best]) best = k;
            if (trained.data().test().get(s).target(best) == 1) right++;
        }
        assertThat(trained.confusion().correct()).isEqualTo(right);
        assertThat(trained.accuracy()).isCloseTo(right / (double) outputs.length, within(1e-15));
    }
}

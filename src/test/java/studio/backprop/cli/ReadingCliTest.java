package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reading list on the command line: expansion, early stopping, schedules, Welch's scaling in the trace. */
class ReadingCliTest {

    @Test
    void expandPrintsBothAccuraciesForTheSameEpochs() {
        Cli.Result result = Cli.capture("train", "--preset", "digits", "--expand", "both", "--epochs", "5");

        assertThat(result.exitCode()).isZero();
        // band around the measured 0.8747 and 0.9554 (ExpansionComparisonTest)
        assertThat(result.out()).contains("expansion: both, 6 copies of each training image (1438 → 10066 training samples), 5 epochs each");
        double plain = figure(result.out(), "test accuracy without expansion: ");
        double expanded = figure(result.out(), "test accuracy with expansion:    ");
        assertThat(plain).isBetween(0.84, 0.91);
        assertThat(expanded).isBetween(0.93, 0.98);
    }

    @Test
    void earlyStopPrintsTheEpochAndTheReason() {
        Cli.Result result = Cli.capture("train", "--preset", "digits", "--early-stop", "10", "--validation", "0.1", "--epochs", "200");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("stopped at epoch \\d+: no improvement in validation accuracy for 10 epochs \\(best 0\\.\\d+ at epoch \\d+\\)");
        assertThat(figure(result.out(), "test accuracy: ")).isBetween(0.93, 0.98);
    }

    @Test
    void thePlateauScheduleHalvesEtaAndStopsAtAHundredAndTwentyEighth() {
        Cli.Result result = Cli.capture("train", "--preset", "digits", "--schedule", "plateau", "--early-stop", "0",
                "--validation", "0.1", "--epochs", "300");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("η halved to 0.005").contains("η fell to η₀/128");
    }

    @Test
    void stoppingWithoutAValidationSplitIsRefusedInOneLine() {
        Cli.Result result = Cli.capture("train", "--preset", "digits", "--early-stop", "10");

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("train: --early-stop needs a validation split: add --validation F "
                + "(e.g. 0.1 holds out the last tenth of the training samples)");
    }

    @Test
    void theWelchTraceShowsRawAndScaledValuesAndTheScoreScaledBack() {
        Cli.Result result = Cli.capture("trace", "--preset", "welch");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("input  hours of sleep   raw 3          ÷ 10     = 0.3")
                .contains("target test score       raw 75         ÷ 100    = 0.75")
                .containsPattern("ŷ1 = 0\\.\\d+ × 100 = predicted test score \\d+\\.\\d+ \\(actual 75\\)");
    }

    private static double figure(String out, String prefix) {
        int at = out.indexOf(prefix);
        assertThat(at).as(prefix).isNotNegative();
        return Double.parseDouble(out.substring(at + prefix.length()).lines().findFirst().orElseThrow().strip());
    }
}

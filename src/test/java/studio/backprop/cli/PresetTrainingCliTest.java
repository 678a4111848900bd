package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionFiles;

/** The training presets from the command line: their promised accuracies, gradient checks and round trips. */
class PresetTrainingCliTest {

    private static final Pattern ACCURACY = Pattern.compile("test accuracy: ([0-9.]+)");

    private static double accuracy(Cli.Result result) {
        Matcher m = ACCURACY.matcher(result.out());
        assertThat(m.find()).as(result.out()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void circleReachesNinetyFivePercentOnItsTestSetIn200Epochs() {
        Cli.Result result = Cli.capture("train", "--preset", "circle", "--epochs", "200");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(accuracy(result)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void digitsReachesNinetyFivePercentWithItsOwnDefaults() {
        Cli.Result result = Cli.capture("train", "--preset", "digits");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("64-16-16-10", "momentum 0.9", "L2 0.001");
        assertThat(accuracy(result)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theCommandLineOverridesThePresetsDefaults() {
        Cli.Result result = Cli.capture("train", "--preset", "circle", "--epochs", "1", "--momentum", "0", "--batch-size", "50",
                "--l2", "0.01", "--dropout", "0.2");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("batch 50", "techniques: L2 0.01, dropout 0.2, shuffled every epoch, seed 1",
                "error after 5 updates");
        Cli.Result bad = Cli.capture("train", "--preset", "circle", "--momentum", "1");
        assertThat(bad.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("--momentum").contains("below 1");
    }

    @Test
    void aPresetWithoutDefaultLengthAsksForOne() {
        Cli.Result result = Cli.capture("train", "--preset", "xor");
        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err()).contains("--iterations", "--epochs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple", "mazur", "xor", "welch", "circle", "gaussian", "spiral", "deep-sigmoid", "digits"})
    void gradcheckPassesForEveryPreset(String name) {
        Cli.Result result = Cli.capture("gradcheck", "--preset", name);
        assertThat(result.exitCode()).as(result.out()).isZero();
        assertThat(result.out()).contains(" 0 failed").doesNotContain("FAIL");
    }

    /** Every preset, so a new one is covered without changing this test. */
    @ParameterizedTest
    @MethodSource("studio.backprop.core.io.Presets#names")
    void everyPresetSurvivesWriteAndReadAndTracesTheSame(String name, @TempDir Path dir) {
        Session preset = Presets.load(name);
        assertThat(SessionFiles.read(SessionFiles.write(preset), name + ".json")).isEqualTo(preset);

        Path file = dir.resolve(name + ".json");
        assertThat(Cli.capture("session", "--preset", name, "--out", file.toString()).exitCode()).isZero();
        String fromPreset = Cli.capture("trace", "--preset", name, "--format", "json").out();
        String fromFile = Cli.capture("trace", "--session", file.toString(), "--format", "json").out();
        assertThat(fromFile.replace("session " + name + ".json", "X")).isEqualTo(fromPreset.replace("preset " + name, "X"));
    }
}

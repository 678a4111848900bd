package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.backprop.app.FxTestToolkit;

/**
 * Issue 13, tried as a hostile tester would: each command line from the issue, run in-process, now ends in
 * one line on stderr and the documented exit code, and nothing the user had is replaced by surprise.
 */
class HostileCliTest {
    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }

    @TempDir
    Path dir;

    // ---- outputs

    @Test
    void exportOntoADeviceIsRefused() {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        assertRefused(Cli.capture("export", "--preset", "mazur", "--view", "network", "--out", "/dev/full"),
                "export: /dev/full: a character device, not a regular file; nothing was written");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
    }

    @Test
    void sessionOntoADeviceOrAFifoIsRefused() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        assertRefused(Cli.capture("session", "--preset", "mazur", "--out", "/dev/null"),
                "session: null: cannot save: a character device, not a regular file; nothing was written");
        Path fifo = dir.resolve("fifo.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        assertRefused(Cli.capture("session", "--preset", "mazur", "--out", fifo.toString()),
                "session: fifo.json: cannot save: a named pipe (FIFO), not a regular file; nothing was written");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void aFolderIsRefusedByEveryCommandAndNeverReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        assertRefused(Cli.capture("export", "--preset", "mazur", "--view", "network", "--out", folder.toString()),
                "export: " + folder + ": is a folder; name a file inside it");
        assertRefused(Cli.capture("session", "--preset", "mazur", "--out", folder.toString()),
                "session: empty: cannot save: is a folder; name a file inside it");
        assertRefused(Cli.capture("handout", "--preset", "mazur", "--out", folder.toString()),
                "handout: " + folder + ": is a folder; name a file inside it");
        assertThat(folder).isEmptyDirectory();
        assertThat(dir.resolve("empty-network.png")).as("handout leaves nothing behind").doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.toList()).containsExactly(folder);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/proc/x.png", ""})
    void unwritablePathsAreOneLine(String out) {
        Cli.Result export = Cli.capture("export", "--preset", "mazur", "--view", "network", "--out", out);
        assertRefused(export, null);
        assertThat(export.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aHandoutIntoProcIsOneLineAndWritesNothing() {
        Cli.Result handout = Cli.capture("handout", "--preset", "mazur", "--out", "/proc/x.md");
        assertRefused(handout, null);
        assertThat(handout.err()).startsWith("handout: /proc/x").doesNotContain("Exception");
    }

    @Test
    void everyCommandCreatesMissingFolders() {
        Path session = dir.resolve("a/b/mazur.json");
        Path png = dir.resolve("c/d/mazur.png");
        Path handout = dir.resolve("e/f/simple.md");
        assertThat(Cli.capture("session", "--preset", "mazur", "--out", session.toString()).exitCode()).isZero();
        assertThat(Cli.capture("export", "--preset", "mazur", "--view", "network", "--scale", "1", "--out", png.toString())
                .exitCode()).isZero();
        assertThat(Cli.capture("handout", "--preset", "simple", "--out", handout.toString()).exitCode()).isZero();
        assertThat(session).isRegularFile();
        assertThat(png).isRegularFile();
        assertThat(handout).isRegularFile();
        assertThat(dir.resolve("e/f/simple-graph.png")).isRegularFile();
    }

    @Test
    void exportReplacesAFileBehindALinkAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.png"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real.getFileName());
        assertThat(Cli.capture("export", "--preset", "simple", "--view", "graph", "--scale", "1", "--out", link.toString())
                .exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.size(real)).isGreaterThan(1000);
    }

    // ---- export --scale

    @ParameterizedTest
    @ValueSource(strings = {"3", "1.5", "1e-300", "0", "8", "-2", "two"})
    void onlyTheScalesTheHelpNamesAreAccepted(String scale) {
        Path out = dir.resolve("s.png");
        assertRefused(Cli.capture("export", "--preset", "mazur", "--view", "network", "--scale", scale, "--out", out.toString()),
                "export: --scale: expected 1, 2 or 4, not '" + scale + "'");
        assertThat(out).doesNotExist();
        assertThat(Cli.capture("export", "--help").out()).contains("Pixel scale: 1, 2 or 4");
    }

    // ---- non-finite and divergence

    @Test
    void aGradientThatOverflowsIsRefusedNamingTheStep() {
        assertRefused(Cli.capture("trace", "--expr", "log(x)", "--set", "x=1e-320"),
                "trace: overflow in the backward pass at ∂f/∂x = ∂f/∂f · ∂f/∂x = 1 · ∞: the gradient is too large for a double");
    }

    @Test
    void digitsAtAHugeLearningRateDivergesWithExitOneAndNoNaN() {
        Cli.Result run = Cli.capture("train", "--preset", "digits", "--set", "lr=1e12", "--epochs", "5");
        assertThat(run.exitCode()).isEqualTo(Cli.CHECK_FAILED);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("train: training diverged at iteration ").contains("after update");
        assertThat(run.out()).doesNotContainIgnoringCase("nan").doesNotContain("outputs, sample");
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "gaussian", "spiral", "deep-sigmoid"})
    void otherPresetsAtAHugeLearningRateDivergeTheSameWay(String preset) {
        Cli.Result run = Cli.capture("train", "--preset", preset, "--set", "lr=1e12", "--iterations", "50");
        assertThat(run.exitCode()).isEqualTo(Cli.CHECK_FAILED);
        assertThat(run.err().lines()).singleElement().asString().startsWith("train: training diverged at iteration ");
        assertThat(run.out()).doesNotContainIgnoringCase("nan");
    }

    // ---- the smaller items

    @Test
    void aNameSetTwiceIsRefused() {
        assertRefused(Cli.capture("trace", "--expr", "x", "--set", "x=1", "--set", "x=2"),
                "trace: --set x=2: x is already set by --set x=1; give each name once");
    }

    @Test
    void aValueTooSmallForADoubleIsRefused() {
        assertRefused(Cli.capture("trace", "--preset", "mazur", "--set", "w5=1e-400"),
                "trace: w5 = 1e-400 is too small for a double: it would become 0");
        assertThat(Cli.capture("trace", "--preset", "mazur", "--set", "w5=0e-400").exitCode()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void everyMustBePositive(String every) {
        assertRefused(Cli.capture("train", "--preset", "mazur", "--iterations", "3", "--every", every),
                "train: --every " + every + ": must be from 1 to 10,000,000");
    }

    @Test
    void optionsBeyondTheFormatsRangesAreRefused() {
        assertRefused(Cli.capture("train", "--preset", "mazur", "--iterations", "3", "--batch-size", "1000000000"),
                "train: --batch-size 1000000000: must be from 0 to 100,000");
        assertRefused(Cli.capture("train", "--preset", "mazur", "--epochs", "2000000"),
                "train: --epochs 2000000: must be from 1 to 1,000,000");
        assertRefused(Cli.capture("train", "--preset", "mazur", "--iterations", "20000000"),
                "train: --iterations 20000000: must be from 1 to 10,000,000");
        assertRefused(Cli.capture("curves", "--preset", "welch", "--iterations", "1000000000"),
                "curves: --iterations 1000000000: must be from 1 to 1,000,000");
    }

    @Test
    void zeroEpochsSpeaksOfEpochs() {
        assertRefused(Cli.capture("train", "--preset", "mazur", "--epochs", "0"), "train: --epochs 0: must be from 1 to 1,000,000");
    }

    @Test
    void anEmptySessionNameIsNamedAsSuch() {
        assertRefused(Cli.capture("trace", "--session", ""), "trace: --session: no file name given");
    }

    @Test
    void l2AndRowsWithoutTheMatrixFormAreRefused() {
        assertRefused(Cli.capture("trace", "--preset", "mazur", "--l2", "0.5"),
                "trace: --l2 applies to the matrix form only; add --notation matrix");
        assertRefused(Cli.capture("trace", "--preset", "mazur", "--rows", "all"),
                "trace: --rows applies to the matrix form only; add --notation matrix");
        assertThat(Cli.capture("trace", "--preset", "mazur", "--notation", "matrix", "--l2", "0.5").exitCode()).isZero();
    }

    @Test
    void aRunTooLongIsRefusedUpFrontNamingTheLimit() {
        Cli.Result run = Cli.capture("train", "--preset", "digits", "--epochs", "100000");
        assertRefused(run, null);
        assertThat(run.err()).contains("more than the limit of 3e+09 (about 30 s)");
    }

    @Test
    void anOutOfMemoryErrorIsOneLine() {
        assertThat(Problems.describe(new OutOfMemoryError("Java heap space")))
                .startsWith("out of memory: the Java heap of ").doesNotContain("\n");
    }

    private static void assertRefused(Cli.Result result, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err().lines()).as("one line on stderr").hasSize(1);
        assertThat(result.err()).doesNotContain("internal error").doesNotContain("\tat ");
        if (message != null) assertThat(result.err().strip()).isEqualTo(message);
    }
}

package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import studio.backprop.app.FxTestToolkit;

/**
 * Network shapes up to the format's limits: every command on every shape finishes with exit 0 or 1, or refuses
 * with exit 2 and one line naming a limit — never a stack trace, an internal error or running out of memory.
 * Tries are few and shapes small here; {@link NetworkShapesFuzzLongRunTest} draws shapes up to the limits
 * (run it with {@code -Dsurefire.jvm.extra=-Xmx512m} to hold it to the 512 MB the issue sets).
 */
class NetworkShapesPropertyTest {
    /** The commands run on each shape; {@code FILE} is the session, {@code OUT} a fresh output path. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("trace", "--session", "FILE"),
            List.of("train", "--session", "FILE", "--iterations", "1"),
            List.of("gradcheck", "--session", "FILE"),
            List.of("curves", "--session", "FILE", "--iterations", "2"),
            List.of("session", "--session", "FILE", "--out", "OUT.json"),
            List.of("export", "--session", "FILE", "--view", "network", "--scale", "1", "--out", "OUT.png"));

    /** A shape: inputs, then hidden layers of one width, then outputs. */
    record Shape(int inputs, int hidden, int width, int outputs) {
        int[] sizes() {
            int[] sizes = new int[hidden + 2];
            sizes[0] = inputs;
            for (int l = 1; l <= hidden; l++) sizes[l] = width;
            sizes[hidden + 1] = outputs;
            return sizes;
        }
    }

    @BeforeContainer
    static void startToolkit() {
        FxTestToolkit.start();
    }

    @Property(tries = 2)
    void everyCommandFinishesOrRefusesInOneLine(@ForAll("smallShapes") Shape shape) throws IOException {
        runEveryCommand(shape);
    }

    @Provide
    Arbitrary<Shape> smallShapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 4)).as(Shape::new);
    }

    /** Shapes up to the limits: up to 64 layers and 4,096 neurons, many beyond 200,000 weights and biases. */
    static Arbitrary<Shape> shapesUpToTheLimits() {
        return Combinators.combine(Arbitraries.integers().between(1, 4096), Arbitraries.integers().between(0, 62),
                Arbitraries.integers().between(1, 4096), Arbitraries.integers().between(1, 4096)).as(Shape::new);
    }

    static void runEveryCommand(Shape shape) throws IOException {
        Path dir = Files.createTempDirectory("shape");
        Path session = dir.resolve("shape.json");
        Files.writeString(session, json(shape.sizes()));
        for (List<String> command : COMMANDS) {
            String[] args = command.stream().map(a -> a.replace("FILE", session.toString())
                    .replace("OUT", dir.resolve("out").toString())).toArray(String[]::new);
            Cli.Result result = Cli.capture(args);
            String what = String.join(" ", command) + " on " + Arrays.toString(shape.sizes()) + ": " + result.err();
            assertThat(result.exitCode()).as(what).isBetween(0, 2);
            assertThat(result.err().lines().count()).as(what).isLessThanOrEqualTo(1);
            assertThat(result.err()).as(what).doesNotContain("internal error").doesNotContain("\tat ")
                    .doesNotContain("out of memory");
            if (result.exitCode() == Cli.BAD_INPUT) {
                assertThat(result.err()).as(what).containsAnyOf("limit", "at most");
            }
        }
    }

    /** A sigmoid network of these sizes with Xavier weights and one training sample. */
    static String json(int[] sizes) {
        StringBuilder text = new StringBuilder("{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"network\", "
                + "\"name\": \"shape\", \"network\": {\"sizes\": [");
        for (int l = 0; l < sizes.length; l++) text.append(l == 0 ? "" : ", ").append(sizes[l]);
        text.append("], \"activations\": [").append(String.join(", ", Collections.nCopies(sizes.length - 1, "\"sigmoid\"")))
                .append("], \"loss\": \"half-sse\", \"bias\": \"per-neuron\", \"updateBiases\": true, \"learningRate\": 0.5, "
                        + "\"updateOrder\": \"exact\", \"init\": {\"method\": \"xavier\", \"seed\": 1}}, \"data\": {\"train\": [")
                .append("{\"inputs\": [").append(String.join(", ", Collections.nCopies(Math.min(sizes[0], 5000), "0.5")))
                .append("], \"targets\": [").append(String.join(", ", Collections.nCopies(Math.min(sizes[sizes.length - 1], 5000), "0.25")))
                .append("]}]}}");
        return text.toString();
    }
}

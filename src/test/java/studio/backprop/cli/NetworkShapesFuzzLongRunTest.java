package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import studio.backprop.FuzzRun;
import studio.backprop.app.FxTestToolkit;

/**
 * The long run of {@link NetworkShapesPropertyTest}: shapes up to the format's limits, every command on each.
 * Off by default; {@code ./mvnw -o test -Dtest=NetworkShapesFuzzLongRunTest -Dbackprop.fuzz.tries=200
 * -Dsurefire.jvm.extra=-Xmx512m}.
 */
@Tag("fuzz")
@EnabledIfSystemProperty(named = FuzzRun.TRIES, matches = "\\d+")
class NetworkShapesFuzzLongRunTest {
    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }

    @Test
    void shapesUpToTheLimitsFinishOrRefuseInOneLine() {
        FuzzRun.Outcome outcome = FuzzRun.run("network shapes up to the limits", NetworkShapesPropertyTest.shapesUpToTheLimits(),
                shape -> {
                    try {
                        NetworkShapesPropertyTest.runEveryCommand(shape);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertThat(outcome.passed()).isPositive();
    }

    @Test
    void theShapesAtTheEdgeFinishOrRefuseInOneLine() throws IOException {
        // just inside the parameter limit: wide and shallow, narrow and deep
        NetworkShapesPropertyTest.runEveryCommand(new NetworkShapesPropertyTest.Shape(2, 2, 444, 1));
        NetworkShapesPropertyTest.runEveryCommand(new NetworkShapesPropertyTest.Shape(2, 62, 55, 2));
        NetworkShapesPropertyTest.runEveryCommand(new NetworkShapesPropertyTest.Shape(4096, 1, 48, 10));
    }
}

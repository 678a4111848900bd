package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code curves}: the optimisers side by side, and training against test cost. */
class CurvesCliTest {

    @Test
    void bfgsEndsBelowSgdAndMomentumOnWelchsNetwork() {
        Cli.Result result = Cli.capture("curves", "--preset", "welch", "--iterations", "50", "--every", "10");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).contains("sgd").contains("momentum").contains("bfgs");
        assertThat(lines.get(1)).startsWith("        1");
        String[] last = lines.get(lines.size() - 2).trim().split("\\s+");
        assertThat(last[0]).isEqualTo("50");
        double sgd = Double.parseDouble(last[1]);
        double momentum = Double.parseDouble(last[2]);
        double bfgs = Double.parseDouble(last[3]);
        assertThat(bfgs).isLessThan(sgd).isLessThan(momentum);
    }

    @Test
    void theTestCurveNeedsTestSamples() {
        Cli.Result result = Cli.capture("curves", "--preset", "welch", "--test");

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err()).contains("--test").contains("no test samples");
        assertThat(Cli.capture("curves", "--preset", "simple").err()).contains("need a network");
        assertThat(Cli.capture("curves", "--preset", "welch", "--every", "0").err()).contains("--every 0");
    }
}

package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user runs it: REFERENCE.md's numbers in its output, bad input as one line and exit 2. */
class CliTest {

    @Test
    void traceOfTheLecturePrintsEveryReferenceNumber() {
        Cli.Result result = Cli.capture("trace", "--preset", "mazur");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains(
                "net_h1 = w1·i1 + w2·i2 + b1·1 = 0.15·0.05 + 0.2·0.1 + 0.35·1 = 0.3775",
                "out_h1 = σ(net_h1) = σ(0.3775) = 0.593269992",
                "= 0.596884378", "= 1.105905967", "= 0.75136507\n", "= 0.772928465",
                "E_o1 = ½(target_o1 - out_o1)² = ½(0.01 - 0.75136507)² = 0.274811083",
                "= 0.023560026", "E_total = E_o1 + E_o2 = 0.274811083 + 0.023560026 = 0.298371109",
                "∂E_total/∂out_o1 = -(target_o1 - out_o1) = -(0.01 - 0.75136507) = 0.74136507",
                "= 0.186815602",
                "∂E_total/∂w5 = ∂E_total/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = 0.74136507 · 0.186815602 · 0.593269992 = 0.082167041",
                "w5⁺ = w5 - η·∂E_total/∂w5 = 0.4 - 0.5·0.082167041 = 0.35891648",
                "= 0.408666186", "= 0.51130127", "= 0.561370121",
                "δ_o1 = ∂E_total/∂out_o1 · ∂out_o1/∂net_o1 = 0.74136507 · 0.186815602 = 0.138498562",
                "∂E_o1/∂out_h1 = δ_o1 · w5 = 0.138498562 · 0.4 = 0.055399425",
                "∂E_o2/∂out_h1 = δ_o2 · w7 = -0.038098237 · 0.5 = -0.019049118",
                "∂E_total/∂out_h1 = ∂E_o1/∂out_h1 + ∂E_o2/∂out_h1 = 0.055399425 + (-0.019049118) = 0.036350306",
                "= 0.241300709", "= 0.000438568",
                "w1⁺ = w1 - η·∂E_total/∂w1 = 0.15 - 0.5·0.000438568 = 0.149780716",
                "= 0.199561432", "= 0.249751144", "= 0.299502287");
        // the lecture's printed −0.019049119 is named as an erratum with its cause
        assertThat(result.out()).contains("the lecture prints -0.019049119 for ∂E_o2/∂out_h1; the exact value is -0.019049118");
    }

    @Test
    void trainOfTheLecturePrintsTheExactSummaryFiguresAndExplainsThePrintedOnes() {
        Cli.Result result = Cli.capture("train", "--preset", "mazur", "--iterations", "10000");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(
                "error after the first update: 0.291027774",
                "error after 10000 updates: 0.0000351019",
                "out_o1 = 0.01591362, out_o2 = 0.984064274",
                "the lecture prints 0.291027924", "the lecture prints 0.0000351085",
                "the lecture prints 0.015912196", "the lecture prints 0.984065734");
        // the printed 0.0000351085 is the loss measured before the 10,000th update
        assertThat(result.out()).containsPattern("\\n\\s+10000  0\\.0000351085\\n");
    }

    @Test
    void theBuggyUpdateOrderReproducesTheLecturesSummaryFigures() {
        Cli.Result result = Cli.capture("train", "--preset", "mazur", "--iterations", "10000", "--update-order", "layer-by-layer");

        assertThat(result.out()).contains("error after the first update: 0.291027924",
                "out_o1 = 0.015912196, out_o2 = 0.984065734");
    }

    @Test
    void traceOfTheSimpleExample() {
        Cli.Result result = Cli.capture("trace", "--expr", "(x + y) * z", "--set", "x=-2", "--set", "y=5", "--set", "z=-4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("q = x + y = -2 + 5 = 3", "f = q·z = 3·(-4) = -12", "∂f/∂x = ∂f/∂q · ∂q/∂x = -4 · 1 = -4",
                "∂f/∂y = ∂f/∂q · ∂q/∂y = -4 · 1 = -4", "∂f/∂z = q = 3 = 3");
        assertThat(Cli.capture("trace", "--preset", "simple").out()).contains("f = q·z = 3·(-4) = -12");
    }

    @Test
    void jsonCarriesValuesGradientsAndSteps() throws Exception {
        Cli.Result result = Cli.capture("trace", "--preset", "mazur", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(result.out());

        JsonNode w5 = null;
        for (JsonNode node : root.get("nodes")) if (node.get("name").asText().equals("w5")) w5 = node;
        assertThat(w5).isNotNull();
        assertThat(w5.get("gradient").asDouble()).isCloseTo(0.082167041, Offset.offset(5e-10));
        assertThat(root.get("updates").get("w5").asDouble()).isCloseTo(0.35891648, Offset.offset(5e-9));
        assertThat(root.get("steps").size()).isEqualTo(51);
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "csv"})
    void otherFormatsCarryTheSameNumbers(String format) {
        Cli.Result result = Cli.capture("trace", "--preset", "mazur", "--format", format);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("0.082167041", "0.35891648");
    }

    @Test
    void digitsSetsSignificantDigits() {
        assertThat(Cli.capture("trace", "--preset", "mazur", "--digits", "4").out()).contains("= 0.5933\n");
    }

    @Test
    void gradcheckPassesForEveryPreset() {
        for (String preset : new String[] {"simple", "mazur", "xor"}) {
            Cli.Result result = Cli.capture("gradcheck", "--preset", preset);
            assertThat(result.exitCode()).as(preset).isZero();
            assertThat(result.out()).as(preset).contains(" 0 failed");
        }
    }

    @Test
    void xorTrainsBelowOneHundredth() {
        Cli.Result result = Cli.capture("train", "--preset", "xor", "--iterations", "20000");
        assertThat(result.exitCode()).isZero();
        String last = result.out().lines().filter(l -> l.startsWith("error after 20000 updates: ")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(last.substring(last.indexOf(": ") + 2))).isLessThan(0.01);
    }

    @Test
    void presetsListsNameThenDescription() {
        Cli.Result result = Cli.capture("presets");
        assertThat(result.out().lines()).anyMatch(l -> l.startsWith("mazur ") && l.contains("2-2-2"));
        assertThat(result.out().lines()).allMatch(l -> l.matches("[a-z0-9-]+ +\\S.*"));
    }

    @Test
    void sessionWritesAFileThatTracesTheSame(@TempDir Path dir) {
        Path file = dir.resolve("mazur.json");
        assertThat(Cli.capture("session", "--preset", "mazur", "--out", file.toString()).exitCode()).isZero();
        assertThat(Files.exists(file)).isTrue();

        String fromPreset = Cli.capture("trace", "--preset", "mazur", "--format", "json").out();
        String fromFile = Cli.capture("trace", "--session", file.toString(), "--format", "json").out();
        assertThat(fromFile.replace("session mazur.json", "X")).isEqualTo(fromPreset.replace("preset mazur", "X"));
    }

    @Test
    void setChangesANetworkWeightByItsLectureName() {
        Cli.Result result = Cli.capture("trace", "--preset", "mazur", "--set", "w5=0.5");
        assertThat(result.out()).contains("net_o1 = w5·out_h1 + w6·out_h2 + b2·1 = 0.5·0.593269992");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "trace --expr (x+                       | column 4: expected a number, a name or '(' but the input ended",
            "trace --expr x+*y --set x=1 --set y=2  | column 3: expected a number, a name or '(' but found '*'",
            "trace --expr foo(x) --set x=1          | column 1: unknown function 'foo'",
            "trace --expr x+y --set x=1             | no value for variable 'y'",
            "trace --expr log(x) --set x=-1         | log of a non-positive number",
            "trace --expr 1/x --set x=0             | division by zero",
            "trace --expr x --set x=abc             | x must be a number",
            "trace --expr x --set x=NaN             | x must be a finite number",
            "trace --expr x --set q=1 --set x=1     | 'q' is not a variable of the expression",
            "trace --expr ''                        | the expression is empty",
            "trace --expr (x+y))                    | unexpected ')'",
            "trace --preset nope                    | unknown preset 'nope'",
            "trace --preset mazur --set w99=1       | no input, weight, bias, target or learning rate named 'w99'",
            "trace --preset mazur --digits 0        | --digits must be between 1 and 17",
            "trace --preset mazur --format pdf      | unknown format 'pdf'",
            "trace                                  | Missing required argument",
            "train --preset simple --iterations 5   | an expression has nothing to train",
            "train --preset mazur --iterations 0    | --iterations 0: must be from 1 to 10,000,000",
            "frobnicate                             | Unmatched argument",
    })
    void badInputGetsOneLineAndExitCode2(String commandLine, String message) {
        String[] args = commandLine.trim().equals("trace --expr ''") ? new String[] {"trace", "--expr", ""}
                : commandLine.trim().split("\\s+");
        Cli.Result result = Cli.capture(args);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(message.trim());
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingOrBrokenSessionFileIsOneLine(@TempDir Path dir) throws Exception {
        Cli.Result missing = Cli.capture("trace", "--session", dir.resolve("nothing.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"network\"");
        Cli.Result result = Cli.capture("trace", "--session", broken.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("broken.json").doesNotContain("Exception");
        assertThat(result.err().strip().lines()).hasSize(1);
    }
}

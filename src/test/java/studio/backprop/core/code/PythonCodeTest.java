package studio.backprop.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.Document;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.UpdateOrder;

/** The entry point: refusals up front, file names, exact literals, and writing a script whole or not at all. */
class PythonCodeTest {

    @Test
    void aNetworkOverTheLimitIsRefusedWithOneLineNamingIt() {
        Document big = Documents.network(new int[] {10, 100, 40}, List.of(Activation.TANH, Activation.SIGMOID), Loss.HALF_SSE,
                BiasMode.PER_NEURON, true, UpdateOrder.EXACT, 3);

        assertThatThrownBy(() -> PythonCode.script(big, CodeLanguage.NUMPY, "big"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this network has 5,140 weights and biases; a script writes out and prints each of them, at most 5,000 "
                        + "(the matrix form, trace --notation matrix, shows any size)");
    }

    @Test
    void theDigitsNetworkFitsUnderTheLimit() {
        Document digits = Presets.load("digits").document();

        PythonCode.requireExpressible(digits);
        assertThat(PythonCode.MAX_PARAMETERS).isGreaterThan(1_482);
    }

    @Test
    void everyNumberIsWrittenWithTheDigitsThatReadBackAsTheSameDouble() {
        for (double value : new double[] {0.1, 1.0 / 3, -2.7755575615628914E-17, 1e-300, 123456789.123456789, Math.PI}) {
            assertThat(Double.parseDouble(PythonWriter.number(value))).isEqualTo(value);
        }
        assertThatThrownBy(() -> PythonWriter.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesBecomeSafeStringLiteralsAndVariables() {
        assertThat(PythonWriter.string("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(PythonWriter.isPlainIdentifier("w_1")).isTrue();
        assertThat(PythonWriter.isPlainIdentifier("lambda")).isFalse();
        assertThat(PythonWriter.isPlainIdentifier("α")).isFalse();
        assertThat(PythonWriter.isPlainIdentifier("1x")).isFalse();
    }

    @Test
    void stepListsAreShortRuns() {
        assertThat(PythonWriter.steps(List.of(1, 2))).isEqualTo("steps 1–2");
        assertThat(PythonWriter.steps(List.of(12, 19))).isEqualTo("steps 12, 19");
        assertThat(PythonWriter.steps(List.of(11))).isEqualTo("step 11");
        assertThat(PythonWriter.steps(List.of(1, 3, 5, 7, 9, 11))).isEqualTo("steps 1, 3, 5, … (6 steps)");
    }

    @Test
    void fileNamesSayWhatAndWhichLanguage() {
        assertThat(PythonCode.fileName(Presets.load("mazur").document(), CodeLanguage.NUMPY)).isEqualTo("mazur_numpy.py");
        assertThat(PythonCode.fileName(Presets.load("simple").document(), CodeLanguage.PYTORCH)).isEqualTo("expression_pytorch.py");
    }

    @Test
    void languagesByName() {
        assertThat(CodeLanguage.parse(" NumPy ")).isEqualTo(CodeLanguage.NUMPY);
        assertThat(CodeLanguage.parse("torch")).isEqualTo(CodeLanguage.PYTORCH);
        assertThatThrownBy(() -> CodeLanguage.parse("julia")).hasMessage("unknown language 'julia' (one of numpy, pytorch)");
    }

}

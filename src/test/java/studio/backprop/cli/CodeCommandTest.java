package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.code.PythonCode;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionFiles;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/** {@code code}: a script on standard output or in a file; a bad language, source or size is one line and exit 2. */
class CodeCommandTest {

    @Test
    void printsTheNumpyScriptOfAPreset() {
        Cli.Result result = Cli.capture("code", "--lang", "numpy", "--preset", "mazur");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("#!/usr/bin/env python3\n\"\"\"Backprop Studio: preset mazur")
                .contains("import numpy as np", "W2 = np.array([", "delta_o = dE_dout_o * dout_dnet_o",
                        "(\"∂E_total/∂w5\", dE_dW2[0, 0]),");
    }

    @Test
    void writesThePyTorchScriptToAFileAndSaysHowToRunIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scripts/mazur.py");

        Cli.Result result = Cli.capture("code", "--lang", "pytorch", "--preset", "mazur", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("wrote " + out + " (run it: python3 " + out + ")\n");
        assertThat(Files.readString(out)).contains("from torch import nn", "E_total.backward()");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("mazur.py");
        }
    }

    @Test
    void anExpressionWithItsValuesBecomesScalarCode() {
        Cli.Result result = Cli.capture("code", "--lang", "numpy", "--expr", "(x + y) * z", "--set", "x=-2", "--set", "y=5",
                "--set", "z=-4");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("class Value:", "x = Value(-2.0)", "z = Value(-4.0)", "(\"∂f/∂x\", x.grad),")
                .doesNotContain("numpy");
    }

    @Test
    void aSessionWithEditedValuesKeepsTheEdits(@TempDir Path dir) {
        Path session = dir.resolve("xor.json");
        assertThat(Cli.capture("session", "--preset", "xor", "--out", session.toString()).exitCode()).isZero();

        Cli.Result result = Cli.capture("code", "--lang", "numpy", "--session", session.toString(), "--set", "w1=0.3125", "--set", "lr=0.75");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("[0.3125, ", "eta = 0.75");
    }

    @Test
    void anUnknownLanguageIsOneLineAndExit2() {
        Cli.Result result = Cli.capture("code", "--lang", "fortran", "--preset", "mazur");

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("code: --lang: unknown language 'fortran' (one of numpy, pytorch)\n");
    }

    @Test
    void aMissingLanguageOrSourceIsOneLineAndExit2() {
        for (String[] args : List.of(new String[] {"code", "--preset", "mazur"}, new String[] {"code", "--lang", "numpy"})) {
            Cli.Result result = Cli.capture(args);

            assertThat(result.exitCode()).as(Arrays.toString(args)).isEqualTo(Cli.BAD_INPUT);
            assertThat(result.err().strip()).as(Arrays.toString(args)).startsWith("code: ").doesNotContain("\n");
        }
    }

    @Test
    void aNetworkTooLargeForAScriptIsRefusedUpFrontNamingTheLimit(@TempDir Path dir) {
        int[] sizes = {4, 80, 70, 3};
        double[][][] weights = new double[3][][];
        double[][] biases = new double[3][];
        for (int l = 0; l < 3; l++) {
            weights[l] = new double[sizes[l + 1]][sizes[l]];
            biases[l] = new double[sizes[l + 1]];
            for (double[] row : weights[l]) Arrays.fill(row, 0.01);
        }
        NetworkSpec spec = new NetworkSpec(sizes, List.of(Activation.RELU, Activation.RELU, Activation.SOFTMAX), Loss.CROSS_ENTROPY,
                BiasMode.PER_NEURON, true, 0.1, UpdateOrder.EXACT, weights, biases);
        NetworkDocument big = new NetworkDocument("big", spec,
                Dataset.single("one", new Sample(new double[] {1, 2, 3, 4}, new double[] {0, 1, 0})), 0);
        Path session = dir.resolve("big.json");
        SessionFiles.save(session, new Session(big, "big", ""));
        Path out = dir.resolve("big.py");

        Cli.Result result = Cli.capture("code", "--lang", "numpy", "--session", session.toString(), "--out", out.toString());

        assertThat(spec.parameterCount()).isGreaterThan(PythonCode.MAX_PARAMETERS);
        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err()).isEqualTo("code: this network has 6,283 weights and biases; a script writes out and prints each "
                + "of them, at most 5,000 (the matrix form, trace --notation matrix, shows any size)\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenExpressionIsTheParsersOneLine() {
        Cli.Result result = Cli.capture("code", "--lang", "pytorch", "--expr", "x + * y");

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err()).isEqualTo("code: column 5: expected a number, a name or '(' but found '*'\n");
    }
}

package studio.backprop.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.doc.Document;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.LectureNumbers;

/**
 * The acceptance of the NumPy scripts: each is run with python3 and NumPy, and every printed line is checked against
 * the trace — the same names in the same order, each number to 1e-12 relative. Skipped where NumPy is missing.
 */
class NumpyScriptTest {
    @TempDir
    static Path dir;

    private static Map<String, Document> documents;
    /** Every script's printed lines, from one python process for the whole class. */
    private static Map<String, List<String>> printed;

    @BeforeAll
    static void runEveryScript() {
        documents = new LinkedHashMap<>();
        Documents.networkPresets().forEach((name, document) -> documents.put("preset_" + name, document));
        documents.putAll(Documents.generated());
        if (!Python.hasNumpy()) return;
        Map<String, String> scripts = new LinkedHashMap<>();
        documents.forEach((name, document) -> scripts.put(name + ".py", PythonCode.script(document, CodeLanguage.NUMPY, name)));
        printed = Python.runAll(scripts, dir);
    }

    @Test
    void everyNetworkPrintsEveryQuantityOfItsTrace() {
        assumeTrue(Python.hasNumpy(), "python3 with NumPy is not installed here");

        assertThat(printed.keySet()).containsExactlyElementsOf(documents.keySet().stream().map(n -> n + ".py").toList());
        documents.forEach((name, document) -> Expected.check(name + ".py", printed.get(name + ".py"), Expected.lines(document)));
    }

    @Test
    void theCoverageReachesEveryPresetAndConvention() {
        assertThat(documents.keySet()).contains("preset_mazur", "preset_xor", "preset_digits", "preset_spiral",
                "out_softmax_cross_entropy", "out_linear_mse", "hidden_relu_per_layer_updated", "hidden_linear_none_fixed");
        assertThat(Documents.networkPresets()).hasSizeGreaterThanOrEqualTo(Presets.names().size() - 1);
    }

    @Test
    void theLayerByLayerScriptOfTheLectureReproducesItsPrintedErrorAfterTheFirstRound() {
        assumeTrue(Python.hasNumpy(), "python3 with NumPy is not installed here");

        double after = printed.get("mazur_layer_by_layer.py").stream().map(Python.Printed::parse)
                .filter(p -> p.name().equals(ScriptHeader.LOSS_AFTER)).findFirst().orElseThrow().value();

        assertThat(String.format("%.9f", after)).isEqualTo(LectureNumbers.FIRST_ROUND_ERROR.printed());
    }

    @Test
    void aScriptRunsOnItsOwnAndPrintsTheTracesNamesInUtf8() throws Exception {
        assumeTrue(Python.hasNumpy(), "python3 with NumPy is not installed here");
        Path script = dir.resolve("mazur_numpy.py");
        Files.writeString(script, PythonCode.script(Presets.load("mazur").document(), CodeLanguage.NUMPY, "preset mazur"));

        String out = Python.run(List.of(Python.EXECUTABLE, script.toString()), dir);

        assertThat(out).startsWith("net_h1 0.3775\n").contains("\n∂E_total/∂w5 0.08216704056423078\n")
                .endsWith("w4⁺ 0.29950228726473915\n");
    }
}

package studio.backprop.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.doc.Document;
import studio.backprop.core.io.Presets;

/**
 * The PyTorch scripts: torch is not needed to build the suite, so each script is at least compiled
 * ({@code python3 -m py_compile}, all in one process) and read for what it must contain. Where an interpreter has
 * torch ({@code -Dbackprop.python.torch=…}, or python3 itself), every script also runs and is checked like the NumPy ones.
 */
class TorchScriptTest {
    static Map<String, Document> documents() {
        Map<String, Document> documents = new LinkedHashMap<>();
        Documents.networkPresets().forEach((name, document) -> documents.put("preset_" + name, document));
        documents.putAll(Documents.generated());
        documents.putAll(ExpressionScriptTest.expressions());
        return documents;
    }

    @Test
    void everyPyTorchScriptCompiles(@TempDir Path dir) throws IOException {
        assumeTrue(Python.available(), "python3 is not installed here");
        Map<String, Document> documents = documents();
        List<String> command = new ArrayList<>(List.of(Python.EXECUTABLE, "-m", "py_compile"));
        for (Map.Entry<String, Document> entry : documents.entrySet()) {
            Path file = dir.resolve(entry.getKey() + "_pytorch.py");
            Files.writeString(file, PythonCode.script(entry.getValue(), CodeLanguage.PYTORCH, entry.getKey()));
            command.add(file.toString());
        }

        Python.run(command, dir);

        assertThat(command).hasSizeGreaterThan(documents.size());
    }

    @Test
    void whereTorchIsInstalledEveryScriptPrintsEveryQuantityOfItsTrace(@TempDir Path dir) {
        assumeTrue(Python.hasTorch(), "no python with torch here (-Dbackprop.python.torch=…)");
        Map<String, Document> documents = documents();
        Map<String, String> scripts = new LinkedHashMap<>();
        documents.forEach((name, document) -> scripts.put(name + ".py", PythonCode.script(document, CodeLanguage.PYTORCH, name)));

        Map<String, List<String>> printed = Python.runAll(Python.TORCH_EXECUTABLE, scripts, dir);

        assertThat(printed.keySet()).containsExactlyElementsOf(scripts.keySet());
        documents.forEach((name, document) -> Expected.check(name + ".py", printed.get(name + ".py"), Expected.lines(document)));
    }

    @Test
    void theNetworkIsTorchNnModulesWithAutogradAndSgd() {
        String script = PythonCode.script(Presets.load("mazur").document(), CodeLanguage.PYTORCH, "preset mazur");

        assertThat(script).contains("from torch import nn", "class Dense(nn.Module):", "nn.Sigmoid()", "E_total.backward()",
                "torch.optim.SGD([layer1.linear.weight, layer2.linear.weight], lr=eta)", "torch.set_default_dtype(torch.float64)",
                "(\"δ_o1\", net_o.grad[0]),", "(\"∂E_total/∂w5\", layer2.linear.weight.grad[0, 0]),", "(\"w5⁺\", layer2.linear.weight[0, 0]),")
                .doesNotContain("numpy");
    }

    @Test
    void everyTraceNameIsPrintedOnce() {
        Document xor = Presets.load("xor").document();
        String script = PythonCode.script(xor, CodeLanguage.PYTORCH, "preset xor");

        for (Python.Printed line : Expected.lines(xor)) {
            assertThat(script).as(line.name()).contains("(" + PythonWriter.string(line.name()) + ", ");
        }
    }

    @Test
    void anExpressionIsTensorsThatRequireGradients() {
        String script = PythonCode.script(ExpressionScriptTest.expressions().get("circuit"), CodeLanguage.PYTORCH, "circuit");

        assertThat(script).contains("x = torch.tensor(-2.0, dtype=torch.float64, requires_grad=True)", "q.retain_grad()",
                "f.backward()", "(\"∂f/∂x\", x.grad.item()),");
    }
}

package studio.backprop.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.code.CodeLanguage;
import studio.backprop.core.code.PythonCode;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.io.Presets;

/** File → Export as code writes the command line's script; a refusal is its one line. No toolkit needed. */
class CodeExportTest {

    @Test
    void writesTheSameScriptAsTheCommandLine(@TempDir Path dir) throws Exception {
        Document mazur = Presets.load("mazur").document();
        Path file = dir.resolve(CodeExport.suggestedFileName(mazur, CodeLanguage.NUMPY));

        CodeExport.write(mazur, CodeLanguage.NUMPY, file);

        assertThat(file.getFileName()).hasToString("mazur_numpy.py");
        assertThat(Files.readString(file)).isEqualTo(PythonCode.script(mazur, CodeLanguage.NUMPY, "network mazur"));
        assertThat(CodeExport.refusal(mazur)).isNull();
    }

    @Test
    void aDocumentThatCannotBeAScriptSaysWhyAndWritesNothing(@TempDir Path dir) {
        Document broken = new ExpressionDocument("log(x)", Map.of("x", -1.0));
        Path file = dir.resolve("broken.py");

        assertThat(CodeExport.refusal(broken)).contains("log of a non-positive number");
        assertThatThrownBy(() -> CodeExport.write(broken, CodeLanguage.PYTORCH, file)).hasMessageContaining("log of a non-positive number");
        assertThat(file).doesNotExist();
    }
}

package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.code.CodeLanguage;

/** File → Export as code writes the same script as {@code code} off the JavaFX thread, and says how it ended. */
class CodeExportDialogTest {
    @BeforeAll
    static void toolkit() {
        FxTestToolkit.start();
    }

    @Test
    void writesTheScriptAndSaysWhere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mazur_numpy.py");
        CompletableFuture<String> said = new CompletableFuture<>();

        CodeExportDialog.write(TestDocuments.lecture(), CodeLanguage.NUMPY, file, said::complete,
                problem -> said.complete("error: " + problem));

        assertThat(said.get(30, TimeUnit.SECONDS)).contains(file.toString()).doesNotStartWith("error");
        assertThat(Files.readString(file)).contains("import numpy as np").contains("w5");
    }

    @Test
    void aFolderIsRefusedAsAnError(@TempDir Path dir) throws Exception {
        CompletableFuture<String> said = new CompletableFuture<>();

        CodeExportDialog.write(TestDocuments.lecture(), CodeLanguage.PYTORCH, dir, said::complete,
                problem -> said.complete("error: " + problem));

        assertThat(said.get(30, TimeUnit.SECONDS)).startsWith("error: ").contains("folder");
        assertThat(Files.isDirectory(dir)).isTrue();
    }
}

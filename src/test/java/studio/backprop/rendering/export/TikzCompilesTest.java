package studio.backprop.rendering.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;

/**
 * Where pdflatex is installed (texlive-latex-base, texlive-latex-extra for standalone, texlive-pictures), the
 * exported TikZ compiles on its own and inside a Beamer frame; elsewhere the test is skipped.
 */
class TikzCompilesTest {
    private final NetworkDocument lecture = TestDocuments.lecture();
    private final Trace trace = TestDocuments.compute().compute(lecture);

    private static boolean pdflatex() {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) if (Files.isExecutable(Path.of(dir, "pdflatex"))) return true;
        return false;
    }

    private static int compile(Path dir, String file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", file)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve(file + ".out").toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    @Test
    void theStandaloneDocumentAndTheBeamerInputCompile(@TempDir Path dir) throws Exception {
        assumeTrue(pdflatex(), "pdflatex is not installed");
        Exporter.export(lecture, trace, ExportView.NETWORK, 44, ExportFormat.TIKZ, ExportOptions.defaults(), dir.resolve("network.tex"));
        Exporter.export(lecture, trace, ExportView.EQUATION, 16, ExportFormat.TIKZ, ExportOptions.defaults(), dir.resolve("equation.tex"));
        Exporter.export(lecture, trace, ExportView.GRAPH, 30, ExportFormat.TIKZ, ExportOptions.defaults().tikzBody(true), dir.resolve("graph.tex"));
        Files.writeString(dir.resolve("deck.tex"), "\\documentclass{beamer}\n\\usepackage{tikz}\n\\begin{document}\n"
                + "\\begin{frame}{Graph}\\resizebox{\\linewidth}{!}{\\input{graph.tex}}\\end{frame}\n\\end{document}\n");
        for (String file : new String[] {"network.tex", "equation.tex", "deck.tex"}) {
            assertThat(compile(dir, file)).as(file + ": " + Files.readString(dir.resolve(file + ".out")).lines()
                    .filter(l -> l.startsWith("!")).findFirst().orElse("")).isZero();
            assertThat(dir.resolve(file.replace(".tex", ".pdf"))).exists();
        }
    }
}

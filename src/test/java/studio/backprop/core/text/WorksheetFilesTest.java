package studio.backprop.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputException;
import studio.backprop.core.io.Presets;

/** Handouts and worksheets on disk, with pictures from whoever can draw them: here a stand-in that records what it is asked for. */
class WorksheetFilesTest {
    @TempDir
    Path dir;

    /** Draws each picture as the text "VIEW@STEP" and remembers the request. */
    private final List<String> asked = new ArrayList<>();
    private final Pictures recorder = (document, trace, view, step) -> {
        asked.add(view + "@" + step);
        return out -> out.write((view + "@" + step).getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void aHandoutOfANetworkHasBothDiagramsAndOnePicturePerStepBeforeAndAfter() throws Exception {
        Trace trace = Computation.trace(Presets.load("mazur").document());
        Path out = dir.resolve("sub/m.md");

        List<Path> written = new HandoutFiles(Words.ENGLISH, recorder).write(Presets.load("mazur").document(), trace, "t",
                HandoutWriter.Format.MARKDOWN, out, true);

        int last = trace.steps().size() - 1;
        assertThat(written.get(0)).isEqualTo(out);
        assertThat(written).hasSize(1 + 2 + trace.steps().size() + 1);
        assertThat(asked).startsWith("NETWORK@" + last, "GRAPH@" + last, "NETWORK@-1", "NETWORK@0").endsWith("NETWORK@" + last);
        assertThat(Files.readString(dir.resolve("sub/m-step-00.png"))).isEqualTo("NETWORK@-1");
        assertThat(Files.readString(out)).contains("](m-network.png)", "](m-graph.png)", "](m-step-01.png)");
    }

    @Test
    void anExpressionsHandoutHasTheGraphOnly() throws Exception {
        Trace trace = Computation.trace(new ExpressionDocument("(x+y)*z", Map.of("x", -2.0, "y", 5.0, "z", -4.0)));

        List<Path> written = new HandoutFiles(Words.ENGLISH, recorder).write(
                new ExpressionDocument("(x+y)*z", Map.of("x", -2.0, "y", 5.0, "z", -4.0)), trace, "t",
                HandoutWriter.Format.LATEX, dir.resolve("e.tex"), false);

        assertThat(written).containsExactly(dir.resolve("e.tex"), dir.resolve("e-graph.png").toAbsolutePath());
        assertThat(asked).containsExactly("GRAPH@" + (trace.steps().size() - 1));
    }

    @Test
    void aWorksheetHasItsBlankDiagramQuestionsAnswerKeyAndSession() throws Exception {
        List<Path> written = new WorksheetFiles(Words.ENGLISH, recorder).write(7, dir);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(WorksheetFiles.BLANK, WorksheetFiles.SHEET,
                WorksheetFiles.ANSWERS, "answers-network.png", "answers-graph.png", WorksheetFiles.SESSION);
        assertThat(Files.readString(dir.resolve(WorksheetFiles.BLANK))).isEqualTo("NETWORK@-1");
        String sheet = Files.readString(dir.resolve(WorksheetFiles.SHEET));
        assertThat(sheet).startsWith("# Worksheet 7\n\n").contains("| given | value |", "\n## Backward pass\n",
                "1. $net_{h1}$ = \\_\\_\\_\\_\\_\\_\\_\\_\n");
        assertThat(Files.readString(dir.resolve(WorksheetFiles.ANSWERS))).startsWith("# Answer key — worksheet 7\n");
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefusedAndNothingIsDrawn() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");

        assertThatThrownBy(() -> new WorksheetFiles(Words.ENGLISH, recorder).write(7, file))
                .isInstanceOf(OutputException.class).hasMessageContaining("is not a folder");
        assertThat(asked).isEmpty();
    }
}

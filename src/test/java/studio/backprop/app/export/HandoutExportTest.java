package studio.backprop.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.support.Messages;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.text.HandoutWriter;
import studio.backprop.core.text.TraceWriter;
import studio.backprop.core.text.Words;
import studio.backprop.core.text.WorksheetFiles;

/** The window's handout and worksheet: the core's text in the window's language, the diagrams drawn as PNGs. */
class HandoutExportTest {
    @BeforeAll
    static void startToolkitThroughTestFx() {
        FxTestToolkit.start();
    }

    @TempDir
    Path dir;

    @Test
    void theWindowsHandoutHasTheTraceWritersStepsUnderTheWindowsPhaseNames() throws Exception {
        NetworkDocument mazur = (NetworkDocument) Presets.load("mazur").document();
        Trace trace = Computation.trace(mazur);
        Path out = dir.resolve("lecture.md");

        List<Path> written = Handout.write(mazur, trace, "lecture", HandoutWriter.Format.MARKDOWN, out, false);

        assertThat(written).containsExactly(out, dir.resolve("lecture-network.png").toAbsolutePath(),
                dir.resolve("lecture-graph.png").toAbsolutePath());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        TraceWriter steps = new TraceWriter(NumberStyle.LECTURE, Words.ENGLISH);
        for (Step step : trace.steps()) assertThat(text).contains("\n" + steps.markdownItem(step) + "\n");
        for (Phase phase : Phase.values()) {
            assertThat(text).contains("\n## " + Messages.get("phase." + phase.name().toLowerCase(Locale.ROOT)) + "\n");
        }
        assertThat(ImageIO.read(dir.resolve("lecture-network.png").toFile()).getWidth()).isGreaterThan(300);
        assertThat(HandoutWriter.Format.LATEX.extension()).isEqualTo("tex");
    }

    @Test
    void theDocumentsPhaseHeadingsAreTheWindowsPhaseNamesInBothLanguages() throws Exception {
        for (String suffix : List.of("", "_pt_BR")) {
            Properties window = load("/studio/backprop/app/messages" + suffix + ".properties");
            Words words = Words.of(suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag("pt-BR"));
            for (Phase phase : Phase.values()) {
                assertThat(words.heading(phase)).as(suffix + " " + phase)
                        .isEqualTo(window.getProperty("phase." + phase.name().toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HandoutExportTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theWindowsWorksheetWritesEveryFileOrNone() throws Exception {
        List<Path> written = Worksheet.write(11, dir.resolve("sheet"));

        assertThat(written).hasSize(6);
        assertThat(ImageIO.read(dir.resolve("sheet").resolve(WorksheetFiles.BLANK).toFile()).getWidth()).isGreaterThan(300);
        Path taken = Files.writeString(dir.resolve("taken"), "x");
        assertThatThrownBy(() -> Worksheet.write(11, taken)).hasMessageContaining("is not a folder");
    }
}

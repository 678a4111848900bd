package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.Studio;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Language;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.SessionFiles;

/**
 * In Portuguese, the window's error paths show no English: a malformed expression, an expression that leaves
 * a function's domain, a weight typed as letters or too large, a refused learning rate and broken session files.
 * Runs in the suite's Portuguese JVM (the pom's {@code portuguese-window} execution); skipped in the English one.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PortugueseProblemsTest {
    /** Words of the English texts that no Portuguese message contains (file names in these tests avoid them). */
    private static final Pattern ENGLISH_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(the|expected|found|column|line|not|file|but|and|of|is|at|cannot|could|open|number|must)(?![\\p{L}])");
    private static final List<String> ENGLISH_FRAGMENTS = new ArrayList<>();

    private String previousConfigDir;
    @TempDir
    Path dir;

    private StudioModel model;
    private DocumentController documents;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeAll
    static void readTheEnglishTexts() throws IOException {
        for (String bundle : List.of("/studio/backprop/core/problems.properties", "/studio/backprop/app/messages.properties")) {
            Properties english = new Properties();
            try (InputStream in = PortugueseProblemsTest.class.getResourceAsStream(bundle)) {
                english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : english.stringPropertyNames()) {
                for (String part : english.getProperty(key).split("\\{\\d+}")) {
                    // a fixed part of two or more words is a sentence in English, never a name or a number
                    if (part.strip().split("[^\\p{L}]+").length >= 3 && part.strip().matches(".*\\p{L}{3,}.*")) {
                        ENGLISH_FRAGMENTS.add(part.strip());
                    }
                }
            }
        }
    }

    @Start
    void start(Stage stage) {
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio studio = Studio.assemble(model, TestDocuments.lecture(), 1280, 760);
        Scene scene = studio.scene();
        documents = studio.documents();
        documents.setDialogs(dialogs);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forgetTheFolder() {
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir);
    }

    private static boolean portuguese() {
        return "pt".equals(Language.current().getLanguage());
    }

    private static void assertPortuguese(String shown) {
        assertThat(shown).as("a message is shown").isNotBlank();
        assertThat(ENGLISH_WORD.matcher(shown).find()).as("an English word in: " + shown).isFalse();
        for (String fragment : ENGLISH_FRAGMENTS) assertThat(shown).as("English in: " + shown).doesNotContain(fragment);
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void typeExpression(FxRobot robot, String text) {
        robot.clickOn("#expressionField").write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T run(FxRobot robot, Supplier<CompletableFuture<T>> command) throws Exception {
        CompletableFuture<CompletableFuture<T>> started = new CompletableFuture<>();
        robot.interact(() -> started.complete(command.get()));
        T result = started.get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    @Test
    void theCheckKnowsEnglishWhenItSeesIt() {
        // the check itself: the English texts of the same problems fail it
        assertThat(ENGLISH_FRAGMENTS).contains("expected a number, a name or '(' but", "the file is truncated (JSON ended early at line");
        assertThat(ENGLISH_WORD.matcher("column 4: expected a number, a name or '(' but the input ended").find()).isTrue();
        assertThat(ENGLISH_WORD.matcher("coluna 4: esperava-se um número, um nome ou '(', mas o texto terminou").find()).isFalse();
    }

    @Test
    void expressionErrorsArePortuguese(FxRobot robot) {
        assumeTrue(portuguese(), "runs in the Portuguese JVM");
        // a malformed expression: the place and the reason
        typeExpression(robot, "(x+");
        String malformed = label(robot, "#expressionError");
        assertThat(malformed).startsWith("coluna 4: ");
        assertPortuguese(malformed);

        // an expression that leaves log's domain at the lecture's x = -2
        robot.clickOn("#expressionField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        typeExpression(robot, "log(x)");
        String domain = label(robot, "#expressionError");
        assertThat(domain).contains("logaritmo");
        assertPortuguese(domain);
        assertPortuguese(label(robot, "#errorLabel"));
    }

    @Test
    void refusedValuesArePortuguese(FxRobot robot) {
        assumeTrue(portuguese(), "runs in the Portuguese JVM");
        for (String typed : List.of("abc", "1e999", "")) {
            robot.interact(() -> model.edit("w5", typed));
            assertPortuguese(label(robot, "#errorLabel"));
        }
        robot.interact(() -> model.edit(DocumentEdits.LEARNING_RATE, "-1"));
        String refused = label(robot, "#errorLabel");
        assertThat(refused).contains("taxa de aprendizado");
        assertPortuguese(refused);
    }

    @Test
    void brokenSessionFilesArePortuguese(FxRobot robot) throws Exception {
        assumeTrue(portuguese(), "runs in the Portuguese JVM");
        String mazur = SessionFiles.write(Presets.load("mazur"));
        List<String> broken = List.of(
                mazur.replaceFirst(",", ",,"),
                mazur.substring(0, mazur.length() / 2),
                mazur.replaceFirst("\\[\\s*0\\.15,\\s*0\\.2\\s*]", "[0.15]"),
                mazur.replaceFirst("\"learningRate\": [0-9.]+", "\"learningRate\": -1"),
                mazur.replaceFirst("\"format\": \"[^\"]+\"", "\"format\": \"x\""),
                "");
        for (int k = 0; k < broken.size(); k++) {
            Path file = Files.writeString(dir.resolve("sessao" + k + ".json"), broken.get(k), StandardCharsets.UTF_8);
            assertThat(run(robot, () -> documents.open(file))).isFalse();
            assertThat(dialogs.errors).hasSize(1);
            assertPortuguese(dialogs.errors.get(0));
            assertPortuguese(label(robot, "#errorLabel"));
            dialogs.errors.clear();
        }
        Path missing = dir.resolve("nenhum.json");
        assertThat(run(robot, () -> documents.open(missing))).isFalse();
        assertPortuguese(dialogs.errors.get(0));
    }
}

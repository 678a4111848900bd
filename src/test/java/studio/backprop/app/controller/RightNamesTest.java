package studio.backprop.app.controller;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;
import studio.backprop.app.Studio;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.classroom.Theme;
import studio.backprop.app.classroom.ThemeSettings;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Language;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.view.MainView;
import studio.backprop.app.view.StatusLine;
import studio.backprop.app.view.Styles;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.io.Presets;

/**
 * Right names everywhere: the title follows the document shown, View → Lecture network asks before it replaces
 * unsaved work, a success on the status line is neutral and fades while a problem stays red until the next
 * step, and the theme is there again at the next start.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RightNamesTest {
    /** The settings folder before this test: the suite's own (pom), restored after. */
    private String previousConfigDir;
    @TempDir
    Path dir;

    private StudioModel model;
    private Scene scene;
    private Studio studio;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        studio = Studio.assemble(model, TestDocuments.lecture(), 1180, 700);
        scene = studio.scene();
        studio.documents().setDialogs(dialogs);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void forgetTheFolder() {
        WaitForAsyncUtils.asyncFx(() -> studio.classroom().presenter().themeProperty().set(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir); // the suite's own folder, never the user's
    }

    private MainView view() {
        return (MainView) scene.getRoot();
    }

    private String title() {
        return studio.documents().titleProperty().get();
    }

    @Test
    void theTitleNamesTheDocumentShownNotTheOneBefore(FxRobot robot) {
        assertThat(title()).contains("mazur");

        robot.interact(() -> model.replaceDocument(Presets.load("xor").document(), "trained"));
        assertThat(title()).contains("xor").doesNotContain("mazur").contains("•");

        robot.interact(() -> model.openExpression(TestDocuments.EXPRESSION));
        assertThat(model.getDocument()).isInstanceOf(ExpressionDocument.class);
        assertThat(title()).contains(TestDocuments.EXPRESSION).doesNotContain("xor");
    }

    @Test
    void lectureNetworkAsksBeforeItReplacesUnsavedWork(FxRobot robot) {
        // given: unsaved work
        robot.interact(() -> {
            model.replaceDocument(Presets.load("xor").document(), "trained");
            model.edit("w5", "0.5");
        });
        var work = model.getDocument();

        // when: cancelled
        dialogs.choices.push(DocumentDialogs.Choice.CANCEL);
        robot.interact(() -> view().lectureItem().fire());
        // then: nothing replaced
        assertThat(dialogs.asked).hasSize(1);
        assertThat(model.getDocument()).isSameAs(work);

        // when: discarded
        dialogs.choices.push(DocumentDialogs.Choice.DISCARD);
        robot.interact(() -> view().lectureItem().fire());
        // then
        assertThat(dialogs.asked).hasSize(2);
        assertThat(model.getDocument()).isEqualTo(TestDocuments.lecture());

        // and a workspace that replaces the document asks the same way
        robot.interact(() -> model.edit("w5", "0.45"));
        dialogs.choices.push(DocumentDialogs.Choice.CANCEL);
        boolean[] goOn = {true};
        robot.interact(() -> studio.documents().confirmDiscard().thenAccept(go -> goOn[0] = go));
        assertThat(dialogs.asked).hasSize(3);
        assertThat(goOn[0]).isFalse();
    }

    @Test
    void aSuccessIsNeutralAndFadesAProblemStaysRedUntilTheNextStep(FxRobot robot) throws Exception {
        StatusLine status = view().statusLine();

        robot.interact(() -> view().showStatus("Saved to /tmp/x.json"));
        assertThat(status.getStyleClass()).doesNotContain(Styles.STATUS_ERROR);
        assertThat(((Color) status.getTextFill()).getRed()).isLessThan(0.5);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> status.getText().isEmpty());

        robot.interact(() -> view().showError("Cannot open /tmp/x.json: file not found"));
        assertThat(status.getStyleClass()).contains(Styles.STATUS_ERROR);
        Color red = (Color) status.getTextFill();
        assertThat(red.getRed()).isGreaterThan(0.6);
        assertThat(red.getGreen()).isLessThan(0.3);

        robot.interact(model::stepForward);
        assertThat(status.getText()).isEmpty();
        assertThat(status.getStyleClass()).doesNotContain(Styles.STATUS_ERROR);
    }

    @Test
    void theThemeIsKeptForTheNextStartBesideTheLanguage(FxRobot robot) throws Exception {
        Path config = dir.resolve("config");
        Language.save(config, Language.PORTUGUESE_BRAZIL);

        robot.interact(() -> studio.classroom().presenter().themeProperty().set(Theme.DARK));

        assertThat(ThemeSettings.saved(config)).contains(Theme.DARK);
        assertThat(Language.saved(config)).contains("pt-BR");
        // the next start opens dark
        Studio[] next = new Studio[1];
        robot.interact(() -> next[0] = Studio.assemble(new StudioModel(TestDocuments.compute(), TestDocuments.lecture()),
                TestDocuments.lecture(), 800, 600));
        assertThat(next[0].classroom().presenter().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(next[0].view().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));

        // an unknown or unreadable setting is the light theme, never a failed start
        Files.writeString(config.resolve(ThemeSettings.SETTINGS_FILE), "theme=plaid\n");
        assertThat(ThemeSettings.saved(config)).isEmpty();
    }
}

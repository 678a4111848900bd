package studio.backprop.app.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
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
import studio.backprop.app.Studio;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.view.EquationPanel;
import studio.backprop.app.view.MainView;
import studio.backprop.app.view.Palette;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.PublishedCheck;

/** Presenter mode, themes, quiz mode and the known-answer badge in the real window, headless under Monocle. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClassroomWindowTest {
    /** The settings folder before this test: the suite's own (pom), restored after. */
    private String previousConfigDir;
    private StudioModel model;
    private Scene scene;
    private Classroom classroom;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio studio = Studio.assemble(model, TestDocuments.lecture(), 1280, 760);
        scene = studio.scene();
        classroom = studio.classroom();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToNormal() {
        // the palette is shared by every window: leave it as the other tests expect it
        WaitForAsyncUtils.asyncFx(() -> {
            classroom.presenter().leave();
            classroom.presenter().themeProperty().set(Theme.LIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir); // the suite's own folder, never the user's
    }

    private Classroom classroom() {
        return classroom;
    }

    @Test
    void f5EntersPresenterModeAndEscLeavesIt(FxRobot robot) {
        // given
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(Presenter.STYLE_CLASS);
        double normalEdge = Palette.edgeWidth(0.5);

        // when
        robot.type(KeyCode.F5);

        // then
        assertThat(scene.getRoot().getStyleClass()).contains(Presenter.STYLE_CLASS);
        assertThat(classroom().presenter().isActive()).isTrue();
        assertThat(Palette.edgeWidth(0.5)).isGreaterThan(normalEdge * 1.5);
        // labels grow by the zoom, not by the palette: the layouts keep each label's box at its own size

        // when
        robot.moveTo("#networkView");
        // then the pointer carries a highlight
        assertThat(robot.lookup("#" + Presenter.HIGHLIGHT_ID).query().isVisible()).isTrue();

        // when
        robot.type(KeyCode.ESCAPE);

        // then
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(Presenter.STYLE_CLASS);
        assertThat(classroom().presenter().isActive()).isFalse();
        assertThat(Palette.edgeWidth(0.5)).isEqualTo(normalEdge);
        assertThat(robot.lookup("#" + Presenter.HIGHLIGHT_ID).query().isVisible()).isFalse();
    }

    @Test
    void f11TogglesPresenterModeAndClickerKeysStillStep(FxRobot robot) {
        robot.type(KeyCode.F11);
        assertThat(classroom().presenter().isActive()).isTrue();

        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(model.getCursor()).isEqualTo(1);

        robot.type(KeyCode.F11);
        assertThat(classroom().presenter().isActive()).isFalse();
    }

    @Test
    void theDarkThemeRestylesTheControlsAndTheCanvases(FxRobot robot) {
        robot.interact(() -> classroom().presenter().themeProperty().set(Theme.DARK));

        assertThat(Palette.BACKGROUND).isEqualTo(Palette.DARK.background());
        assertThat(((Parent) scene.getRoot()).getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));
        // the gradient's sign shows by colour in every theme (and by dashes, drawn by the renderers)
        assertThat(Palette.gradientColor(-1)).isNotEqualTo(Palette.gradientColor(1));

        robot.interact(() -> classroom().presenter().themeProperty().set(Theme.HIGH_CONTRAST));
        assertThat(((Parent) scene.getRoot()).getStylesheets()).noneMatch(s -> s.endsWith("theme-dark.css"))
                .anyMatch(s -> s.endsWith("theme-high-contrast.css"));
    }

    @Test
    void quizModeAsksBeforeItShowsAndKeepsTheScore(FxRobot robot) {
        // given
        robot.interact(() -> classroom().quiz().enabledProperty().set(true));
        assertThat(robot.lookup("#quizBar").query().isVisible()).isTrue();
        int netH1 = model.getTrace().graph().node("net_h1").id();

        // when: forward asks instead of stepping
        robot.type(KeyCode.RIGHT);

        // then the value stays hidden everywhere
        assertThat(model.getCursor()).isEqualTo(-1);
        assertThat(classroom().quiz().getQuestion().index()).isZero();
        assertThat(model.getReveal().valueKnown(netH1, model.getCursor())).isFalse();

        // when: a right guess
        robot.clickOn("#quizGuess").write("0,3775").type(KeyCode.ENTER);

        // then
        assertThat(model.getCursor()).isZero();
        assertThat(robot.lookup("#quizFeedback").queryAs(Label.class).getText()).contains("Right", "0.3775");
        assertThat(robot.lookup("#quizScore").queryAs(Label.class).getText()).isEqualTo("Score 1/1");

        // when: the toolbar button asks too, and Reveal shows without scoring
        robot.clickOn("#stepForward");
        assertThat(model.getCursor()).isZero();
        robot.clickOn("#quizReveal");
        assertThat(model.getCursor()).isEqualTo(1);
        assertThat(robot.lookup("#quizScore").queryAs(Label.class).getText()).isEqualTo("Score 1/1");
    }

    @Test
    void theBadgeSaysTheLectureNumbersMatchAndGoesWhenTheyDoNot(FxRobot robot) {
        Button badge = robot.lookup("#" + KnownAnswerBadge.ID).queryAs(Button.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).contains("Matches the textbook", "25/26", "1 known erratum");

        robot.interact(() -> model.edit("w5", "0.45"));

        assertThat(badge.getText()).contains("Differs");
    }

    @Test
    void theEquationPanelExplainsTheLecturesRoundedFigure(FxRobot robot) {
        int step = PublishedCheck.stepNamed(model.getTrace(), "∂E_o2/∂out_h1").orElseThrow().index();

        robot.interact(() -> model.jumpTo(step));

        Label note = robot.lookup("#erratumNote").queryAs(Label.class);
        assertThat(note.getText()).contains("-0.019049119", "-0.019049118", "rounded");
        robot.interact(() -> model.jumpTo(step + 1));
        assertThat(note.getText()).isEmpty();
        assertThat(EquationPanel.erratumNote(model.getTrace(), model.getTrace().step(step)))
                .contains(NumberStyle.LECTURE.format(model.getTrace().step(step).equation().result()));
    }

    @Test
    void theShortcutListIsReadFromTheMenusAndNamesEveryKey() {
        MainView view = (MainView) scene.getRoot();
        String list = String.join("\n", HelpDialogs.shortcuts(view.menuBar()));

        // every accelerator of every menu item is listed with the item's name
        List<MenuItem> withKeys = new ArrayList<>();
        view.menuBar().getMenus().forEach(menu -> collect(menu, withKeys));
        assertThat(withKeys).extracting(item -> item.getAccelerator().getDisplayText())
                .contains("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+O", "Ctrl+E", "Ctrl+Q", "Ctrl+0", "F1", "F5", "F9");
        for (MenuItem item : withKeys) {
            assertThat(list).contains(item.getAccelerator().getDisplayText() + " — ").contains(item.getText());
        }
        // and the keys no menu carries
        assertThat(list).contains("Space", "Page Down", "Page Up", "Home", "End", "F11", "Esc", "Ctrl+Y");
        assertThat(Messages.get("classroom.about.text"))
                .contains("Mazur", "CS231n", "TensorFlow Playground", "micrograd", "Nielsen", "3Blue1Brown", "Welch Labs",
                        "Alpaydin", "CC BY 4.0", "ControlsFX", "JLaTeXMath");
    }

    private static void collect(Menu menu, List<MenuItem> withKeys) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) collect(sub, withKeys);
            else if (item.getAccelerator() != null) withKeys.add(item);
        }
    }
}

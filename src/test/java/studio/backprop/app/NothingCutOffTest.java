package studio.backprop.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;
import studio.backprop.app.digits.DigitsView;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Language;

/**
 * Nothing is cut off, at a projector's 1366×768 and at 1024×768, in the language the JVM runs in (the suite
 * runs this class once in English and once in Portuguese): every tab, the lecture pass at the steps a lecture
 * stops at, presenter mode and the shortcut dialog. A label, button or tab shown with an ellipsis, a tool bar
 * that hides items behind ">>", tab headers that do not fit, or a control past the window's edge fail it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NothingCutOffTest {
    private static final int[] LECTURE_STEPS = {0, 16, 28, 51};
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * The stage is shared by every window test: put it back where the others expect it, at the origin and
     * 1280×760, so that no later scene reaches past Monocle's 1366×768 screen.
     */
    @AfterEach
    void putTheStageBack(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(760);
        });
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "1024, 768"})
    void everyTabPresenterModeAndDialogShowTheirTextWhole(int width, int height, FxRobot robot) throws TimeoutException {
        // given: the window as the application opens it
        StudioModel model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        robot.interact(() -> {
            stage.setScene(StudioApp.createScene(model, TestDocuments.lecture(), width, height));
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            if (width < StudioApp.SIDE_BY_SIDE_WIDTH && stage.getScene().lookup("#networkViewMaximise") instanceof Button wide) {
                wide.fire();
            }
        });
        Scene scene = stage.getScene();
        List<String> problems = new ArrayList<>();
        String where = " (" + width + "×" + height + ", " + Language.current().toLanguageTag() + ")";

        // the pass at the steps a lecture stops at
        for (int step : LECTURE_STEPS) {
            robot.interact(() -> model.jumpTo(Math.min(step, model.stepCount())));
            collect(problems, scene, "pass at step " + step + where);
        }
        // presenter mode at the hardest step, then back
        robot.interact(() -> model.jumpTo(28));
        robot.type(KeyCode.F5);
        collect(problems, scene, "presenter mode" + where);
        robot.type(KeyCode.ESCAPE);
        // the shortcut dialog
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        for (Window window : robot.listWindows()) {
            if (window != stage && window.getScene() != null) collect(problems, window.getScene(), "shortcut dialog" + where);
        }
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).forEach(Window::hide));
        // every workspace
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            if ("digitsTab".equals(tab.getId())) waitForDigits(robot);
            collect(problems, scene, "tab " + tab.getText() + where);
        }

        assertThat(problems).as("text cut off or controls past the window").isEmpty();
    }

    private static void collect(List<String> problems, Scene scene, String where) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> found.addAll(CutOff.problems(scene))));
        for (String problem : found) problems.add(where + ": " + problem);
    }

    /** The digits tab trains its network when first shown; its confusion matrix and accuracy appear after. */
    private static void waitForDigits(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Node pane = robot.lookup(n -> n instanceof DigitsView).tryQuery().orElse(null);
            return pane instanceof DigitsView digits && !digits.model().isTraining() && digits.model().trained().isPresent();
        });
    }
}

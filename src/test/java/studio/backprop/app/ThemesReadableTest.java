package studio.backprop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.classroom.Theme;
import studio.backprop.app.model.StudioModel;

/**
 * Every theme is readable: each text in the window at least 4.5:1 against its background and each icon at
 * least 3:1 (WCAG AA), on the Pass tab mid-pass and on every workspace.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ThemesReadableTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextAndIconStandsOutFromItsBackground(Theme theme, FxRobot robot) {
        // given: the window mid-pass in the theme
        StudioModel model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        robot.interact(() -> {
            Studio studio = Studio.assemble(model, TestDocuments.lecture(), 1366, 768);
            stage.setScene(studio.scene());
            stage.show();
            studio.classroom().presenter().themeProperty().set(theme);
            model.jumpTo(28);
        });
        Scene scene = stage.getScene();
        List<String> problems = new ArrayList<>();
        // when: every tab is shown in turn
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            if ("digitsTab".equals(tab.getId())) continue; // trains when shown; its texts are those of the others' controls
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> found = new ArrayList<>();
            robot.interact(() -> found.addAll(Readability.problems(scene)));
            for (String problem : found) problems.add(theme + ", tab " + tab.getText() + ": " + problem);
        }
        // then
        assertThat(problems).isEmpty();
    }
}

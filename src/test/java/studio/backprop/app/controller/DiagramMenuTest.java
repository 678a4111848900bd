package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
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
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.view.MainView.Diagrams;

/** View → Diagrams and its keys choose what the Pass shows, and the menu follows the header's buttons. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DiagramMenuTest {
    private String previousConfigDir;
    @TempDir
    Path dir;
    private Studio studio;

    @Start
    void start(Stage stage) {
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
        studio = Studio.assemble(new StudioModel(TestDocuments.compute(), TestDocuments.lecture()), TestDocuments.lecture(), 1180, 700);
        stage.setScene(studio.scene());
        stage.show();
    }

    @AfterEach
    void forgetTheFolder() {
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir);
    }

    @Test
    void theShortcutsChooseTheDiagramsWhateverHasFocus(FxRobot robot) {
        robot.clickOn("#networkView");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.view().shownProperty().get()).isEqualTo(Diagrams.GRAPH);
        assertThat(robot.lookup("#graphView").tryQuery()).isPresent();
        assertThat(robot.lookup("#networkView").tryQuery().filter(Node::isVisible)).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.view().shownProperty().get()).isEqualTo(Diagrams.BOTH);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.view().shownProperty().get()).isEqualTo(Diagrams.NETWORK);
    }

    @Test
    void theMenuShowsTheChoiceMadeElsewhere(FxRobot robot) {
        robot.interact(() -> studio.view().shownProperty().set(Diagrams.GRAPH));
        RadioMenuItem graph = (RadioMenuItem) studio.view().menuBar().getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "diagramsMenu".equals(item.getId()))
                .flatMap(menu -> ((Menu) menu).getItems().stream())
                .filter(item -> "diagrams-graph".equals(item.getId())).findFirst().orElseThrow();
        assertThat(graph.isSelected()).isTrue();
    }
}

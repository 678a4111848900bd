package studio.backprop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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
import studio.backprop.app.controller.Feature;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.StudioDirs;

/**
 * The composition root assembles the window from its features' contributions, and the features' order does
 * not change what a key does: with the features asked in reverse, quiz mode still takes "forward" before the
 * stepping keys, undo still undoes, and every menu item is there.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class StudioCompositionTest {
    private String previousConfigDir;
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
    }

    @AfterEach
    void forgetTheFolder() {
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir);
    }

    @Test
    void theKeysAndMenusWorkWhateverOrderTheFeaturesAreAskedIn(FxRobot robot) {
        UnaryOperator<List<Feature>> reversed = features -> {
            List<Feature> turned = new ArrayList<>(features);
            Collections.reverse(turned);
            return turned;
        };
        Set<String> usual = checkWindow(robot, UnaryOperator.identity());
        Set<String> turned = checkWindow(robot, reversed);
        assertThat(turned).isEqualTo(usual);
        assertThat(usual).contains("newMenu", "openItem", "saveItem", "exportItem", "exportCodeItem", "handoutItem",
                "undoItem", "redoItem", "lectureItem", "presenterItem", "quizItem", "languageMenu", "shortcutsItem", "aboutItem");
    }

    /** Builds the window with the features in {@code order}, checks its keys, returns its menu items' ids. */
    private Set<String> checkWindow(FxRobot robot, UnaryOperator<List<Feature>> order) {
        StudioModel model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio[] built = new Studio[1];
        robot.interact(() -> {
            built[0] = Studio.assemble(model, TestDocuments.lecture(), 1180, 700, order);
            stage.setScene(built[0].scene());
            stage.show();
        });
        Studio studio = built[0];
        robot.clickOn("#networkView");

        // the stepping keys step
        robot.type(KeyCode.RIGHT);
        assertThat(model.getCursor()).isZero();
        robot.type(KeyCode.LEFT);
        assertThat(model.getCursor()).isEqualTo(-1);

        // quiz mode asks before the stepping keys step: the first → opens a question, the second reveals it
        robot.interact(() -> studio.classroom().quiz().enabledProperty().set(true));
        robot.type(KeyCode.RIGHT);
        assertThat(studio.classroom().quiz().getQuestion()).isNotNull();
        assertThat(model.getCursor()).isEqualTo(-1);
        robot.type(KeyCode.RIGHT);
        assertThat(studio.classroom().quiz().getQuestion()).isNull();
        assertThat(model.getCursor()).isZero();
        robot.interact(() -> studio.classroom().quiz().enabledProperty().set(false));

        // the undo feature's key undoes an edit
        robot.interact(() -> model.edit("w5", "0.5"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model.editableValue("w5").getAsDouble()).isEqualTo(0.4);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(model.editableValue("w5").getAsDouble()).isEqualTo(0.5);

        return studio.view().menuBar().getMenus().stream().flatMap(menu -> items(menu).stream())
                .map(MenuItem::getId).filter(id -> id != null).collect(Collectors.toSet());
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) all.addAll(items(sub));
        }
        return all;
    }
}

package studio.backprop.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;
import studio.backprop.app.controller.DocumentDialogs;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.training.TrainingModel;
import studio.backprop.app.training.TrainingView;
import studio.backprop.app.view.Styles;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;

/**
 * A walk through the whole window, the way a lecturer wanders: every preset at its first, middle and last
 * step, an expression typed there, the lecture network loaded, a short training run, back to the pass.
 * Nothing may throw, log a warning or print a stack trace on the way: an uncaught exception on any thread,
 * a log record at WARNING or above, or an exception on System.err fails the walk.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WalkTest {
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final Handler logged = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add("logged " + record.getLevel() + ": " + record.getLoggerName() + ": " + record.getMessage()
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    };
    private Thread.UncaughtExceptionHandler previousDefault;
    private PrintStream previousErr;
    private StudioModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Thread.UncaughtExceptionHandler fail = (thread, e) -> problems.add("uncaught on " + thread.getName() + ": " + e);
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(fail);
        Thread.currentThread().setUncaughtExceptionHandler(fail); // the JavaFX thread
        Logger.getLogger("").addHandler(logged);
        previousErr = System.err;
        PrintStream original = System.err;
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
                original.write(b);
            }
        }, true, StandardCharsets.UTF_8));
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio studio = Studio.assemble(model, TestDocuments.lecture(), 1280, 760);
        scene = studio.scene();
        studio.documents().setDialogs(new DiscardingDialogs());
        stage.setScene(scene);
        stage.show();
    }

    /** The walk replaces its trained network on purpose: it answers "discard" when asked about unsaved work. */
    private static final class DiscardingDialogs implements DocumentDialogs {
        final List<String> asked = new ArrayList<>();

        @Override
        public Choice askToSave(String documentName) {
            asked.add(documentName);
            return Choice.DISCARD;
        }

        @Override
        public Optional<Path> chooseFileToOpen(Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(Path folder, String fileName) {
            return Optional.empty();
        }

        @Override
        public boolean offerRecovery(String what) {
            return false;
        }

        @Override
        public void showError(String message) {
            throw new AssertionError("the walk was shown an error: " + message);
        }
    }

    @AfterEach
    void restore() {
        Logger.getLogger("").removeHandler(logged);
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        if (previousErr != null) System.setErr(previousErr);
    }

    @Test
    void everyPresetAtEveryPlaceSurvivesExpressionsLectureAndTraining(FxRobot robot) {
        for (String preset : Presets.names()) {
            for (Place place : Place.values()) {
                // given: a preset at its first, middle or last step
                robot.interact(() -> {
                    assertThat(model.load(Presets.load(preset).document()).accepted()).isTrue();
                    model.jumpTo(place.index(model.stepCount()));
                });
                // when: an expression is entered there (typed key by key once, below), then the lecture network comes back
                enterExpression(robot);
                assertThat(model.getCursor()).as("%s at the %s step: a new expression opens at its given values", preset, place)
                        .isEqualTo(-1);
                lectureFromTheMenu(robot);
                assertThat(model.getCursor()).isBetween(-1, model.stepCount() - 1);
            }
            // and: the lecture loaded straight from the last step of the preset (the 137/137 case)
            load(robot, preset);
            robot.type(KeyCode.END);
            int last = model.stepCount() - 1;
            assertThat(model.getCursor()).as("End steps %s to its last step", preset).isEqualTo(last);
            lectureFromTheMenu(robot);
            assertThat(model.getCursor()).isEqualTo(Math.min(last, model.stepCount() - 1));
        }

        // when: a short run in the Training tab, then back to the pass at its last step
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "trainingTab")));
        TrainingModel training = robot.lookup("#trainingView").queryAs(TrainingView.class).model();
        NetworkDocument before = (NetworkDocument) model.getDocument();
        robot.clickOn("#trainStep");
        await("the trained network reaches the pass", () -> training.getState() != TrainingModel.State.RUNNING
                && model.getDocument() != before);
        robot.interact(() -> tabs.getSelectionModel().select(tab(tabs, "passTab")));
        robot.type(KeyCode.END);
        TextField field = robot.lookup("#" + Styles.EXPRESSION_FIELD_ID).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(TestDocuments.EXPRESSION).type(KeyCode.ENTER);
        assertThat(field.isFocused()).as("Enter hands the focus back to the diagram").isFalse();
        assertThat(model.getCursor()).isEqualTo(-1);
        robot.type(KeyCode.END);
        lectureFromTheMenu(robot);
        robot.type(KeyCode.HOME).type(KeyCode.RIGHT, 3);

        // then (once the window is idle again)
        WaitForAsyncUtils.waitForFxEvents(20);
        String printed = errors.toString(StandardCharsets.UTF_8);
        assertThat(problems).as("uncaught exceptions and warnings").isEmpty();
        assertThat(printed).as("System.err").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(model.getCursor()).isEqualTo(2);
    }

    private enum Place {
        FIRST, MIDDLE, LAST;

        int index(int steps) {
            return switch (this) {
                case FIRST -> 0;
                case MIDDLE -> steps / 2;
                case LAST -> steps - 1;
            };
        }
    }

    private void load(FxRobot robot, String preset) {
        robot.interact(() -> assertThat(model.load(Presets.load(preset).document()).accepted()).isTrue());
    }

    /** The expression set into its field, then a real Enter key in the field. */
    private void enterExpression(FxRobot robot) {
        TextField field = robot.lookup("#" + Styles.EXPRESSION_FIELD_ID).queryAs(TextField.class);
        robot.interact(() -> {
            field.setText(TestDocuments.EXPRESSION);
            field.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertThat(field.isFocused()).as("Enter hands the focus back to the diagram").isFalse();
    }

    private void lectureFromTheMenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem lecture = bar.getMenus().stream().map(Menu::getItems).flatMap(List::stream)
                .filter(item -> Messages.get("menu.lecture").equals(item.getText())).findFirst().orElseThrow();
        robot.interact(lecture::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Tab tab(TabPane tabs, String id) {
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static void await(String what, BooleanSupplier condition) {
        for (int i = 0; i < 3000 && !condition.getAsBoolean(); i++) {
            WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}

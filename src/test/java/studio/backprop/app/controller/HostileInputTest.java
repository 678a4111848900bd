package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.app.StudioApp;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;

/**
 * Every kind of numeric field refuses text, nothing, NaN, ±Infinity and absurd magnitudes with a message at
 * the field naming it, and keeps the old value (and records no undo step).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HostileInputTest {
    /** Typed text and a phrase its message must contain. */
    private static final Map<String, String> HOSTILE = Map.of(
            "abc", "\"abc\" is not a number",
            "", "the value is empty",
            "NaN", "\"NaN\" is not a number",
            "Infinity", "\"Infinity\" is not a number",
            "-Infinity", "\"-Infinity\" is not a number",
            "1e300", "outside the allowed range",
            "-5e12", "outside the allowed range");

    private StudioModel model;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        stage.setScene(StudioApp.createScene(model, TestDocuments.lecture(), 1280, 760));
        stage.show();
    }

    /** Types each hostile text into the inspector's field for {@code name} and checks it is refused there. */
    private void refusesEveryHostileText(FxRobot robot, String name) {
        robot.interact(() -> model.select(name));
        double old = model.editableValue(name).getAsDouble();
        TextField field = robot.lookup("#inspectorEdit").queryAs(TextField.class);
        Label message = robot.lookup("#inspectorMessage").queryAs(Label.class);
        robot.clickOn(field);
        HOSTILE.forEach((text, phrase) -> {
            // the text is put in the field as a paste would (typing each character costs a second a value); the
            // key that commits it is pressed, and the good value below is typed key by key
            robot.interact(() -> field.setText(text));
            robot.type(KeyCode.ENTER);
            assertThat(message.getText()).as("%s ← %s", name, text).startsWith(name + ": ").contains(phrase)
                    .contains("old value stays");
            assertThat(model.editableValue(name).getAsDouble()).as("%s ← %s", name, text).isEqualTo(old);
        });
        assertThat(model.canUndoProperty().get()).isFalse();
        // a good value is still taken
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write("0.25").type(KeyCode.ENTER);
        assertThat(model.editableValue(name).getAsDouble()).isEqualTo(0.25);
        assertThat(message.getText()).isEmpty();
    }

    @Test
    void anInput(FxRobot robot) {
        refusesEveryHostileText(robot, "i1");
    }

    @Test
    void aWeight(FxRobot robot) {
        refusesEveryHostileText(robot, "w5");
    }

    @Test
    void aBias(FxRobot robot) {
        refusesEveryHostileText(robot, "b2");
    }

    @Test
    void aTarget(FxRobot robot) {
        refusesEveryHostileText(robot, "target_o1");
    }

    @Test
    void theLearningRate(FxRobot robot) {
        refusesEveryHostileText(robot, "η");
        // and a rate that is a number but not positive
        TextField field = robot.lookup("#inspectorEdit").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write("-0.5").type(KeyCode.ENTER);
        assertThat(robot.lookup("#inspectorMessage").queryAs(Label.class).getText()).startsWith("η: ").contains("positive");
        assertThat(model.editableValue("η").getAsDouble()).isEqualTo(0.25);
    }

    @Test
    void anExpressionVariable(FxRobot robot) {
        robot.interact(() -> model.openExpression(TestDocuments.EXPRESSION));
        robot.interact(() -> model.load(model.getDocument()));
        refusesEveryHostileText(robot, "x");
    }
}

package studio.backprop.app.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.app.model.QuizModel.Verdict;
import studio.backprop.core.Computation;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Presets;

class QuizModelTest {
    private final StudioModel model = new StudioModel(Computation::trace, Presets.load("mazur").document());
    private final QuizModel quiz = new QuizModel(model);

    @ParameterizedTest(name = "{0} for {1} is {2}")
    @CsvSource({
            "0.593269992, 0.5932699921, RIGHT",   // as the lecture prints it
            "0.593, 0.593269992, RIGHT",          // right to its own three digits
            "0.5933, 0.593269992, RIGHT",
            "'0,593', 0.593269992, RIGHT",        // decimal comma, as typed in Brazil
            "0.594, 0.593269992, WRONG",
            "0.59, 0.593269992, WRONG",           // two digits are too few to be judged by their own precision
            "0.6, 0.593269992, WRONG",
            "3, 3, RIGHT",                        // exact integers print alike
            "3.0, 3, RIGHT",
            "−12, -12, RIGHT",                    // typographic minus
            "-0.0190, -0.019049118, RIGHT",
            "0.0190, -0.019049118, WRONG",        // wrong sign
            "4.39e-4, 0.000438568, RIGHT",
            "4.38e-4, 0.000438568, WRONG",
            "'', 1, NOT_A_NUMBER",
            "abc, 1, NOT_A_NUMBER",
    })
    void judgesGuessesToTheDigitsShown(String typed, double value, Verdict expected) {
        assertThat(QuizModel.judge(typed, value)).isEqualTo(expected);
    }

    @Test
    void offItLeavesSteppingAlone() {
        assertThat(quiz.forward()).isFalse();
        assertThat(quiz.getQuestion()).isNull();
    }

    @Test
    void forwardAsksTheNextStepWithoutMovingTheCursor() {
        quiz.enabledProperty().set(true);

        assertThat(quiz.forward()).isTrue();

        assertThat(model.getCursor()).isEqualTo(-1);
        assertThat(quiz.getQuestion().index()).isZero();
        assertThat(QuizModel.hiddenText(quiz.getQuestion().equation(), NumberStyle.LECTURE))
                .isEqualTo("net_h1 = w1·i1 + w2·i2 + b1·1 = 0.15·0.05 + 0.2·0.1 + 0.35·1 = ?").doesNotContain("0.3775");
    }

    @Test
    void aGuessIsScoredAndRevealsTheStep() {
        quiz.enabledProperty().set(true);
        quiz.forward();

        assertThat(quiz.guess("0.3775")).isEqualTo(Verdict.RIGHT);
        assertThat(model.getCursor()).isZero();
        assertThat(quiz.getQuestion()).isNull();

        quiz.forward();
        assertThat(quiz.guess("0.5")).isEqualTo(Verdict.WRONG);
        assertThat(model.getCursor()).isEqualTo(1);
        assertThat(quiz.rightProperty().get()).isEqualTo(1);
        assertThat(quiz.askedProperty().get()).isEqualTo(2);
    }

    @Test
    void textThatIsNoNumberKeepsTheQuestionOpenAndUncounted() {
        quiz.enabledProperty().set(true);
        quiz.forward();

        assertThat(quiz.guess("zero point four")).isEqualTo(Verdict.NOT_A_NUMBER);

        assertThat(quiz.getQuestion()).isNotNull();
        assertThat(model.getCursor()).isEqualTo(-1);
        assertThat(quiz.askedProperty().get()).isZero();
    }

    @Test
    void revealOrASecondForwardShowsTheResultWithoutScoring() {
        quiz.enabledProperty().set(true);
        quiz.forward();
        quiz.reveal();
        assertThat(model.getCursor()).isZero();

        quiz.forward();
        quiz.forward();
        assertThat(model.getCursor()).isEqualTo(1);
        assertThat(quiz.askedProperty().get()).isZero();
    }

    @Test
    void steppingBackOrEditingClosesTheQuestion() {
        quiz.enabledProperty().set(true);
        model.jumpTo(3);
        quiz.forward();
        model.stepBack();
        assertThat(quiz.getQuestion()).isNull();

        quiz.forward();
        model.edit("w1", "0.2");
        assertThat(quiz.getQuestion()).isNull();
        assertThatThrownBy(() -> quiz.guess("1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void atTheLastStepThereIsNothingToAsk() {
        quiz.enabledProperty().set(true);
        model.toEnd();

        assertThat(quiz.forward()).isFalse();
    }
}

package studio.backprop.app.classroom;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.app.model.QuizModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.rendering.TexImages;

/** The quiz's question line: the equation with its result hidden, a field for the guess, Check, Reveal and the score. */
public final class QuizBar extends VBox {
    /** Style class of the bar (the stylesheets colour it). */
    public static final String STYLE_CLASS = "quiz-bar";

    private final QuizModel quiz;
    private final ImageView equation = new ImageView();
    private final Label prompt = new Label();
    private final TextField guess = new TextField();
    private final Button check = new Button(Messages.get("classroom.quiz.check"));
    private final Button reveal = new Button(Messages.get("classroom.quiz.reveal"));
    private final Label feedback = new Label();
    private final Label score = new Label();

    public QuizBar(QuizModel quiz) {
        this.quiz = quiz;
        initGraphics();
        registerListeners();
        update();
    }

    private void initGraphics() {
        getStyleClass().add(STYLE_CLASS);
        setId("quizBar");
        equation.setId("quizEquation");
        equation.setPreserveRatio(true);
        prompt.setId("quizPrompt");
        guess.setId("quizGuess");
        guess.setPromptText(Messages.get("classroom.quiz.guessPrompt"));
        guess.setPrefColumnCount(12);
        check.setId("quizCheck");
        check.setDefaultButton(false);
        reveal.setId("quizReveal");
        feedback.setId("quizFeedback");
        score.setId("quizScore");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, new Label(Messages.get("classroom.quiz.title")), prompt, guess, check, reveal, feedback, spacer, score);
        row.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        setPadding(new Insets(4, 8, 4, 8));
        getChildren().addAll(equation, row);
        visibleProperty().bind(quiz.enabledProperty());
        managedProperty().bind(quiz.enabledProperty());
    }

    private void registerListeners() {
        quiz.questionProperty().addListener(o -> update());
        quiz.askedProperty().addListener(o -> update());
        quiz.enabledProperty().addListener(o -> update());
        guess.setOnAction(e -> answer());
        check.setOnAction(e -> answer());
        reveal.setOnAction(e -> {
            Step asked = quiz.getQuestion();
            quiz.reveal();
            if (asked != null) feedback.setText(Messages.format("classroom.quiz.revealed", resultText(asked)));
            requestFocus();
        });
    }

    private void answer() {
        Step asked = quiz.getQuestion();
        if (asked == null) return;
        String typed = guess.getText();
        QuizModel.Verdict verdict = quiz.guess(typed);
        feedback.setText(switch (verdict) {
            case RIGHT -> Messages.format("classroom.quiz.right", resultText(asked));
            case WRONG -> Messages.format("classroom.quiz.wrong", resultText(asked), typed.strip());
            case NOT_A_NUMBER -> Messages.format("classroom.quiz.notANumber", typed.strip());
        });
        feedback.getStyleClass().removeAll("quiz-right", "quiz-wrong");
        feedback.getStyleClass().add(verdict == QuizModel.Verdict.RIGHT ? "quiz-right" : "quiz-wrong");
        if (verdict != QuizModel.Verdict.NOT_A_NUMBER) requestFocus();
    }

    private static String resultText(Step step) {
        return step.equation().lhs().toText(NumberStyle.LECTURE) + " = " + NumberStyle.LECTURE.format(step.equation().result());
    }

    private void update() {
        Step asked = quiz.getQuestion();
        score.setText(Messages.format("classroom.quiz.score", quiz.rightProperty().get(), quiz.askedProperty().get()));
        boolean open = asked != null;
        guess.setDisable(!open);
        check.setDisable(!open);
        reveal.setDisable(!open);
        if (!open) {
            equation.setImage(null);
            prompt.setText(Messages.get("classroom.quiz.next"));
            return;
        }
        prompt.setText(Messages.format("classroom.quiz.step", asked.index() + 1));
        feedback.setText("");
        guess.clear();
        try {
            equation.setImage(SwingFXUtils.toFXImage(TexImages.render(QuizModel.hiddenLatex(asked.equation(), NumberStyle.LECTURE), 20f), null));
        } catch (RuntimeException e) {
            equation.setImage(null);
            prompt.setText(prompt.getText() + "  " + QuizModel.hiddenText(asked.equation(), NumberStyle.LECTURE));
        }
        guess.requestFocus();
    }
}

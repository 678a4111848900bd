package studio.backprop.app.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import studio.backprop.core.graph.Equation;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;

/**
 * Predict, then reveal. With quiz mode on, stepping forward first asks: the next step's equation is shown
 * with its result hidden and the cursor stays put, so no diagram shows the number. A guess (or Reveal, or
 * stepping forward again) answers it: the cursor then moves on and everything shows the result. The score
 * counts the questions answered with a guess and how many of those were right.
 */
public final class QuizModel {
    /** How a guess was judged. */
    public enum Verdict { RIGHT, WRONG, NOT_A_NUMBER }

    /** Fewest significant digits a guess needs to be judged by its own precision (fewer must match exactly). */
    public static final int MIN_DIGITS = 3;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final StudioModel model;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final ReadOnlyObjectWrapper<Step> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyObjectWrapper<Verdict> lastVerdict = new ReadOnlyObjectWrapper<>(this, "lastVerdict");
    private final ReadOnlyIntegerWrapper asked = new ReadOnlyIntegerWrapper(this, "asked", 0);
    private final ReadOnlyIntegerWrapper right = new ReadOnlyIntegerWrapper(this, "right", 0);
    private boolean moving;

    public QuizModel(StudioModel model) {
        this.model = model;
        enabled.addListener((o, was, is) -> question.set(null));
        model.cursorProperty().addListener(o -> {
            if (!moving) question.set(null);
        });
        model.traceProperty().addListener(o -> question.set(null));
    }

    /** Whether quiz mode is on. */
    public BooleanProperty enabledProperty() { return enabled; }

    /** The step being asked, its result hidden; null when no question is open. */
    public ReadOnlyObjectProperty<Step> questionProperty() { return question.getReadOnlyProperty(); }

    public Step getQuestion() { return question.get(); }

    /** How the last guess was judged (null before the first, and after a reveal without a guess). */
    public ReadOnlyObjectProperty<Verdict> lastVerdictProperty() { return lastVerdict.getReadOnlyProperty(); }

    /** Questions answered with a guess. */
    public ReadOnlyIntegerProperty askedProperty() { return asked.getReadOnlyProperty(); }

    /** Guesses judged right. */
    public ReadOnlyIntegerProperty rightProperty() { return right.getReadOnlyProperty(); }

    // Commands

    /**
     * Stepping forward in quiz mode: asks the next step when no question is open, reveals it when one is.
     *
     * @return whether the quiz took the step (false: quiz mode is off or there is no next step, so step normally)
     */
    public boolean forward() {
        if (!enabled.get()) return false;
        if (question.get() != null) {
            reveal();
            return true;
        }
        int next = model.getCursor() + 1;
        if (next >= model.stepCount()) return false;
        lastVerdict.set(null);
        question.set(model.getTrace().step(next));
        return true;
    }

    /** Judges a guess for the open question, counts it, and reveals the step. */
    public Verdict guess(String text) {
        Step asking = question.get();
        if (asking == null) throw new IllegalStateException("no question is open");
        Verdict verdict = judge(text, asking.equation().result());
        lastVerdict.set(verdict);
        if (verdict == Verdict.NOT_A_NUMBER) return verdict;
        asked.set(asked.get() + 1);
        if (verdict == Verdict.RIGHT) right.set(right.get() + 1);
        advance();
        return verdict;
    }

    /** Shows the open question's result without a guess (not counted). */
    public void reveal() {
        if (question.get() != null) advance();
    }

    /** Starts the score again. */
    public void resetScore() {
        asked.set(0);
        right.set(0);
        lastVerdict.set(null);
    }

    /** The question as text: the equation with its result replaced by "?". */
    public static String hiddenText(Equation equation, NumberStyle style) {
        StringBuilder out = new StringBuilder(equation.lhs().toText(style));
        if (equation.symbolic() != null) out.append(" = ").append(equation.symbolic().toText(style));
        if (equation.substituted() != null) out.append(" = ").append(equation.substituted().toText(style));
        return out.append(" = ?").toString();
    }

    /** The question in LaTeX, its result shown as a box. */
    public static String hiddenLatex(Equation equation, NumberStyle style) {
        StringBuilder out = new StringBuilder(equation.lhs().toLatex(style));
        if (equation.symbolic() != null) out.append(" = ").append(equation.symbolic().toLatex(style));
        if (equation.substituted() != null) out.append(" = ").append(equation.substituted().toLatex(style));
        return out.append(" = \\boxed{?}").toString();
    }

    /**
     * Whether a typed guess is right to the digits shown. Right when it prints as the value does
     * ({@link NumberStyle#LECTURE}), or when it has at least {@link #MIN_DIGITS} significant digits and lies
     * within half a unit of its own last digit from the value (0.593 for 0.593269992). A comma is read as the
     * decimal point and a typographic minus as a minus.
     */
    public static Verdict judge(String text, double value) {
        String typed = text == null ? "" : text.strip().replace('−', '-').replace(',', '.');
        if (!DECIMAL.matcher(typed).matches()) return Verdict.NOT_A_NUMBER;
        BigDecimal guess = new BigDecimal(typed);
        if (NumberStyle.LECTURE.format(guess.doubleValue()).equals(NumberStyle.LECTURE.format(value))) return Verdict.RIGHT;
        int digits = guess.signum() == 0 ? 0 : guess.precision(); // typed trailing zeros count: 0.590 has three
        if (digits < MIN_DIGITS) return Verdict.WRONG;
        BigDecimal halfUnit = guess.ulp().divide(BigDecimal.valueOf(2));
        return guess.subtract(new BigDecimal(value)).abs().compareTo(halfUnit) <= 0 ? Verdict.RIGHT : Verdict.WRONG;
    }

    private void advance() {
        moving = true;
        try {
            model.stepForward();
        } finally {
            moving = false;
        }
        question.set(null);
    }
}

package studio.backprop.app.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Op;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Trace;

class StudioModelTest {
    private static final double TOLERANCE = 1e-12;

    private final StudioModel model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());

    @Test
    void startsWithNothingComputed() {
        assertThat(model.getCursor()).isEqualTo(-1);
        assertThat(model.currentStep()).isEmpty();
        assertThat(model.stepsShown()).isEmpty();
    }

    @Test
    void steppingStaysWithinTheSteps() {
        // given
        int last = model.stepCount() - 1;
        // when / then
        model.stepBack();
        assertThat(model.getCursor()).isEqualTo(-1);
        model.stepForward();
        model.stepForward();
        model.stepForward();
        assertThat(model.getCursor()).isEqualTo(2);
        // the lecture's order: net_h1, net_h2, then out_h1
        assertThat(model.currentStep().orElseThrow().equation().result()).isCloseTo(0.593269992, within(5e-10));
        model.toEnd();
        assertThat(model.getCursor()).isEqualTo(last);
        model.stepForward();
        assertThat(model.getCursor()).isEqualTo(last);
        model.jumpTo(1000);
        assertThat(model.getCursor()).isEqualTo(last);
        model.jumpTo(-7);
        assertThat(model.getCursor()).isEqualTo(-1);
        model.jumpTo(3);
        model.reset();
        assertThat(model.getCursor()).isEqualTo(-1);
    }

    @Test
    void editingAWeightRecomputesAndKeepsTheCursor() {
        // given
        model.jumpTo(5);
        Trace before = model.getTrace();
        // when
        EditResult result = model.edit("w5", "0.5");
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(model.getCursor()).isEqualTo(5);
        assertThat(model.editableValue("w5").getAsDouble()).isEqualTo(0.5);
        double expected = 0.5 * before.value("out_h1") + 0.45 * before.value("out_h2") + 0.6;
        assertThat(model.getTrace().value("net_o1")).isCloseTo(expected, within(TOLERANCE));
        assertThat(model.getTrace().value("out_o1")).isCloseTo(Op.sigmoid(expected), within(TOLERANCE));
        assertThat(model.getErrorMessage()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "   ", "NaN", "Infinity", "-Infinity", "1e13", "-2e12", "0x10", "1,5", "4d"})
    void invalidTextKeepsTheOldValueWithAMessage(String text) {
        // given
        model.jumpTo(4);
        Trace before = model.getTrace();
        // when
        EditResult result = model.edit("w5", text);
        // then
        assertThat(result.accepted()).isFalse();
        assertThat(result.message()).startsWith("w5").contains("old value stays");
        assertThat(model.getErrorMessage()).isEqualTo(result.message());
        assertThat(model.editableValue("w5").getAsDouble()).isEqualTo(0.4);
        assertThat(model.getTrace()).isSameAs(before);
        assertThat(model.getCursor()).isEqualTo(4);
    }

    @Test
    void acceptsSignsExponentsAndTheUnicodeMinus() {
        assertThat(model.edit("w1", " -1.5e-3 ").value()).isEqualTo(-1.5e-3);
        assertThat(model.edit("w2", "−0.25").value()).isEqualTo(-0.25);
        assertThat(model.edit("w3", "+.5").value()).isEqualTo(0.5);
        assertThat(model.edit("w4", "1e12").value()).isEqualTo(1e12);
    }

    @Test
    void computedNodesAreNotEditable() {
        EditResult result = model.edit("net_h1", "1");

        assertThat(result.accepted()).isFalse();
        assertThat(result.message()).contains("net_h1").contains("computed");
    }

    @Test
    void aRefusedLearningRateKeepsTheOldOneAndSaysWhy() {
        EditResult result = model.edit("η", "0");

        assertThat(result.accepted()).isFalse();
        assertThat(result.message()).isEqualTo("η: the learning rate must be positive, not 0.0");
        assertThat(((NetworkDocument) model.getDocument()).network().learningRate()).isEqualTo(0.5);
    }

    @Test
    void inputsTargetsAndBiasesAreEditable() {
        assertThat(model.edit("i1", "0.1").accepted()).isTrue();
        assertThat(model.edit("target_o2", "0.5").accepted()).isTrue();
        assertThat(model.edit("b1", "0.3").accepted()).isTrue();

        Trace trace = model.getTrace();
        assertThat(trace.value("net_h1")).isCloseTo(0.15 * 0.1 + 0.2 * 0.1 + 0.3, within(TOLERANCE));
        assertThat(trace.value("net_h2")).isCloseTo(0.25 * 0.1 + 0.3 * 0.1 + 0.3, within(TOLERANCE));
        double out = trace.value("out_o2");
        assertThat(trace.value("E_o2")).isCloseTo(0.5 * (0.5 - out) * (0.5 - out), within(TOLERANCE));
    }

    @Test
    void nudgeAddsToTheGivenValue() {
        assertThat(model.nudge("w6", 0.01).accepted()).isTrue();
        assertThat(model.editableValue("w6").getAsDouble()).isCloseTo(0.46, within(TOLERANCE));
        assertThat(model.nudge("out_o1", 0.01).accepted()).isFalse();
    }

    @Test
    void anExpressionIsShownAndItsErrorsReported() {
        // when
        EditResult bad = model.openExpression("(x+");
        // then
        assertThat(bad.accepted()).isFalse();
        assertThat(bad.message()).isEqualTo("column 4: expected a number, a name or '(' but the input ended");
        assertThat(model.getDocument()).isInstanceOf(NetworkDocument.class);

        // when
        model.jumpTo(30);
        EditResult good = model.openExpression(TestDocuments.EXPRESSION);
        // then
        assertThat(good.accepted()).isTrue();
        assertThat(model.getDocument()).isInstanceOf(ExpressionDocument.class);
        assertThat(model.getCursor()).as("a new expression opens at its given values").isEqualTo(-1);
        assertThat(model.getTrace().gradient("x")).isEqualTo(-4);
        assertThat(model.getErrorMessage()).isEmpty();
    }

    @Test
    void selectionAcceptsNodesAndGivenNumbersOnly() {
        model.select("out_h1");
        assertThat(model.getSelection()).isEqualTo("out_h1");
        model.select("η");
        assertThat(model.getSelection()).isEqualTo("η");
        model.select("nonsense");
        assertThat(model.getSelection()).isNull();
    }

    @Test
    void theLecturePassHasForwardThenBackwardSteps() {
        model.toEnd();
        assertThat(model.stepsShown()).extracting(s -> s.phase()).startsWith(Phase.FORWARD).contains(Phase.ERROR, Phase.BACKWARD).endsWith(Phase.UPDATE);
        assertThat(model.getTrace().gradient("w5")).isCloseTo(0.082167041, within(5e-10));
    }

    @Test
    void anExpressionsVariablesCanBeSetAndKeepTheirValues() {
        // given
        model.openExpression(TestDocuments.EXPRESSION);
        assertThat(model.editableValue("x").getAsDouble()).isEqualTo(-2);
        // when
        EditResult result = model.edit("x", "1");
        // then: f = (1 + 5)·(−4)
        assertThat(result.accepted()).isTrue();
        assertThat(model.getTrace().outputValue()).isEqualTo(-24);
        assertThat(model.getTrace().gradient("z")).isEqualTo(6);
        assertThat(model.isEditable("q")).isFalse();
        // when: the same expression typed again keeps x
        model.openExpression("( x + y ) * z");
        assertThat(model.getTrace().outputValue()).isEqualTo(-24);
    }
}

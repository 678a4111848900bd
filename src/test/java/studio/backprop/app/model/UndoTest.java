package studio.backprop.app.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;

/** Undo and redo of every kind of change, and the unsaved-changes mark, on the model without a window. */
class UndoTest {
    private static final double TOLERANCE = 1e-12;

    private final NetworkDocument lecture = TestDocuments.lecture();
    private final StudioModel model = new StudioModel(TestDocuments.compute(), lecture);

    private double value(String name) {
        return model.editableValue(name).getAsDouble();
    }

    @Test
    void aFreshModelHasNothingToUndoAndIsUnmodified() {
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isFalse();
        assertThat(model.isModified()).isFalse();
        model.undo();
        model.redo();
        assertThat(model.getDocument()).isSameAs(lecture);
    }

    @Test
    void valuesUndoAndRedoOneEditAtATimeKeepingTheCursor() {
        // given
        model.jumpTo(6);
        double netO1 = model.getTrace().value("net_o1");
        model.edit("w5", "0.5");
        model.edit("i1", "0.1");
        model.edit("η", "0.25");
        assertThat(model.undoReasonProperty().get()).isEqualTo("η = 0.25");
        // when
        model.undo();
        // then
        assertThat(value("η")).isEqualTo(0.5);
        assertThat(value("i1")).isEqualTo(0.1);
        model.undo();
        assertThat(value("i1")).isEqualTo(0.05);
        assertThat(model.undoReasonProperty().get()).isEqualTo("w5 = 0.5");
        model.undo();
        assertThat(value("w5")).isEqualTo(0.4);
        assertThat(model.getTrace().value("net_o1")).isCloseTo(netO1, within(TOLERANCE));
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.getCursor()).isEqualTo(6);
        assertThat(model.isModified()).as("back at the opened document").isFalse();
        // when: redo twice
        model.redo();
        model.redo();
        assertThat(value("w5")).isEqualTo(0.5);
        assertThat(value("i1")).isEqualTo(0.1);
        assertThat(model.redoReasonProperty().get()).isEqualTo("η = 0.25");
        assertThat(model.isModified()).isTrue();
        // a new edit forgets what could be redone
        model.edit("b1", "0.3");
        assertThat(model.canRedoProperty().get()).isFalse();
    }

    @Test
    void rejectedEditsAreNotUndoSteps() {
        model.edit("w5", "abc");
        model.edit("η", "-1");
        model.edit("w5", "1e13");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.isModified()).isFalse();
    }

    @Test
    void scrollNudgesOfOneValueUndoAsOneStep() {
        for (int i = 0; i < 10; i++) model.nudge("w5", 0.01);
        model.edit("w6", "0.2");
        model.nudge("w5", 0.01);
        assertThat(value("w5")).isCloseTo(0.51, within(TOLERANCE));
        model.undo();
        assertThat(value("w5")).isCloseTo(0.5, within(TOLERANCE));
        model.undo();
        assertThat(value("w6")).isEqualTo(0.45);
        model.undo();
        assertThat(value("w5")).isEqualTo(0.4);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void structureAndExpressionChangesUndoToTheWholeEarlierDocument() {
        // given: the xor network, then an expression
        model.open(Presets.load("xor").document());
        model.openExpression("(x+y)*z");
        model.edit("x", "3");
        // when / then
        model.undo();
        assertThat(((ExpressionDocument) model.getDocument()).values().get("x")).isEqualTo(-2.0);
        model.undo();
        assertThat(((NetworkDocument) model.getDocument()).name()).isEqualTo("xor");
        model.undo();
        assertThat(model.getDocument()).isSameAs(lecture);
        assertThat(model.getTrace().outputValue()).isCloseTo(0.298371109, within(5e-10));
    }

    @Test
    void aTrainingRunUndoesAsOneStep() {
        // given: a "run" that changed every weight
        NetworkDocument trained = (NetworkDocument) DocumentEdits.set(DocumentEdits.set(lecture, "w1", 0.2), "w8", 0.6);
        // when
        EditResult result = model.replaceDocument(trained, "training 100 epochs");
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(model.undoReasonProperty().get()).isEqualTo("training 100 epochs");
        model.undo();
        assertThat(model.getDocument()).isSameAs(lecture);
        model.redo();
        assertThat(model.getDocument()).isSameAs(trained);
    }

    @Test
    void loadingAFileForgetsTheHistoryAndSavingClearsTheMark() {
        model.edit("w5", "0.5");
        model.load(Presets.load("xor").document());
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.isModified()).isFalse();
        model.edit("η", "0.1");
        assertThat(model.isModified()).isTrue();
        model.markSaved(model.getDocument());
        assertThat(model.isModified()).isFalse();
        model.undo();
        assertThat(model.isModified()).as("the saved file still has η = 0.1").isTrue();
        model.load(lecture, true);
        assertThat(model.isModified()).as("a recovered document is not saved yet").isTrue();
    }

    @Test
    void theHistoryIsBounded() {
        for (int i = 1; i <= StudioModel.UNDO_LIMIT + 20; i++) model.edit("w5", Integer.toString(i));
        int undone = 0;
        while (model.canUndoProperty().get()) {
            model.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(StudioModel.UNDO_LIMIT);
        assertThat(value("w5")).isEqualTo(20.0);
    }

    @Test
    void aHistoryNeedsRoomForOneStep() {
        assertThatThrownBy(() -> new UndoHistory(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }
}

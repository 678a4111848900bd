package studio.backprop.app.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.io.Presets;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.Notation;

/** The Matrix workspace's state and commands, without a window: one cursor for the matrix and scalar forms. */
class MatrixModelTest {
    private final StudioModel studio = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
    private final MatrixModel matrix = new MatrixModel(studio);

    @Test
    void showingAMatrixStepMovesTheScalarCursorAndBack() {
        // given: the lecture network's eleven matrix steps, the first shown
        assertThat(matrix.getSteps()).hasSize(11);
        assertThat(matrix.getShown()).isZero();
        // when
        matrix.move(1);
        // then
        assertThat(matrix.getShown()).isEqualTo(1);
        assertThat(studio.getCursor()).isEqualTo(matrix.getSteps().get(1).lastCovered());
        // when: the scalar cursor moves into the backward pass
        studio.jumpTo(matrix.getSteps().get(6).covers().get(0));
        // then
        assertThat(matrix.getShown()).isEqualTo(6);
    }

    @Test
    void anExpressionHasNoMatrixFormAndABadL2TermIsRefused() {
        matrix.setL2("-1");
        assertThat(matrix.messageProperty().get()).contains("-1");

        studio.open(Presets.load("simple").document());

        assertThat(matrix.getSteps()).isEmpty();
        assertThat(matrix.getShown()).isEqualTo(-1);
        assertThat(matrix.networkProperty().get()).isNull();
        assertThat(matrix.messageProperty().get()).contains("needs a network");
    }

    @Test
    void whileHiddenItDoesNoWorkAndCatchesUpWhenShown() {
        // given
        matrix.activeProperty().set(false);
        List<MatrixStep> before = matrix.getSteps();
        // when: the notation and the document change while the tab is hidden
        matrix.notationProperty().set(Notation.LECTURE);
        studio.open(Presets.load("welch").document());
        // then: nothing was recomputed
        assertThat(matrix.getSteps()).isSameAs(before);
        // when: shown again
        matrix.activeProperty().set(true);
        // then: the welch data's three rows in the lecture's names, as a model made now shows them
        MatrixModel fresh = new MatrixModel(studio);
        fresh.notationProperty().set(Notation.LECTURE);
        assertThat(matrix.getSteps().get(0).grids().get(0).matrix().rows()).isEqualTo(3);
        assertThat(labels(matrix.getSteps())).isEqualTo(labels(fresh.getSteps())).isNotEqualTo(labels(before));
    }

    private static List<String> labels(List<MatrixStep> steps) {
        return steps.stream().map(MatrixStep::label).toList();
    }

    @Test
    void clickingASelectedEntryAgainClearsTheSelection() {
        matrix.toggleSelection("w3");
        assertThat(studio.getSelection()).isEqualTo("w3");
        matrix.toggleSelection("w3");
        assertThat(studio.getSelection()).isNull();
    }
}

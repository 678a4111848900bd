package studio.backprop.app.matrix;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Presets;
import studio.backprop.core.matrix.MatrixPass;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.MatrixSteps;
import studio.backprop.core.matrix.Notation;
import studio.backprop.rendering.TexImages;

/** Every LaTeX piece between the matrices typesets on its own, and every whole equation too. */
class TexPiecesTest {
    @Test
    void everyPieceAndEquationOfEveryPresetTypesets() {
        for (String preset : List.of("mazur", "xor", "welch", "deep-sigmoid", "digits")) {
            NetworkDocument doc = (NetworkDocument) Presets.load(preset).document();
            MatrixPass pass = MatrixPass.compute(doc.network(), doc.data().train().subList(0, 1), MatrixPass.Reduction.SUM, 0.01);
            for (Notation notation : Notation.values()) {
                for (MatrixStep step : MatrixSteps.of(pass, notation)) {
                    for (MatrixStep.Piece piece : step.equation()) {
                        if (piece instanceof MatrixStep.Tex tex) {
                            String source = "{}" + tex.latex() + "{}";
                            assertThatCode(() -> TexImages.render(source, 12f)).as(preset + " " + step.label() + ": " + source)
                                    .doesNotThrowAnyException();
                        }
                    }
                    assertThatCode(() -> TexImages.render(step.toLatex(NumberStyle.LECTURE, 6), 12f))
                            .as(step.label()).doesNotThrowAnyException();
                }
            }
        }
    }
}

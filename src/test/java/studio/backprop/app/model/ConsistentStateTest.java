package studio.backprop.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;

/**
 * Whatever changes the document, every listener of every property sees one consistent state: the
 * document, its trace and a cursor inside that trace. (A cursor past the end of a new, shorter trace
 * threw ArrayIndexOutOfBoundsException from the toolbar and the equation panel.)
 */
class ConsistentStateTest {
    /** A document past the background-tracing size is traced off the FX thread and delivered onto it. */
    @BeforeAll
    static void toolkit() {
        FxTestToolkit.start();
    }

    private final StudioModel model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
    private final List<String> seen = new ArrayList<>();

    /** Listens to every property and checks the whole state each time one fires. */
    private void watch() {
        Consumer<Observable> check = property -> {
            int cursor = model.getCursor();
            int steps = model.stepCount();
            if (cursor < -1 || cursor >= steps) seen.add(name(property) + ": cursor " + cursor + " of " + steps);
            if (!matches(model.getDocument(), model)) seen.add(name(property) + ": document and trace differ");
            if (model.getReveal() == null || model.getReveal() != model.revealProperty().get()) seen.add(name(property) + ": reveal");
            model.currentStep(); // throws on a torn state
            model.stepsShown();
        };
        for (Observable property : List.of(model.documentProperty(), model.traceProperty(), model.revealProperty(),
                model.cursorProperty(), model.selectionProperty())) {
            property.addListener(o -> check.accept(property));
        }
    }

    private static String name(Observable property) {
        return ((ReadOnlyProperty<?>) property).getName();
    }

    /** Whether the trace is the one of the document (an expression's graph, or a network's). */
    private static boolean matches(Document document, StudioModel model) {
        boolean networkTrace = model.getTrace().graph().find("E_total").isPresent()
                || model.getTrace().graph().find("net_o1").isPresent();
        return document instanceof NetworkDocument == networkTrace;
    }

    @Test
    void anExpressionTypedAtALateStepSeesAClampedCursor() {
        // given: step 30 of the lecture pass
        watch();
        model.jumpTo(29);
        // when
        EditResult result = model.openExpression(TestDocuments.EXPRESSION);
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(seen).isEmpty();
        assertThat(model.getCursor()).as("a new expression opens at its given values").isEqualTo(-1);
    }

    @Test
    void theLectureLoadedAtTheLastStepOfALongerPassKeepsTheCursorInside() {
        // given: the last step of a longer pass
        model.load(Presets.load("digits").document());
        model.toEnd();
        watch();
        // when
        model.open(TestDocuments.lecture());
        // then
        assertThat(seen).isEmpty();
        assertThat(model.getCursor()).isEqualTo(model.stepCount() - 1);
    }

    @Test
    void undoAndRedoAcrossDocumentsOfDifferentLengthStayConsistent() {
        // given: an expression after the end of the lecture pass
        model.toEnd();
        watch();
        model.openExpression(TestDocuments.EXPRESSION);
        model.toEnd();
        // when
        model.undo();
        model.toEnd();
        model.redo();
        model.load(Presets.load("digits").document());
        model.toEnd();
        model.load(new ExpressionDocument("x", Map.of("x", 1.0)));
        // then
        assertThat(seen).isEmpty();
        assertThat(model.getCursor()).isBetween(-1, model.stepCount() - 1);
    }
}

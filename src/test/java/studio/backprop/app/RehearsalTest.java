package studio.backprop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.app.Fx.done;
import static studio.backprop.app.Fx.fx;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;

/**
 * The start's rehearsal of the first steps: it steps a copy of its own, never the window, and gives way as soon as
 * the lecturer steps.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RehearsalTest {
    private StudioModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        scene = StudioApp.createScene(model, TestDocuments.lecture(), 1000, 700);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void rehearsesTheStepsAskedForOnACopyAndLeavesTheWindowWhereItWas() throws Exception {
        // given
        Document shown = fx(() -> model.getDocument());
        // when
        int rehearsed = done(() -> Rehearsal.start(TestDocuments.lecture(), scene, 4, model.cursorProperty()));
        // then
        assertThat(rehearsed).isEqualTo(4);
        fx(() -> {
            assertThat(model.getCursor()).isEqualTo(-1);
            assertThat(model.getDocument()).isSameAs(shown);
            assertThat(model.isModified()).isFalse();
            assertThat(model.getErrorMessage()).isEmpty();
        });
    }

    @Test
    void endsWithoutRehearsingOnceTheWindowSteps() throws Exception {
        // when: the lecturer steps before the rehearsal's next turn
        int rehearsed = done(() -> {
            var rehearsal = Rehearsal.start(TestDocuments.lecture(), scene, 8, model.cursorProperty());
            model.stepForward();
            return rehearsal;
        });
        // then
        assertThat(rehearsed).isZero();
        assertThat(fx(() -> model.getCursor())).isZero();
    }

    @Test
    void theStartRehearsesNothingWhenTheLecturerSteppedWhileTheEquationsWereTypeset() throws Exception {
        // given
        CompletableFuture<LatestWins.Outcome> typeset = new CompletableFuture<>();
        CompletableFuture<Integer> rehearsed = new CompletableFuture<>();
        // when: a step before the typesetter's warm-up (which runs in the background) is done
        fx(() -> {
            StudioApp.warmUp(model, TestDocuments.lecture(), scene, typeset, rehearsed);
            model.stepForward();
        });
        // then
        assertThat(rehearsed.get(120, TimeUnit.SECONDS)).isZero();
        assertThat(typeset.isDone()).isTrue();
    }

    @Test
    void aDocumentTheCopyCannotComputeEndsTheRehearsalQuietly() throws Exception {
        // given: an expression that does not parse
        Document broken = new ExpressionDocument("(x+", Map.of());
        // when
        int rehearsed = done(() -> Rehearsal.start(broken, scene, 4, model.cursorProperty()));
        // then
        assertThat(rehearsed).isZero();
        assertThat(fx(() -> model.getErrorMessage())).isEmpty();
    }
}

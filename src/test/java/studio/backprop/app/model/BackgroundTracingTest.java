package studio.backprop.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;

/**
 * A large document (the digits network, 1,482 weights and biases) is traced off the JavaFX thread: the
 * command returns before its trace exists, the change lands later, and changes made meanwhile build on it,
 * so none is lost and undo walks them back one by one.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BackgroundTracingTest {
    private final StudioModel model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());

    @Start
    void start(Stage stage) {
        // the toolkit only: the model hands its background results to the JavaFX thread
    }

    @Test
    void aLargeDocumentIsTracedInTheBackgroundAndQuickEditsAllLand(FxRobot robot) throws Exception {
        NetworkDocument digits = (NetworkDocument) Presets.load("digits").document();
        assertThat(digits.network().parameterCount()).isGreaterThan(StudioModel.BACKGROUND_PARAMETERS);
        List<String> names = DocumentEdits.names(digits).stream().filter(n -> n.startsWith("w")).limit(2).toList();

        // when: loaded, then two edits at once, all on the JavaFX thread before any trace is back
        Document[] shownWhenLoadReturned = new Document[1];
        robot.interact(() -> {
            assertThat(model.load(digits).accepted()).isTrue();
            shownWhenLoadReturned[0] = model.getDocument();
            assertThat(model.edit(names.get(0), "0.25").accepted()).isTrue();
            assertThat(model.edit(names.get(1), "-0.5").accepted()).isTrue();
        });
        settle(robot);

        // then: the load returned before the trace was computed; in the end both edits show, with their trace
        assertThat(shownWhenLoadReturned[0]).isEqualTo(TestDocuments.lecture());
        assertThat(model.editableValue(names.get(0)).getAsDouble()).isEqualTo(0.25);
        assertThat(model.editableValue(names.get(1)).getAsDouble()).isEqualTo(-0.5);
        assertThat(model.stepCount()).isEqualTo(TestDocuments.compute().compute(model.getDocument()).steps().size())
                .isGreaterThan(1000);
        assertThat(model.tracingProperty().get()).isFalse();

        // when: undo twice, quickly
        robot.interact(() -> {
            model.undo();
            model.undo();
        });
        settle(robot);

        // then: back to the loaded digits network, and nothing more to undo (a load starts the history afresh)
        assertThat(model.getDocument()).isEqualTo(digits);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.canRedoProperty().get()).isTrue();
        assertThat(model.isModified()).isFalse();
    }

    private void settle(FxRobot robot) throws Exception {
        CompletableFuture<CompletableFuture<Void>> settled = new CompletableFuture<>();
        robot.interact(() -> settled.complete(model.settled()));
        settled.get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
    }
}

package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.Studio;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.training.TrainingModel;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;

/**
 * Replacing unsaved work asks first on every path, including a workspace's "show in Pass" at the end of a
 * training run, which goes through the model's replace guard without knowing about the document controller.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReplaceGuardTest {
    private String previousConfigDir;
    @TempDir
    Path dir;
    private StudioModel model;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio studio = Studio.assemble(model, TestDocuments.lecture(), 1180, 700);
        studio.documents().setDialogs(dialogs);
        stage.setScene(studio.scene());
        stage.show();
    }

    @AfterEach
    void forgetTheFolder() {
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir);
    }

    @Test
    void trainingsShowInPassAsksAboutUnsavedWorkAndCancelKeepsIt(FxRobot robot) throws Exception {
        // given: unsaved work in the pass, and the training workspace
        robot.interact(() -> model.edit("w5", "0.45"));
        Document work = model.getDocument();
        assertThat(model.isModified()).isTrue();
        TrainingModel[] training = new TrainingModel[1];
        robot.interact(() -> training[0] = new TrainingModel(model));

        // when: a run of one iteration ends (training shows its network in the pass), and the lecturer cancels
        dialogs.choices.push(DocumentDialogs.Choice.CANCEL);
        robot.interact(() -> training[0].stepOnce());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.asked.isEmpty() && !training[0].isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        // then: asked once, the work is still there
        assertThat(dialogs.asked).hasSize(1);
        assertThat(model.getDocument()).isSameAs(work);
        assertThat(model.isModified()).isTrue();

        // when: the next run ends and the lecturer discards
        dialogs.choices.push(DocumentDialogs.Choice.DISCARD);
        robot.interact(() -> training[0].stepOnce());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.asked.size() == 2 && !training[0].isRunning());
        model.settled().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the trained network is shown, as one undoable step
        assertThat(((NetworkDocument) model.getDocument()).network()).isEqualTo(training[0].getNetwork());
        assertThat(model.canUndoProperty().get()).isTrue();
    }

    @Test
    void aReplacementOfTheWorkspacesOwnOutputDoesNotAskAgain(FxRobot robot) throws Exception {
        // given: a workspace's network is shown (nothing unsaved before it)
        NetworkDocument first = ((NetworkDocument) TestDocuments.lecture()).withNetwork(
                ((NetworkDocument) TestDocuments.lecture()).network().withWeight(1, 0, 0, 0.3));
        EditResult shown = replace(robot, first);
        assertThat(shown.accepted()).isTrue();
        assertThat(dialogs.asked).isEmpty();

        // when: the same workspace shows its next network
        EditResult next = replace(robot, first.withNetwork(first.network().withWeight(1, 0, 0, 0.2)));

        // then: no question, it is replaced (the first one stays in the undo history)
        assertThat(next.accepted()).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(((NetworkDocument) model.getDocument()).network().weight(1, 0, 0)).isEqualTo(0.2);

        // when: the lecturer edits it, then the workspace replaces it again and the lecturer cancels
        robot.interact(() -> model.edit("w5", "0.45"));
        Document edited = model.getDocument();
        dialogs.choices.push(DocumentDialogs.Choice.CANCEL);
        EditResult refused = replace(robot, first);

        // then: asked, and the edit is kept
        assertThat(dialogs.asked).hasSize(1);
        assertThat(refused.accepted()).isFalse();
        assertThat(model.getDocument()).isSameAs(edited);
    }

    private EditResult replace(FxRobot robot, Document document) throws Exception {
        CompletableFuture<CompletableFuture<EditResult>> started = new CompletableFuture<>();
        robot.interact(() -> started.complete(model.replaceDocumentInBackground(document, "test")));
        EditResult verdict = started.get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return verdict;
    }
}

package studio.backprop.app.controller;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;
import studio.backprop.app.Studio;
import studio.backprop.app.TestDocuments;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.SessionFiles;

/** Save, open, New, the unsaved mark, asking before discarding, autosave and hostile files, in the window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DocumentWindowTest {
    /** The settings folder before this test: the suite's own (pom), restored after. */
    private String previousConfigDir;
    @TempDir
    Path dir;

    private StudioModel model;
    private DocumentController documents;
    private Stage stage;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        previousConfigDir = System.setProperty(StudioDirs.CONFIG_DIR, dir.resolve("config").toString());
        model = new StudioModel(TestDocuments.compute(), TestDocuments.lecture());
        Studio studio = Studio.assemble(model, TestDocuments.lecture(), 1280, 760);
        Scene scene = studio.scene();
        documents = studio.documents();
        documents.setDialogs(dialogs);
        stage.setScene(scene);
        stage.titleProperty().bind(documents.titleProperty());
        stage.show();
    }

    @AfterEach
    void forgetTheFolder() {
        if (previousConfigDir == null) System.clearProperty(StudioDirs.CONFIG_DIR);
        else System.setProperty(StudioDirs.CONFIG_DIR, previousConfigDir); // the suite's own folder, never the user's
    }

    /** Runs a command on the JavaFX thread and waits for its background work. */
    private <T> T run(FxRobot robot, Supplier<CompletableFuture<T>> command) throws Exception {
        CompletableFuture<CompletableFuture<T>> started = new CompletableFuture<>();
        robot.interact(() -> started.complete(command.get()));
        T result = started.get(10, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private double w5() {
        return model.editableValue("w5").getAsDouble();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#errorLabel").queryAs(Label.class).getText();
    }

    @Test
    void saveAsThenOpenBringsTheWorkBackAndTheTitleShowsUnsavedChanges(FxRobot robot) throws Exception {
        // given
        assertThat(stage.getTitle()).isEqualTo("mazur (not saved) — Backprop Studio");
        robot.interact(() -> model.edit("w5", "0.5"));
        assertThat(stage.getTitle()).isEqualTo("mazur (not saved) • — Backprop Studio");
        // when: Save with no file asks where; the name gets .json
        dialogs.files.add(dir.resolve("lecture"));
        assertThat(run(robot, documents::save)).isTrue();
        // then
        Path saved = dir.resolve("lecture.json");
        assertThat(SessionFiles.read(saved).document()).isEqualTo(model.getDocument());
        assertThat(SessionFiles.read(saved).description()).as("kept from the preset").isEqualTo(Presets.description("mazur"));
        assertThat(SessionFiles.read(saved).training()).isEqualTo(Presets.load("mazur").training());
        assertThat(stage.getTitle()).isEqualTo("lecture.json — Backprop Studio");
        assertThat(documents.recentFiles()).containsExactly(saved);
        // when: more changes, then open the saved file and do not save
        robot.interact(() -> model.edit("w5", "0.7"));
        assertThat(stage.getTitle()).isEqualTo("lecture.json • — Backprop Studio");
        dialogs.choices.add(DocumentDialogs.Choice.DISCARD);
        assertThat(run(robot, () -> documents.open(saved))).isTrue();
        // then
        assertThat(dialogs.asked).containsExactly("lecture.json");
        assertThat(w5()).isEqualTo(0.5);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("lecture.json — Backprop Studio");
    }

    @Test
    void cancelKeepsTheWorkAndSaveSavesItBeforeNew(FxRobot robot) throws Exception {
        // given
        robot.interact(() -> model.edit("w5", "0.5"));
        // when: cancel
        dialogs.choices.add(DocumentDialogs.Choice.CANCEL);
        assertThat(run(robot, () -> documents.newFromPreset("xor"))).isFalse();
        assertThat(w5()).isEqualTo(0.5);
        // when: save, then the new document
        dialogs.choices.add(DocumentDialogs.Choice.SAVE);
        dialogs.files.add(dir.resolve("kept.json"));
        assertThat(run(robot, () -> documents.newFromPreset("xor"))).isTrue();
        // then
        assertThat(((NetworkDocument) model.getDocument()).name()).isEqualTo("xor");
        assertThat(model.isModified()).isFalse();
        assertThat(SessionFiles.read(dir.resolve("kept.json")).document()).isEqualTo(
                DocumentEdits.set(Presets.load("mazur").document(), "w5", 0.5));
    }

    @Test
    void theNewMenuListsThePresetsWithTheirDescriptions(FxRobot robot) {
        // given
        Menu file = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0);
        Menu presets = (Menu) file.getItems().stream().filter(i -> "newMenu".equals(i.getId())).findFirst().orElseThrow();
        // then
        assertThat(presets.getItems()).extracting(MenuItem::getText).hasSize(Presets.names().size())
                .allSatisfy(text -> assertThat(text).matches("[a-z-]+ — .{10,}"));
        assertThat(presets.getItems().get(Presets.names().indexOf("xor")).getText()).startsWith("xor — ");
        // when
        robot.clickOn("File").moveTo("New");
        robot.interact(() -> presets.getItems().get(Presets.names().indexOf("xor")).fire());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((NetworkDocument) model.getDocument()).name()).isEqualTo("xor");
        assertThat(stage.getTitle()).isEqualTo("xor (not saved) — Backprop Studio");
    }

    @Test
    void closingTheWindowAsksAndACleanExitDeletesTheRecoveryFile(FxRobot robot) throws Exception {
        // given: attached to the window, with work autosaved
        dialogs.restore = false;
        robot.interact(() -> documents.attach(stage));
        robot.interact(() -> model.edit("w5", "0.5"));
        assertThat(run(robot, documents::autosaveNow)).isTrue();
        assertThat(documents.recovery().file()).exists();
        // when: close, cancel
        dialogs.choices.add(DocumentDialogs.Choice.CANCEL);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        // then
        assertThat(stage.isShowing()).isTrue();
        // when: close, do not save
        dialogs.choices.add(DocumentDialogs.Choice.DISCARD);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        // then
        assertThat(stage.isShowing()).isFalse();
        assertThat(documents.recovery().file()).doesNotExist();
        assertThat(dialogs.asked).hasSize(2);
    }

    @Test
    void autosavedWorkIsOfferedAndRestoredAsUnsaved(FxRobot robot) throws Exception {
        // given: a recovery file left by a crash
        robot.interact(() -> model.edit("w5", "0.5"));
        assertThat(run(robot, documents::autosaveNow)).isTrue();
        assertThat(run(robot, documents::autosaveNow)).as("nothing new to autosave").isFalse();
        robot.interact(() -> model.load(TestDocuments.lecture()));
        // when
        boolean restored = run(robot, documents::offerRecovery);
        // then
        assertThat(restored).isTrue();
        assertThat(dialogs.recoveries).containsExactly("mazur");
        assertThat(w5()).isEqualTo(0.5);
        assertThat(model.isModified()).isTrue();
    }

    @Test
    void undoAndRedoByKeysAndMenu(FxRobot robot) {
        // given
        assertThat(robot.lookup("Edit").tryQuery()).isPresent();
        robot.interact(() -> model.edit("w5", "0.5"));
        robot.clickOn("#networkView");
        // when / then
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(w5()).isEqualTo(0.4);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(w5()).isEqualTo(0.5);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(w5()).isEqualTo(0.5);
        robot.clickOn("Edit").clickOn("Undo w5 = 0.5");
        assertThat(w5()).isEqualTo(0.4);
        // a text field keeps Ctrl+Z for its own text
        robot.interact(() -> model.edit("w5", "0.6"));
        robot.clickOn("#expressionField").write("x+");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(w5()).isEqualTo(0.6);
    }

    // ---- hostile files: a clear message naming the file and the problem, the window unchanged

    private void refused(FxRobot robot, Path file, String problem) throws Exception {
        var before = model.getDocument();
        assertThat(run(robot, () -> documents.open(file))).isFalse();
        assertThat(model.getDocument()).isSameAs(before);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Could not open " + file.getFileName() + ": ").contains(problem)
                .doesNotContain("Exception").doesNotContain("\n");
        assertThat(status(robot)).isEqualTo(dialogs.errors.get(0));
        dialogs.errors.clear();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void malformedTruncatedAndWrongShapedFilesSayWhatIsWrong(FxRobot robot) throws Exception {
        String mazur = SessionFiles.write(Presets.load("mazur"));
        refused(robot, write("malformed.json", mazur.replaceFirst(",", ",,")), "line");
        refused(robot, write("truncated.json", mazur.substring(0, mazur.length() / 2)), "truncated");
        refused(robot, write("shape.json", mazur.replaceFirst("\\[\\s*0\\.15,\\s*0\\.2\\s*]", "[0.15]")), "weights");
        refused(robot, dir.resolve("missing.json"), "file not found");
    }

    @Test
    void binaryHugeAndDeeplyNestedFilesAreRefusedWithoutFreezing(FxRobot robot) throws Exception {
        Path binary = Files.write(dir.resolve("image.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        refused(robot, binary, "NUL");
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024);
        }
        refused(robot, huge, "more than the limit of 20");
        refused(robot, write("nested.json", "[".repeat(100_000) + "]".repeat(100_000)), "nest");
    }

    @Test
    void aFileNearTheLimitIsReadOffTheWindowsThread(FxRobot robot) throws Exception {
        // given: 19 MB of numbers in a JSON list
        StringBuilder text = new StringBuilder(20_000_000).append("{\"pad\": [");
        while (text.length() < 19_000_000) text.append("0.123456789,");
        Path big = write("big.json", text.append("0]}").toString());
        // when
        CompletableFuture<CompletableFuture<Boolean>> started = new CompletableFuture<>();
        boolean[] pendingWhenOpenReturned = new boolean[1];
        robot.interact(() -> {
            CompletableFuture<Boolean> reading = documents.open(big);
            // read on the JavaFX thread, the result would be there when open returns; read elsewhere, it
            // cannot be, since its answer is handed back to this very thread
            pendingWhenOpenReturned[0] = !reading.isDone();
            started.complete(reading);
        });
        // then: the window's thread was free while the file is read
        assertThat(pendingWhenOpenReturned[0]).as("open returned before the file was read").isTrue();
        assertThat(started.get().get(30, TimeUnit.SECONDS)).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Could not open big.json: ");
    }
}

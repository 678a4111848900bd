package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionException;

/** The recovery file's logic without a window: write, find after a "crash", delete after a clean exit. */
class RecoveryTest {
    @TempDir
    Path dir;

    private Session edited() {
        Session mazur = Presets.load("mazur");
        return new Session(DocumentEdits.set(mazur.document(), "w5", 0.5), mazur.name(), mazur.description(), mazur.training());
    }

    @Test
    void nothingToRecoverWithoutAFile() {
        assertThat(new Recovery(dir.resolve("not-yet")).find()).isEmpty();
    }

    @Test
    void workSavedBeforeACrashIsFoundWithItsOriginalFile() {
        // given
        Recovery recovery = new Recovery(dir.resolve("config"));
        Path original = dir.resolve("lecture.json");
        recovery.save(edited(), original);
        // when: the next start looks
        Recovery.Recovered found = new Recovery(dir.resolve("config")).find().orElseThrow();
        // then
        assertThat(found.session()).isEqualTo(edited());
        assertThat(DocumentEdits.value(found.session().document(), "w5").getAsDouble()).isEqualTo(0.5);
        assertThat(found.original()).isEqualTo(original.toAbsolutePath());
    }

    @Test
    void workNeverSavedHasNoOriginal() {
        Recovery recovery = new Recovery(dir);
        recovery.save(edited(), null);
        assertThat(recovery.find().orElseThrow().original()).isNull();
    }

    @Test
    void aCleanExitDeletesIt() {
        Recovery recovery = new Recovery(dir);
        recovery.save(edited(), null);
        assertThat(recovery.delete()).isTrue();
        assertThat(Files.exists(recovery.file())).isFalse();
        assertThat(recovery.find()).isEmpty();
    }

    @Test
    void aDamagedRecoveryFileSaysWhatIsWrong() throws Exception {
        Recovery recovery = new Recovery(dir);
        Files.writeString(recovery.file(), "{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"net");
        assertThatThrownBy(recovery::find).isInstanceOf(SessionException.class).hasMessageStartingWith("recovery.json: ");
    }
}

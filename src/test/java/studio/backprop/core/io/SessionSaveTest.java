package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.core.doc.NetworkDocument;

class SessionSaveTest {
    @TempDir
    Path folder;

    private Path existingMazur() throws IOException {
        Path file = folder.resolve("mazur.json");
        SessionFiles.save(file, Presets.load("mazur"));
        return file;
    }

    private void assertOnlyFileIs(Path file, String content) throws IOException {
        assertThat(Files.readString(file)).isEqualTo(content);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void savesANewFileThatReadsBack() throws IOException {
        Path file = existingMazur();
        assertThat(SessionFiles.read(file)).isEqualTo(Presets.load("mazur"));
        assertOnlyFileIs(file, SessionFiles.write(Presets.load("mazur")));
    }

    @Test
    void savingOverAFileReplacesIt() throws IOException {
        Path file = existingMazur();
        Session xor = Presets.load("xor");
        SessionFiles.save(file, xor.document(), "mine", "my copy of xor");
        Session read = SessionFiles.read(file);
        assertThat(read.name()).isEqualTo("mine");
        assertThat(read.description()).isEqualTo("my copy of xor");
        assertThat(((NetworkDocument) read.document()).network()).isEqualTo(((NetworkDocument) xor.document()).network());
        assertOnlyFileIs(file, SessionFiles.write(read));
    }

    @Test
    void aDocumentThatCannotBeWrittenLeavesTheOldFile() throws IOException {
        Path file = existingMazur();
        String before = Files.readString(file);
        NetworkDocument mazur = (NetworkDocument) Presets.load("mazur").document();
        NetworkDocument broken = mazur.withNetwork(mazur.network().withWeight(1, 0, 1, Double.NaN));
        assertThatThrownBy(() -> SessionFiles.save(file, broken, "mazur", ""))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage("mazur.json: network.weights[1][0][1]: cannot save NaN: not a finite number");
        assertOnlyFileIs(file, before);
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFile() throws IOException {
        Path file = existingMazur();
        String before = Files.readString(file);
        SessionFiles.TempWriter diskFull = (out, bytes) -> {
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
            throw new IOException("No space left on device");
        };
        assertThatThrownBy(() -> SessionFiles.save(file, Presets.load("xor"), diskFull))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage("mazur.json: cannot save: cannot write in " + file.toAbsolutePath().getParent()
                        + " (No space left on device); nothing was written");
        assertOnlyFileIs(file, before);
    }

    @Test
    void aMissingFolderIsCreatedAndAFolderInTheWayIsRefused() throws IOException {
        // one rule for every output (OutputTarget): missing folders are created, a folder is never replaced
        SessionFiles.save(folder.resolve("nowhere/x.json"), Presets.load("simple"));
        assertThat(SessionFiles.read(folder.resolve("nowhere/x.json")).name()).isEqualTo("simple");
        Path sub = Files.createDirectory(folder.resolve("sub.json"));
        assertThatThrownBy(() -> SessionFiles.save(sub, Presets.load("simple")))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage("sub.json: cannot save: is a folder; name a file inside it");
        assertThat(sub).isDirectory();
    }

}

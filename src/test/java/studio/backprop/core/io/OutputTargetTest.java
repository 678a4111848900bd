package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one output path: what it refuses, what it follows and creates, and that a failure leaves the old file. */
class OutputTargetTest {
    @TempDir
    Path folder;

    @Test
    void writesANewFileAndReplacesAnOldOneWithoutTemporaryFilesLeft() throws IOException {
        Path file = folder.resolve("a.txt");
        OutputTarget.write(file, OutputTarget.text("one"));
        OutputTarget.write(file, OutputTarget.text("two"));
        assertThat(file).hasContent("two");
        assertOnly(file);
    }

    @Test
    void aCharacterDeviceIsRefusedAndLeftAlone() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        assertThatThrownBy(() -> OutputTarget.write(device, OutputTarget.text("x")))
                .isInstanceOf(OutputException.class)
                .hasMessage("/dev/null: a character device, not a regular file; nothing was written");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void aFifoIsRefusedAndLeftAFifo() throws Exception {
        Path fifo = folder.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        assertThatThrownBy(() -> OutputTarget.write(fifo, OutputTarget.text("x")))
                .isInstanceOf(OutputException.class)
                .hasMessage(fifo + ": a named pipe (FIFO), not a regular file; nothing was written");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path socket = folder.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThatThrownBy(() -> OutputTarget.write(socket, OutputTarget.text("x")))
                    .isInstanceOf(OutputException.class)
                    .hasMessage(socket + ": a socket, not a regular file; nothing was written");
        }
    }

    @Test
    void aFolderIsRefusedNeverReplacedAndNothingIsPutInsideIt() throws IOException {
        Path sub = Files.createDirectory(folder.resolve("out.png"));
        assertThatThrownBy(() -> OutputTarget.write(sub, OutputTarget.text("x")))
                .isInstanceOf(OutputException.class)
                .hasMessage(sub + ": is a folder; name a file inside it");
        assertThat(sub).isDirectory().isEmptyDirectory();
    }

    @Test
    void anEmptyPathIsRefused() {
        assertThatThrownBy(() -> OutputTarget.write(Path.of(""), OutputTarget.text("x")))
                .isInstanceOf(OutputException.class)
                .hasMessage("(no file name): no file name given");
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path target = Files.writeString(folder.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), Path.of("real.txt"));
        Path written = OutputTarget.write(link, OutputTarget.text("new"));
        assertThat(written).isEqualTo(target);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("new");
    }

    @Test
    void aLinkToADeviceIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        Path link = Files.createSymbolicLink(folder.resolve("null.png"), Path.of("/dev/null"));
        assertThatThrownBy(() -> OutputTarget.write(link, OutputTarget.text("x")))
                .isInstanceOf(OutputException.class)
                .hasMessage(link + ": a character device (a link to /dev/null), not a regular file; nothing was written");
    }

    @Test
    void missingFoldersAreCreatedButAFileInTheWayIsRefused() throws IOException {
        Path deep = folder.resolve("a/b/c.txt");
        OutputTarget.write(deep, OutputTarget.text("x"));
        assertThat(deep).hasContent("x");
        Path file = Files.writeString(folder.resolve("plain"), "keep");
        assertThatThrownBy(() -> OutputTarget.write(file.resolve("x.txt"), OutputTarget.text("x")))
                .isInstanceOf(OutputException.class)
                .hasMessage(file.resolve("x.txt") + ": " + file + " is not a folder");
        assertThat(file).hasContent("keep");
    }

    @Test
    void aLinkedFolderAboveTheFileIsFollowed() throws IOException {
        Path real = Files.createDirectory(folder.resolve("real"));
        Path linked = Files.createSymbolicLink(folder.resolve("linked"), real);
        OutputTarget.write(linked.resolve("x.txt"), OutputTarget.text("x"));
        assertThat(real.resolve("x.txt")).hasContent("x");
    }

    @Test
    void aReadOnlyFileIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("ro.txt"), "keep");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeTrue(!Files.isWritable(file), "not running with the power to write anything (root)");
        assertThatThrownBy(() -> OutputTarget.write(file, OutputTarget.text("x"))).isInstanceOf(OutputException.class)
                .hasMessageEndingWith("the file is read-only; nothing was written");
        assertThat(file).hasContent("keep");
    }

    @Test
    void aFailureWhileWritingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("keep.txt"), "old");
        assertThatThrownBy(() -> OutputTarget.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputException.class).hasMessageContaining("No space left on device");
        assertThat(file).hasContent("old");
        assertOnly(file);
    }

    @Test
    void anErrorWhileWritingAlsoLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("keep.txt"), "old");
        assertThatThrownBy(() -> OutputTarget.write(file, out -> {
            throw new OutOfMemoryError("simulated");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(file).hasContent("old");
        assertOnly(file);
    }

    @Test
    void theOldFilesPermissionsAreKept() throws IOException {
        Path file = Files.writeString(folder.resolve("p.txt"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        OutputTarget.write(file, OutputTarget.text("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Path fresh = OutputTarget.write(folder.resolve("fresh.txt"), OutputTarget.text("new"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }

    @Test
    void aBatchWritesNothingWhenOneTargetIsRefused() throws IOException {
        Path first = Files.writeString(folder.resolve("doc.md"), "old doc");
        Path second = folder.resolve("doc-network.png");
        Path blocked = Files.createDirectory(folder.resolve("doc-graph.png"));
        OutputTarget.Batch batch = OutputTarget.batch().add(second, OutputTarget.text("png"))
                .add(blocked, OutputTarget.text("png")).add(first, OutputTarget.text("new doc"));
        assertThatThrownBy(batch::commit).isInstanceOf(OutputException.class).hasMessageStartingWith(blocked + ": is a folder");
        assertThat(first).hasContent("old doc");
        assertThat(second).doesNotExist();
        assertThat(blocked).isEmptyDirectory();
    }

    @Test
    void aBatchWritesNothingWhenOneFileFailsHalfway() throws IOException {
        Path first = folder.resolve("one.txt");
        Path second = Files.writeString(folder.resolve("two.txt"), "old");
        OutputTarget.Batch batch = OutputTarget.batch().add(first, OutputTarget.text("new"))
                .add(second, out -> {
                    throw new IOException("disk full");
                });
        assertThatThrownBy(batch::commit).isInstanceOf(OutputException.class);
        assertThat(first).doesNotExist();
        assertThat(second).hasContent("old");
        assertOnly(second);
    }

    @Test
    void aBatchWritesEveryFile() throws IOException {
        List<Path> written = OutputTarget.batch().add(folder.resolve("x/a.txt"), OutputTarget.text("a"))
                .add(folder.resolve("x/b.txt"), OutputTarget.text("b")).commit();
        assertThat(written).hasSize(2);
        assertThat(folder.resolve("x/a.txt")).hasContent("a");
        assertThat(folder.resolve("x/b.txt")).hasContent("b");
    }

    private void assertOnly(Path... files) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(Files::isRegularFile).toList()).containsExactlyInAnyOrder(files);
        }
    }
}

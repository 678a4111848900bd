package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstOnceEachAndKeptForTheNextRun() {
        Path store = dir.resolve("config/recent.txt");
        RecentFiles recent = new RecentFiles(store);
        recent.add(dir.resolve("a.json"));
        recent.add(dir.resolve("b.json"));
        recent.add(dir.resolve("a.json"));
        assertThat(new RecentFiles(store).files()).containsExactly(dir.resolve("a.json"), dir.resolve("b.json"));
    }

    @Test
    void keepsAtMostTheLimitAndForgetsRemovedFiles() {
        Path store = dir.resolve("recent.txt");
        RecentFiles recent = new RecentFiles(store);
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) recent.add(dir.resolve(i + ".json"));
        assertThat(recent.files()).hasSize(RecentFiles.LIMIT).startsWith(dir.resolve((RecentFiles.LIMIT + 2) + ".json"));
        recent.remove(dir.resolve((RecentFiles.LIMIT + 2) + ".json"));
        assertThat(new RecentFiles(store).files()).hasSize(RecentFiles.LIMIT - 1);
    }

    @Test
    void aMissingOrDamagedListIsEmptyOrSkipsBadLines() throws Exception {
        assertThat(new RecentFiles(dir.resolve("none.txt")).files()).isEmpty();
        Path store = dir.resolve("recent.txt");
        Files.writeString(store, "relative.json\n\n" + dir.resolve("ok.json") + "\n\u0000bad\n");
        assertThat(new RecentFiles(store).files()).containsExactly(dir.resolve("ok.json"));
        Files.write(store, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        assertThat(new RecentFiles(store).files()).isEmpty();
    }

    @Test
    void aListThatCannotBeWrittenStaysInMemory() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a folder");
        RecentFiles recent = new RecentFiles(blocker.resolve("recent.txt"));
        recent.add(dir.resolve("a.json"));
        assertThat(recent.files()).containsExactly(dir.resolve("a.json"));
    }
}

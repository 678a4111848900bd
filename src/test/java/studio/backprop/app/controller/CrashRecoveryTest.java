package studio.backprop.app.controller;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.core.doc.DocumentEdits;

/**
 * The real thing: the program runs in its own process (headless, under Monocle) with an edit made at start and
 * autosave every second; it is killed with SIGKILL, and the recovery file it leaves holds the edit and is what
 * the next start's recovery logic finds.
 */
@Tag("ui")
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void workSurvivesKillMinusNine() throws Exception {
        // given: the window running with an unsaved change
        Path config = dir.resolve("config");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Dbackprop.animations=false",
                "-D" + StudioDirs.CONFIG_DIR + "=" + config,
                "-D" + StudioDirs.AUTOSAVE_SECONDS + "=1",
                "-D" + DocumentController.START_EDIT + "=w5=0.5",
                "-cp", classPath, "studio.backprop.Main"));
        Files.createDirectories(config);
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile()).start();
        Path recoveryFile = config.resolve(Recovery.FILE);
        try {
            // when: autosave has written, the process is killed (SIGKILL: no shutdown hooks, no clean exit)
            awaitFile(recoveryFile, app, 90);
            awaitNoTemporaryFiles(config, app, 30); // the autosave has finished writing, not merely begun
            assertThat(recoveryFile).as("recovery file; log:%n%s", log()).exists();
            assertThat(app.isAlive()).as("still running when killed").isTrue();
        } finally {
            app.destroyForcibly();
            assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        // then: it was a kill, not an exit, and the file is still there
        assertThat(app.exitValue()).isEqualTo(128 + 9);
        assertThat(recoveryFile).exists();
        // and the next start's recovery logic finds the edit, and clears what a write the kill cut short left (a
        // temporary file: the kill may or may not have met an autosave, so one is always put there too). The next
        // start begins after the kill, so it sees those files as older than itself; this JVM began before the app,
        // so they are dated back to before it, as they would be for the next start
        Files.writeString(config.resolve("." + Recovery.FILE + ".1.tmp"), "{\"half");
        FileTime beforeThisStart = FileTime.from(ProcessHandle.current().info().startInstant().orElseThrow().minusSeconds(1));
        try (Stream<Path> files = Files.list(config)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.setLastModifiedTime(file, beforeThisStart);
            }
        }
        Recovery.Recovered found = new Recovery(config).find().orElseThrow();
        assertThat(DocumentEdits.value(found.session().document(), "w5").getAsDouble()).isEqualTo(0.5);
        assertThat(found.original()).isNull();
        assertThat(dir.resolve("config").toFile().list()).allMatch(name -> !name.endsWith(".tmp"), "no half-written files");
    }

    /** Waits until the autosave's temporary files are renamed into place, while the process lives. */
    private static void awaitNoTemporaryFiles(Path folder, Process app, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (WatchService watcher = folder.getFileSystem().newWatchService()) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
            while (temporaryFiles(folder) && app.isAlive() && System.nanoTime() < deadline) {
                WatchKey key = watcher.poll(1, TimeUnit.SECONDS); // returns as soon as the folder changes
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    private static boolean temporaryFiles(Path folder) {
        String[] names = folder.toFile().list();
        return names != null && Arrays.stream(names).anyMatch(name -> name.endsWith(".tmp"));
    }

    /** Waits for the file system to report {@code file}, while the process lives, at most {@code seconds}. */
    private static void awaitFile(Path file, Process app, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (WatchService watcher = file.getFileSystem().newWatchService()) {
            file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            while (!Files.exists(file) && app.isAlive() && System.nanoTime() < deadline) {
                WatchKey key = watcher.poll(1, TimeUnit.SECONDS); // returns as soon as the folder changes
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    private String log() throws Exception {
        File log = dir.resolve("app.log").toFile();
        return log.exists() ? Files.readString(log.toPath()) : "(none)";
    }
}

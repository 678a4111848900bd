package studio.backprop.app.controller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import studio.backprop.core.io.OutputException;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionException;
import studio.backprop.core.io.SessionFiles;

/**
 * The recovery file: unsaved work autosaved to {@code recovery.json} in the studio's folder (with the path
 * of the file it belongs to, if any, in {@code recovery-path.txt}). A clean exit deletes it; if it is still
 * there at the next start, the program crashed or was killed, and the start offers to restore it.
 * Both are written through {@link OutputTarget}, like every other file. No JavaFX here, so the logic is tested
 * without a window.
 */
public final class Recovery {
    /** The recovery file's name. */
    public static final String FILE = "recovery.json";
    private static final String PATH_FILE = "recovery-path.txt";

    /**
     * Work found at the start.
     *
     * @param session  the autosaved session
     * @param original the file it was opened from or saved to, or null for work never saved
     */
    public record Recovered(Session session, Path original) { }

    private final Path folder;

    /** The recovery file in {@code folder}. */
    public Recovery(Path folder) {
        this.folder = folder;
    }

    /** The recovery file's path. */
    public Path file() {
        return folder.resolve(FILE);
    }

    /**
     * Writes the session atomically (a crash while writing leaves the previous recovery file whole).
     *
     * @param original the file the work belongs to, or null
     * @throws SessionException when it cannot be written, naming the file and why
     */
    public void save(Session session, Path original) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new SessionException(folder.toString(), null, "cannot create the folder for the recovery file (" + e.getMessage() + ")", e);
        }
        SessionFiles.save(file(), session);
        Path pathFile = folder.resolve(PATH_FILE);
        try {
            OutputTarget.write(pathFile, OutputTarget.text(original == null ? "" : original.toAbsolutePath().toString()));
        } catch (OutputException e) {
            throw new SessionException(PATH_FILE, null, "cannot be written (" + e.reason() + ")", e);
        }
    }

    /**
     * The work left by a crash, if any.
     *
     * @throws SessionException when a recovery file is there but cannot be read (its message says why)
     */
    public Optional<Recovered> find() {
        removeHalfWritten();
        if (!Files.exists(file())) return Optional.empty();
        Session session = SessionFiles.read(file());
        return Optional.of(new Recovered(session, original()));
    }

    /** Deletes the recovery file: the work is saved, discarded or restored. Returns whether all went well. */
    public boolean delete() {
        try {
            Files.deleteIfExists(file());
            Files.deleteIfExists(folder.resolve(PATH_FILE));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Deletes what a write cut short by a crash left beside the recovery files: the temporary files
     * {@link OutputTarget} renames into place once they are whole. Only files older than this process are
     * touched, so an autosave of this run writing now is never disturbed.
     */
    private void removeHalfWritten() {
        long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(folder, entry -> {
            String name = entry.getFileName().toString();
            return name.endsWith(".tmp") && (name.startsWith("." + FILE + ".") || name.startsWith("." + PATH_FILE + "."));
        })) {
            for (Path temporary : temporaries) {
                if (Files.getLastModifiedTime(temporary).toMillis() < started) Files.deleteIfExists(temporary);
            }
        } catch (IOException | SecurityException ignored) {
            // a stray temporary file is harmless: the recovery file itself is whole or absent
        }
    }

    private Path original() {
        try {
            String text = Files.readString(folder.resolve(PATH_FILE), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : Path.of(text);
        } catch (IOException | InvalidPathException | SecurityException unknown) {
            return null;
        }
    }
}

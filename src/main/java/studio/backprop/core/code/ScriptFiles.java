package studio.backprop.core.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a script whole or not at all: a temporary file beside the target, then a rename over it. */
public final class ScriptFiles {
    private ScriptFiles() { }

    /** Writes {@code text} as UTF-8 to {@code file}; an interrupted write leaves any old file as it was. */
    public static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Path temporary = null;
        try {
            if (directory != null) Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed; that is the error the caller reports
                }
            }
        }
    }
}

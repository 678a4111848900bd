package studio.backprop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/** Turns any failure into the one line the user reads. */
final class Problems {
    private Problems() { }

    static String describe(Throwable problem) {
        Throwable cause = problem;
        if (cause instanceof UncheckedIOException unchecked && unchecked.getCause() != null) cause = unchecked.getCause();
        if (cause instanceof NoSuchFileException missing) return "no such file: " + missing.getFile();
        if (cause instanceof IOException io) return "cannot read or write a file: " + Cli.oneLine(io.getMessage());
        String message = Cli.oneLine(cause.getMessage());
        if (cause instanceof RuntimeException && !message.isEmpty()
                && !(cause instanceof NullPointerException) && !(cause instanceof ClassCastException)
                && !(cause instanceof IndexOutOfBoundsException)) {
            return message;
        }
        return "internal error (" + cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message)
                + "); please report it";
    }
}

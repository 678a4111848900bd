package studio.backprop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import studio.backprop.core.problem.Problematic;

/**
 * Turns any failure, errors such as {@link OutOfMemoryError} included, into the one line the user reads; a core
 * problem in English.
 */
final class Problems {
    private Problems() { }

    static String describe(Throwable problem) {
        Throwable cause = problem;
        if (cause instanceof UncheckedIOException unchecked && unchecked.getCause() != null) cause = unchecked.getCause();
        if (cause instanceof OutOfMemoryError) {
            return "out of memory: the Java heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB is full; use a smaller input, or give Java more memory (java -Xmx2g -jar …)";
        }
        if (cause instanceof StackOverflowError) return "the input is nested too deeply to process";
        // the command line speaks English, like its usage and its output
        if (cause instanceof Problematic typed) return Cli.oneLine(typed.asProblem().english());
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

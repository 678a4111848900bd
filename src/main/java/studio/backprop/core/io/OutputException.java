package studio.backprop.core.io;

import java.io.IOException;
import java.nio.file.Path;
import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.PlacedProblem;

/**
 * A file that was not written, with one line that names it and says why: {@code /dev/full: a character device,
 * not a regular file; nothing was written}. Whatever was at the path before is still there, unchanged.
 */
public final class OutputException extends IOException implements PlacedProblem {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final transient Problem reason;

    /** A refusal or failure at {@code path}, for the reason given. */
    public OutputException(Path path, Problem reason) {
        this(path, reason, null);
    }

    /** As {@link #OutputException(Path, Problem)}, keeping the low-level cause for logs. */
    public OutputException(Path path, Problem reason, Throwable cause) {
        super(shown(path) + ": " + reason.english(), cause);
        this.path = path;
        this.reason = reason;
    }

    /** A refusal given as English text only (from code that has no code for it). */
    public OutputException(Path path, String reason) {
        this(path, Problem.of("plain", reason), null);
    }

    /** As {@link #OutputException(Path, String)}, keeping the low-level cause for logs. */
    public OutputException(Path path, String reason, Throwable cause) {
        this(path, Problem.of("plain", reason), cause);
    }

    private static String shown(Path path) {
        return path == null || path.toString().isEmpty() ? Problem.of("file.noNameShown").english() : path.toString();
    }

    /** Why, without the path, as a code and arguments ({@code a character device, not a regular file; nothing was written}). */
    @Override
    public Problem typedReason() {
        return reason;
    }

    @Override
    public Problem asProblem() {
        return path == null || path.toString().isEmpty()
                ? Problem.of("file.at", Problem.of("file.noNameShown"), reason) : Problem.of("file.at", path.toString(), reason);
    }

    /** The path that was not written. */
    public Path path() {
        return path;
    }
}

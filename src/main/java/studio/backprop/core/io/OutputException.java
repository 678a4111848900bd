package studio.backprop.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that was not written, with one line that names it and says why: {@code /dev/full: a character device,
 * not a regular file; nothing was written}. Whatever was at the path before is still there, unchanged.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final String reason;

    /** A refusal or failure at {@code path}, for the reason given in one line. */
    public OutputException(Path path, String reason) {
        this(path, reason, null);
    }

    /** As {@link #OutputException(Path, String)}, keeping the low-level cause for logs. */
    public OutputException(Path path, String reason, Throwable cause) {
        super((path == null || path.toString().isEmpty() ? "(no file name)" : path.toString()) + ": " + reason, cause);
        this.path = path;
        this.reason = reason;
    }

    /** Why, without the path: {@code a character device, not a regular file; nothing was written}. */
    public String reason() {
        return reason;
    }

    /** The path that was not written. */
    public Path path() {
        return path;
    }
}

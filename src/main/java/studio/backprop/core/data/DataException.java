package studio.backprop.core.data;

/**
 * Data could not be read: the message is one line that says where (file, line, column) and what is
 * wrong, ready to show to the user as it is.
 */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    /** A problem with the whole input (empty, too large, not gzip); {@link #line()} is 0. */
    public DataException(String message) {
        this(0, message);
    }

    /** A problem on one line (1-based, as an editor counts); the message already names the line. */
    public DataException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** A problem caused by a lower-level failure (an unreadable file). */
    public DataException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
    }

    /** The 1-based line the problem is on, or 0 if it concerns the whole input. */
    public int line() {
        return line;
    }
}

package studio.backprop.core.io;

import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.PlacedProblem;
import studio.backprop.core.problem.ProblemRuntimeException;

/**
 * A session file or preset that cannot be read or saved. The message is one line that names the file, the
 * field (as a path such as {@code network.weights[1][0]}) and what is wrong, ready to show to the user:
 * {@code mazur.json: network.learningRate: not a finite number}.
 */
public final class SessionException extends ProblemRuntimeException implements PlacedProblem {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final transient Problem problem;

    /**
     * @param source  the file or resource name ("mazur.json")
     * @param field   the field path ("network.loss"), or null when the problem concerns the whole file
     * @param problem what is wrong
     */
    public SessionException(String source, String field, Problem problem) {
        this(source, field, problem, null);
    }

    /** As {@link #SessionException(String, String, Problem)}, keeping the low-level cause for logs. */
    public SessionException(String source, String field, Problem problem, Throwable cause) {
        super(oneLine(source) + ": " + (field == null ? "" : oneLine(field) + ": ") + oneLine(problem.english()),
                field == null ? Problem.of("session.inFile", oneLine(source), problem)
                        : Problem.of("session.inField", oneLine(source), oneLine(field), problem), cause);
        this.source = oneLine(source);
        this.field = field == null ? null : oneLine(field);
        this.problem = problem;
    }

    /** A problem given as English text only (from code that has no code for it); other languages show it as it is. */
    public SessionException(String source, String field, String problem) {
        this(source, field, Problem.of("plain", problem), null);
    }

    /** As {@link #SessionException(String, String, String)}, keeping the low-level cause for logs. */
    public SessionException(String source, String field, String problem, Throwable cause) {
        this(source, field, Problem.of("plain", problem), cause);
    }

    /** The file or resource name the problem is in. */
    public String source() {
        return source;
    }

    /** The field path such as {@code network.weights[1][0]}, or null when the whole file is meant. */
    public String field() {
        return field;
    }

    /** What is wrong, without the file and field, in English, on one line. */
    @Override
    public String reason() {
        return oneLine(problem.english());
    }

    /** What is wrong, without the file and field, as a code and arguments. */
    @Override
    public Problem typedReason() {
        return problem;
    }

    /** Replaces line breaks and other control characters with spaces, so every message stays one line. */
    static String oneLine(String text) {
        if (text == null) return "";
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString();
    }
}

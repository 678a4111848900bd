package studio.backprop.app.support;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import studio.backprop.core.problem.Problem;
import studio.backprop.core.problem.Problematic;

/**
 * The one way the window shows a failure: a core problem in the language {@link Language#current()} picked, on
 * one line. A failure the core did not type (a bug, a JVM error) shows its message as it is, or "unknown error".
 */
public final class Problems {
    /** The language of {@link Messages}, so a problem and the sentence around it always agree. */
    private static final Locale LOCALE = Messages.bundle().getLocale();

    private Problems() { }

    /** The failure's message in the user's language, looking through the wrappers of background work. */
    public static String text(Throwable failure) {
        return text(failure, LOCALE);
    }

    /** As {@link #text(Throwable)} in a given language (tests show both). */
    public static String text(Throwable failure, Locale locale) {
        Throwable shown = unwrap(failure);
        if (shown instanceof Problematic typed) return oneLine(typed.asProblem().text(locale));
        String message = shown == null ? null : shown.getMessage();
        return message == null || message.isBlank() ? Messages.get("error.unknown") : oneLine(message);
    }

    /** A problem in the user's language, on one line. */
    public static String text(Problem problem) {
        return oneLine(problem.text(LOCALE));
    }

    /** The failure itself, or what a background task's wrapper carries. */
    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Control characters (line breaks from user text or a lower layer) become spaces. */
    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().strip();
    }
}

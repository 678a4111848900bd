package studio.backprop.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the text of a Python script line by line, with the literals that make it exact: every double is
 * written with the digits that read back as the same double, every name as an escaped string literal.
 */
final class PythonWriter {
    /** Python's reserved words, which a generated variable name must avoid. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
            "yield", "match", "case", "type", "_");

    private final StringBuilder text = new StringBuilder();

    /** One line; an empty string makes a blank line. */
    PythonWriter line(String line) {
        text.append(line.stripTrailing()).append('\n');
        return this;
    }

    /** A line of code with a comment after it, the comments of neighbouring lines aligned. */
    PythonWriter line(String code, String comment) {
        if (comment == null || comment.isEmpty()) return line(code);
        int pad = Math.max(1, 40 - code.length());
        return line(code + " ".repeat(pad) + "# " + comment);
    }

    PythonWriter blank() {
        return line("");
    }

    /** A comment line (or several, split at newlines). */
    PythonWriter comment(String comment) {
        for (String part : comment.split("\n", -1)) line(part.isEmpty() ? "#" : "# " + part);
        return this;
    }

    String text() {
        return text.toString();
    }

    /** A float literal that Python reads back as exactly {@code value} (Java prints the shortest such digits). */
    static String number(double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("a script cannot hold the number " + value);
        return Double.toString(value);
    }

    /** {@code [0.15, 0.2]}. */
    static String list(double[] values) {
        List<String> items = new ArrayList<>(values.length);
        for (double v : values) items.add(number(v));
        return "[" + String.join(", ", items) + "]";
    }

    /** A double-quoted string literal; non-ASCII characters stay as they are (the file is UTF-8). */
    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\x%02x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** Whether {@code name} can be a Python variable as it is: ASCII letters, digits and underscores, not a keyword. */
    static boolean isPlainIdentifier(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name)) return false;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            if (!letter && !(k > 0 && c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /**
     * Step numbers (from 1) as a short list of runs: {@code 1–2}, {@code 12, 19}, {@code 16, 18, 23, 25}; a long list
     * ends after a few runs with its count.
     */
    static String steps(List<Integer> numbers) {
        if (numbers.isEmpty()) return "";
        List<String> runs = new ArrayList<>();
        int start = numbers.get(0);
        int previous = start;
        for (int k = 1; k <= numbers.size(); k++) {
            int current = k < numbers.size() ? numbers.get(k) : Integer.MIN_VALUE;
            if (current == previous + 1) {
                previous = current;
                continue;
            }
            runs.add(start == previous ? Integer.toString(start) : start + "–" + previous);
            start = current;
            previous = current;
        }
        String word = numbers.size() == 1 ? "step " : "steps ";
        if (runs.size() <= 4) return word + String.join(", ", runs);
        return word + String.join(", ", runs.subList(0, 3)) + ", … (" + numbers.size() + " steps)";
    }
}

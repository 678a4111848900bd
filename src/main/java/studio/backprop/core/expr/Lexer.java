package studio.backprop.core.expr;

import java.util.ArrayDeque;
import studio.backprop.core.problem.Problem;

/**
 * Splits expression text into tokens, one at a time, and turns offsets into the line and column a
 * user sees (through {@link Positions}). Unicode {@code ·} {@code ×} {@code ⋅} read as {@code *}, {@code −} as {@code -}, and
 * {@code **} as {@code ^}.
 */
final class Lexer {

    /** What a token is. */
    enum Type { NUMBER, NAME, PLUS, MINUS, TIMES, DIVIDE, POWER, LEFT, RIGHT, ASSIGN, SEMICOLON, COMMA, NEWLINE, END }

    /**
     * One token.
     *
     * @param type   its kind
     * @param text   the characters as typed
     * @param offset index of its first character in the source
     * @param number the value of a number token (NaN otherwise)
     */
    record Token(Type type, String text, int offset, double number) {

        /** How an error message names the token: {@code '*'}, {@code 'x'}, or "the input ended". */
        Problem describe() {
            return switch (type) {
                case END -> Problem.of("expr.inputEnded");
                case NEWLINE -> Problem.of("expr.foundLineBreak");
                default -> Problem.of("expr.found", "'" + text + "'");
            };
        }
    }

    private final String source;
    private final Positions positions;
    private final ArrayDeque<Token> lookahead = new ArrayDeque<>();
    private int position;

    Lexer(String source) {
        this.source = source;
        this.positions = new Positions(source);
    }

    /** The next token, without consuming it. */
    Token peek() {
        if (lookahead.isEmpty()) lookahead.addLast(scan());
        return lookahead.peekFirst();
    }

    /** The token after the next one, without consuming either (to tell {@code q = …} from {@code q + …}). */
    Token peekSecond() {
        Token first = peek();
        if (lookahead.size() < 2) lookahead.addLast(first.type() == Type.END ? first : scan());
        return lookahead.peekLast();
    }

    /** The next token, consumed. */
    Token next() {
        Token token = peek();
        lookahead.removeFirst();
        return token;
    }

    /** An error at a source offset, placed by line and column. */
    ExpressionException error(int offset, String code, Object... arguments) {
        return positions.error(offset, code, arguments);
    }

    /** "column 4", or "line 2, column 4" when the text has several lines. */
    Problem where(int offset) {
        return positions.where(offset);
    }

    private Token scan() {
        while (position < source.length() && isBlank(source.charAt(position))) position++;
        int start = position;
        if (start >= source.length()) {
            // the end sits right after the last visible character, so "(x+" reports column 4
            return new Token(Type.END, "", source.stripTrailing().length(), Double.NaN);
        }
        char c = source.charAt(start);
        if (isDigit(c) || c == '.' && start + 1 < source.length() && isDigit(source.charAt(start + 1))) {
            return number(start);
        }
        if (isNameStart(c)) {
            position++;
            while (position < source.length() && isNamePart(source.charAt(position))) position++;
            return token(Type.NAME, start);
        }
        position++;
        return switch (c) {
            case '+' -> token(Type.PLUS, start);
            case '-', '−' -> token(Type.MINUS, start);
            case '*' -> {
                if (position < source.length() && source.charAt(position) == '*') {
                    position++;
                    yield token(Type.POWER, start);
                }
                yield token(Type.TIMES, start);
            }
            case '·', '×', '⋅' -> token(Type.TIMES, start);
            case '/' -> token(Type.DIVIDE, start);
            case '^' -> token(Type.POWER, start);
            case '(' -> token(Type.LEFT, start);
            case ')' -> token(Type.RIGHT, start);
            case '=' -> token(Type.ASSIGN, start);
            case ';' -> token(Type.SEMICOLON, start);
            case ',' -> token(Type.COMMA, start);
            case '\n' -> token(Type.NEWLINE, start);
            default -> throw error(start, "expr.unexpectedCharacter", describeCharacter(source.codePointAt(start)));
        };
    }

    /** digits [. digits] or . digits, then an optional exponent e[+-]digits. */
    private Token number(int start) {
        while (position < source.length() && isDigit(source.charAt(position))) position++;
        if (position < source.length() && source.charAt(position) == '.') {
            position++;
            while (position < source.length() && isDigit(source.charAt(position))) position++;
        }
        if (position < source.length() && (source.charAt(position) == 'e' || source.charAt(position) == 'E')) {
            int exponent = position + 1;
            if (exponent < source.length() && (source.charAt(exponent) == '+' || source.charAt(exponent) == '-')) exponent++;
            if (exponent >= source.length() || !isDigit(source.charAt(exponent))) {
                int end = Math.min(exponent, source.length());
                throw error(start, "expr.malformedNumber", source.substring(start, end), source.charAt(position));
            }
            position = exponent;
            while (position < source.length() && isDigit(source.charAt(position))) position++;
        }
        String text = source.substring(start, position);
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) throw error(start, "expr.numberTooLarge", text);
        return new Token(Type.NUMBER, text, start, value);
    }

    private Token token(Type type, int start) {
        return new Token(type, source.substring(start, position), start, Double.NaN);
    }

    private static boolean isBlank(char c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A name starts with a Latin or Greek letter. */
    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.GREEK;
    }

    /** Then letters, digits and underscores. */
    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c) || c == '_';
    }

    private static String describeCharacter(int codePoint) {
        if (Character.isISOControl(codePoint) || !Character.isDefined(codePoint) || Character.isWhitespace(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || Character.getType(codePoint) == Character.SURROGATE) {
            return String.format("U+%04X", codePoint);
        }
        return "'" + new String(Character.toChars(codePoint)) + "'";
    }
}

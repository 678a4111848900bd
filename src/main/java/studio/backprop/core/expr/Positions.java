package studio.backprop.core.expr;

import studio.backprop.core.problem.Problem;

/** Turns offsets in expression text into the line and column a user sees, and errors placed there. */
final class Positions {
    private final String source;
    private final boolean multiLine;

    Positions(String source) {
        this.source = source;
        this.multiLine = source.strip().indexOf('\n') >= 0;
    }

    /** An error at an offset: "column 4: reason", or "line 2, column 4: reason" for multi-line text. */
    ExpressionException error(int offset, String code, Object... arguments) {
        return new ExpressionException(line(offset), column(offset), where(offset), Problem.of(code, arguments));
    }

    /** "column 4", or "line 2, column 4" when the text has several lines. */
    Problem where(int offset) {
        return multiLine ? Problem.of("expr.lineColumn", line(offset), column(offset)) : Problem.of("expr.column", column(offset));
    }

    private int line(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (source.charAt(i) == '\n') line++;
        return line;
    }

    /** Counted in code points, so a character outside the BMP is one column. */
    private int column(int offset) {
        int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
        return source.codePointCount(lineStart, offset) + 1;
    }
}

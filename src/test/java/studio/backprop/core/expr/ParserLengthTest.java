package studio.backprop.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import studio.backprop.core.io.SessionFiles;

/** The parser accepts what FORMAT.md promises a session may hold: expressions of up to 100,000 characters. */
class ParserLengthTest {
    @Test
    void theParserAndTheSessionFormatAgreeOnTheLongestExpression() {
        assertThat(Parser.MAX_LENGTH).isEqualTo(SessionFiles.MAX_EXPRESSION_CHARS).isEqualTo(100_000);
    }

    @Test
    void anExpressionOfTheLongestLengthParsesAndOneCharacterMoreIsRefused() {
        StringBuilder text = new StringBuilder("x");
        while (text.length() < Parser.MAX_LENGTH - 1) text.append("+x");
        while (text.length() < Parser.MAX_LENGTH) text.append(' ');
        assertThat(Parser.parse(text.toString()).variables()).containsExactly("x");
        assertThatThrownBy(() -> Parser.parse(text + " ")).isInstanceOf(ExpressionException.class)
                .hasMessage("the expression is too long: 100001 characters, at most 100000 are allowed");
    }
}

package studio.backprop.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.core.graph.Backprop;
import studio.backprop.core.graph.EvaluationException;
import studio.backprop.core.graph.Graph;

class ExpressionErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "x + * y      | 1 | 5  | column 5: expected a number, a name or '(' but found '*'",
            "x +* y       | 1 | 4  | column 4: expected a number, a name or '(' but found '*'",
            "(x+          | 1 | 4  | column 4: expected a number, a name or '(' but the input ended",
            "x +          | 1 | 4  | column 4: expected a number, a name or '(' but the input ended",
            "()           | 1 | 2  | column 2: expected a number, a name or '(' but found ')'",
            "+x           | 1 | 1  | column 1: expected a number, a name or '(' but found '+'",
            "foo(x)       | 1 | 1  | column 1: unknown function 'foo' (known: exp, log, sigmoid, tanh, relu)",
            "2 * x(y)     | 1 | 5  | column 5: unknown function 'x' (known: exp, log, sigmoid, tanh, relu)",
            "exp x        | 1 | 5  | column 5: expected '(' after 'exp' but found 'x'",
            "1 + tanh     | 1 | 9  | column 9: expected '(' after 'tanh' but the input ended",
            "(x+y))       | 1 | 6  | column 6: unexpected ')' (no '(' to close)",
            "(x+y         | 1 | 5  | column 5: expected an operator or ')' to close the '(' at column 1 but the input ended",
            "exp(x, y)    | 1 | 6  | column 6: expected an operator or ')' to close the '(' at column 4 but found ','",
            "(x; y)       | 1 | 3  | column 3: expected an operator or ')' to close the '(' at column 1 but found ';'",
            "2x           | 1 | 2  | column 2: expected an operator (+ - * / ^) or the end of the statement but found 'x'",
            "x y          | 1 | 3  | column 3: expected an operator (+ - * / ^) or the end of the statement but found 'y'",
            "3 = x        | 1 | 3  | column 3: unexpected '=': only a name can be assigned, as in q = x + y",
            "x = y = 3    | 1 | 7  | column 7: unexpected '=': only a name can be assigned, as in q = x + y",
            "x = 1; x = 2 | 1 | 8  | column 8: 'x' is assigned twice (first at column 1)",
            "f = q * 2; q = x | 1 | 5 | column 5: 'q' is used before it is assigned at column 12",
            "q = q + 1    | 1 | 5  | column 5: 'q' is used before it is assigned at column 1",
            "exp = 2      | 1 | 1  | column 1: 'exp' is a function and cannot be assigned",
            "x + y; z     | 1 | 1  | column 1: only the last statement can be a bare expression; name this one, as in q = x + y",
            "x $ y        | 1 | 3  | column 3: unexpected character '$'",
            "_x           | 1 | 1  | column 1: unexpected character '_'",
            "2e+          | 1 | 1  | column 1: malformed number '2e+': expected digits after 'e'",
            "1.5E         | 1 | 1  | column 1: malformed number '1.5E': expected digits after 'E'",
            "1e999        | 1 | 1  | column 1: the number '1e999' is too large",
            "\"x +\ny * \"  | 2 | 4  | line 2, column 4: expected a number, a name or '(' but the input ended",
            "\"q = x + y\nf = q * * z\" | 2 | 9 | line 2, column 9: expected a number, a name or '(' but found '*'",
            "\"x\u0007\"  | 1 | 2  | column 2: unexpected character U+0007",
            "σσ(x) + 😀   | 1 | 1  | column 1: unknown function 'σσ' (known: exp, log, sigmoid, tanh, relu)",
            "😀 + x       | 1 | 1  | column 1: unexpected character '😀'",
            "x + 😀       | 1 | 5  | column 5: unexpected character '😀'",
    })
    void syntaxErrorsSayWhatWhereAndWhatWasExpected(String source, int line, int column, String message) {
        ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Parser.parse(source));

        assertThat(error).as("parsing %s", source).isNotNull();
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(message).endsWith(error.reason());
    }

    @Test
    void emptyInputHasNoPlace() {
        for (String empty : new String[] {"", "   ", "\n\n", " ; ;\n", null}) {
            ExpressionException error = catchThrowableOfType(ExpressionException.class, () -> Parser.parse(empty));
            assertThat(error.getMessage()).isEqualTo("the expression is empty");
            assertThat(error.line()).isZero();
            assertThat(error.column()).isZero();
        }
    }

    @Test
    void missingAndNonFiniteValuesAreNamed() {
        Expression sum = Parser.parse("x + y");
        assertThatThrownBy(() -> sum.toGraph(Map.of("x", 1.0)))
                .isInstanceOf(ExpressionException.class).hasMessage("no value for variable 'y'");
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("x", null);
        withNull.put("y", 1.0);
        assertThatThrownBy(() -> sum.toGraph(withNull)).hasMessage("no value for variable 'x'");
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> sum.toGraph(Map.of("x", bad, "y", 1.0)))
                    .isInstanceOf(ExpressionException.class).hasMessage("the value of 'x' is not a finite number");
        }
    }

    @Test
    void domainErrorsNameTheNodeAndArePlacedInTheText() {
        Expression logarithm = Parser.parse("log(x - 3)");
        Graph graph = logarithm.toGraph(Map.of("x", 1.0));
        EvaluationException raw = catchThrowableOfType(EvaluationException.class, () -> Backprop.evaluate(graph));
        assertThat(raw.node()).isEqualTo("f");
        assertThat(raw.getMessage()).isEqualTo("log of a non-positive number at f = ln(-2)");

        ExpressionException placed = catchThrowableOfType(ExpressionException.class,
                () -> Parser.parse("1 + log(x - 3)").run(Map.of("x", 1.0)));
        assertThat(placed.getMessage())
                .isEqualTo("column 5: log of a non-positive number at r = ln(-2), where r is log(x - 3)");
        assertThat(placed.column()).isEqualTo(5);

        ExpressionException divided = catchThrowableOfType(ExpressionException.class,
                () -> Parser.parse("q = y - 5\nf = x / q").run(Map.of("x", 1.0, "y", 5.0)));
        assertThat(divided.getMessage()).isEqualTo("line 2, column 5: division by zero at f = 1/0, where f is x / q");
        assertThat(divided.line()).isEqualTo(2);

        ExpressionException overflow = catchThrowableOfType(ExpressionException.class,
                () -> Parser.parse("2 * exp(x)").run(Map.of("x", 1000.0)));
        assertThat(overflow.getMessage()).startsWith("column 5: overflow at q = exp(1000)").endsWith("where q is exp(x)");
    }

    @Test
    void hostileInputGetsAClearErrorNotAStackOverflow() {
        String megabyte = "x+".repeat(512 * 1024);
        assertThatThrownBy(() -> Parser.parse(megabyte)).isInstanceOf(ExpressionException.class)
                .hasMessage("the expression is too long: 1048576 characters, at most 100000 are allowed");

        String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
        assertThatThrownBy(() -> Parser.parse(deep)).isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("the expression is too long");

        String limit = "(".repeat(Parser.MAX_NESTING) + "x" + ")".repeat(Parser.MAX_NESTING);
        assertThat(Parser.parse(limit).run(Map.of("x", 2.0)).outputValue()).isEqualTo(2);
        String tooDeep = "(".repeat(Parser.MAX_NESTING + 1) + "x" + ")".repeat(Parser.MAX_NESTING + 1);
        assertThatThrownBy(() -> Parser.parse(tooDeep)).isInstanceOf(ExpressionException.class)
                .hasMessage("column 1001: the expression is nested more than 1000 levels deep "
                        + "(parentheses, functions, minus signs and powers)");
        assertThatThrownBy(() -> Parser.parse("-".repeat(5_000) + "x")).hasMessageContaining("nested more than 1000");
        assertThatThrownBy(() -> Parser.parse("x" + "^x".repeat(4_000))).hasMessageContaining("nested more than 1000");
        assertThatThrownBy(() -> Parser.parse("exp(".repeat(2_000) + "x")).hasMessageContaining("nested more than 1000");
    }
}

package studio.backprop.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.core.problem.ProblemException;

class NumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "-2        | -2",
            "−2        | -2",
            "0.5       | 0.5",
            ".5        | 0.5",
            "+3        | 3",
            "1e-3      | 0.001",
            "2.5E+2    | 250",
            "'  7  '   | 7",
            "1e12      | 1e12",
            "-1e12     | -1e12",
    })
    void acceptsWhatAUserTypes(String text, double expected) {
        assertThat(Numbers.parseValue(text, "x")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "''        | x must be a number such as -2, 0.5 or 1e-3, but it is empty",
            "'   '     | x must be a number such as -2, 0.5 or 1e-3, but it is empty",
            "abc       | x must be a number such as -2, 0.5 or 1e-3, not 'abc'",
            "2x        | x must be a number such as -2, 0.5 or 1e-3, not '2x'",
            "1d        | x must be a number such as -2, 0.5 or 1e-3, not '1d'",
            "0x1p3     | x must be a number such as -2, 0.5 or 1e-3, not '0x1p3'",
            "1e        | x must be a number such as -2, 0.5 or 1e-3, not '1e'",
            "--2       | x must be a number such as -2, 0.5 or 1e-3, not '--2'",
            "1,5       | x must be a number such as -2, 0.5 or 1e-3, not '1,5'",
            "NaN       | x must be a finite number, not 'NaN'",
            "-Infinity | x must be a finite number, not '-Infinity'",
            "∞         | x must be a finite number, not '∞'",
            "1e13      | x must be at most 1e12 in magnitude, not 1e13",
            "-2e12     | x must be at most 1e12 in magnitude, not -2e12",
            "1e999     | x must be at most 1e12 in magnitude, not 1e999",
    })
    void refusesAnythingElseSayingWhatWasExpected(String text, String message) {
        assertThatThrownBy(() -> Numbers.parseValue(text, "x"))
                .isInstanceOf(ProblemException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc | the learning rate must be a number such as -2, 0.5 or 1e-3, not 'abc'"})
    void namesWhatTheNumberIs(String text, String message) {
        assertThatThrownBy(() -> Numbers.parseValue(text, "the learning rate")).hasMessage(message);
    }
}

package studio.backprop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberStyleTest {

    @ParameterizedTest
    @CsvSource({
            "0.3775, 0.3775",
            "0.5932699921071872, 0.593269992",
            "1.10590596705977, 1.105905967",
            "0.7513650695523157, 0.75136507",
            "0.0004385677344743, 0.000438568",
            "3.5101877830e-05, 0.0000351019",
            "-0.019049118, -0.019049118",
            "-12, -12",
            "3, 3",
            "0, 0",
            "123456.789012345, 123456.789",
            "1.5e-9, 1.5e-9"
    })
    void lectureStylePrintsAsTheLectureDoes(double value, String expected) {
        assertThat(NumberStyle.LECTURE.format(value)).isEqualTo(expected);
    }

    @Test
    void significantDigits() {
        assertThat(NumberStyle.digits(3).format(0.5932699921071872)).isEqualTo("0.593");
        assertThat(NumberStyle.digits(4).format(-12.0)).isEqualTo("-12");
        assertThat(NumberStyle.digits(2).format(Double.NaN)).isEqualTo("NaN");
        assertThatThrownBy(() -> NumberStyle.digits(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latexOfTheChainRule() {
        Formula chain = Formula.product(Formula.partial("E_total", "out_o1"), Formula.partial("out_o1", "net_o1"));
        assertThat(chain.toLatex(NumberStyle.LECTURE)).isEqualTo(
                "\\frac{\\partial E_{total}}{\\partial out_{o1}} \\cdot \\frac{\\partial out_{o1}}{\\partial net_{o1}}");
    }
}

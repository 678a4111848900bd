package studio.backprop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Typesetting as in the slides: one rule for signs in text and LaTeX (a negative operand after a binary
 * operator in parentheses, a non-negative one never), softmax as a fraction of exponentials, and
 * multi-letter names set as plain math letters (JLaTeXMath sets {@code \mathit{out}} as "o ut").
 */
class FormulaTypesettingTest {
    private static final NumberStyle STYLE = NumberStyle.LECTURE;

    private static Formula num(double value) {
        return Formula.num(value);
    }

    @Test
    void negativeZeroPrintsAsZeroAndGetsNoParentheses() {
        Formula sum = Formula.apply(Op.ADD, num(-2), num(-0.0));
        assertThat(sum.toText(STYLE)).isEqualTo("-2 + 0");
        assertThat(sum.toLatex(STYLE)).isEqualTo("-2 + 0");
        assertThat(Formula.sum(List.of(num(1), num(-0.0))).toText(STYLE)).isEqualTo("1 + 0");
        assertThat(Formula.product(num(2), num(-0.0)).toText(STYLE)).isEqualTo("2 · 0");
    }

    @Test
    void aNegativeOperandAfterAnOperatorIsParenthesisedInTextAndLatex() {
        Formula sum = Formula.apply(Op.ADD, num(0.055399425), num(-0.019049118));
        assertThat(sum.toText(STYLE)).isEqualTo("0.055399425 + (-0.019049118)");
        assertThat(sum.toLatex(STYLE)).isEqualTo("0.055399425 + \\left(-0.019049118\\right)");
        assertThat(Formula.apply(Op.MUL, num(3), num(-4)).toText(STYLE)).isEqualTo("3·(-4)");
        assertThat(Formula.apply(Op.SUB, num(1), num(-4)).toText(STYLE)).isEqualTo("1 - (-4)");
        assertThat(Formula.apply(Op.DIV, num(1), num(-4)).toText(STYLE)).isEqualTo("1/(-4)");
        assertThat(Formula.apply(Op.NEG, num(-4)).toText(STYLE)).isEqualTo("-(-4)");
        assertThat(Formula.apply(Op.POW, num(2), num(-1)).toText(STYLE)).isEqualTo("2^(-1)");
        assertThat(Formula.apply(Op.POW, num(-2), num(2)).toText(STYLE)).isEqualTo("(-2)^2");
    }

    @Test
    void aFirstOperandKeepsItsBareMinus() {
        assertThat(Formula.apply(Op.MUL, num(-1), num(-2)).toText(STYLE)).isEqualTo("-1·(-2)");
        assertThat(Formula.apply(Op.ADD, num(-2), num(5)).toText(STYLE)).isEqualTo("-2 + 5");
    }

    @Test
    void aLaterTermThatStartsWithANegativeFactorParenthesisesThatFactor() {
        // the sum over two paths of (x·y) − (x·z) at x = −2, y = 5, z = −4: it printed "1 · 5 + -1 · (-4)"
        Formula paths = Formula.sum(List.of(Formula.product(num(1), num(5)), Formula.product(num(-1), num(-4))));
        assertThat(paths.toText(STYLE)).isEqualTo("1 · 5 + (-1) · (-4)");
        assertThat(paths.toLatex(STYLE)).isEqualTo("1 \\cdot 5 + \\left(-1\\right) \\cdot \\left(-4\\right)");
        Formula weighted = Formula.apply(Op.WEIGHTED_SUM, num(0.15), num(0.05), num(-0.2), num(0.1), num(-0.35));
        assertThat(weighted.toText(STYLE)).isEqualTo("0.15·0.05 + (-0.2)·0.1 + (-0.35)·1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-5.49, -1e-12, -0.0, 0, 3, 1e-12})
    void noOperandAfterAnOperatorPrintsABareMinusAndNoNonNegativeOneIsParenthesised(double value) {
        for (Op op : List.of(Op.ADD, Op.SUB, Op.MUL, Op.DIV)) {
            String text = Formula.apply(op, Formula.symbol("a"), num(value)).toText(STYLE);
            String printed = STYLE.format(value);
            assertThat(text).doesNotContain("+ -").doesNotContain("- -").doesNotContain("·-").doesNotContain("/-");
            assertThat(text).endsWith(printed.startsWith("-") ? "(" + printed + ")" : printed);
        }
    }

    @Test
    void softmaxIsAFractionOfExponentials() {
        Formula symbolic = Formula.apply(Op.SOFTMAX, Formula.symbol("net_o1"), Formula.symbol("net_o1"), Formula.symbol("net_o2"));
        assertThat(symbolic.toText(STYLE)).isEqualTo("e^net_o1/Σ_k e^net_ok");
        assertThat(symbolic.toLatex(STYLE)).isEqualTo("\\frac{e^{net_{o1}}}{\\sum_{k} e^{net_{ok}}}");
        Formula numbers = Formula.apply(Op.SOFTMAX, num(0.58), num(0.58), num(-0.21));
        assertThat(numbers.toText(STYLE)).isEqualTo("e^0.58/(e^0.58 + e^(-0.21))");
        assertThat(numbers.toLatex(STYLE)).isEqualTo("\\frac{e^{0.58}}{e^{0.58} + e^{-0.21}}");
    }

    @Test
    void aLongSoftmaxSumShowsItsEnds() {
        Formula ten = Formula.apply(Op.SOFTMAX, num(1), num(1), num(2), num(3), num(4), num(5), num(6));
        assertThat(ten.toText(STYLE)).isEqualTo("e^1/(e^1 + e^2 + … + e^6)");
        assertThat(ten.toLatex(STYLE)).isEqualTo("\\frac{e^{1}}{e^{1} + e^{2} + \\cdots + e^{6}}");
    }

    @Test
    void multiLetterNamesAreSetAsPlainMathLetters() {
        Formula partial = Formula.partial("E_total", "out_h1");
        assertThat(partial.toLatex(STYLE)).isEqualTo("\\frac{\\partial E_{total}}{\\partial out_{h1}}").doesNotContain("\\mathit");
        assertThat(Formula.symbol("η").toLatex(STYLE)).isEqualTo("\\eta");
    }

    @Test
    void anOperandIsFormattedByTheSameRule() {
        assertThat(STYLE.operand(-0.019049118)).isEqualTo("(-0.019049118)");
        assertThat(STYLE.operand(-0.0)).isEqualTo("0");
        assertThat(STYLE.operand(0.4)).isEqualTo("0.4");
    }
}

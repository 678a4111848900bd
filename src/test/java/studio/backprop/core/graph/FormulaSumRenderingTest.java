package studio.backprop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaSumRenderingTest {

    private static final Formula A = Formula.symbol("a");
    private static final Formula B = Formula.symbol("b");
    private static final Formula C = Formula.symbol("c");

    @Test
    void aProductAfterAMinusOrPlusNeedsNoParentheses() {
        assertThat(Formula.apply(Op.SUB, A, Formula.apply(Op.MUL, B, C)).toText(NumberStyle.LECTURE)).isEqualTo("a - b·c");
        assertThat(Formula.sum(List.of(Formula.product(A, B), Formula.product(B, C))).toText(NumberStyle.LECTURE))
                .isEqualTo("a · b + b · c");
    }

    @Test
    void sumsAndNegativeNumbersAfterAMinusKeepTheirParentheses() {
        assertThat(Formula.apply(Op.SUB, A, Formula.apply(Op.SUB, B, C)).toText(NumberStyle.LECTURE)).isEqualTo("a - (b - c)");
        assertThat(Formula.apply(Op.SUB, Formula.num(0.5), Formula.apply(Op.MUL, Formula.num(0.5), Formula.num(-2)))
                .toText(NumberStyle.LECTURE)).isEqualTo("0.5 - 0.5·(-2)");
        assertThat(Formula.apply(Op.ADD, A, Formula.num(-4)).toText(NumberStyle.LECTURE)).isEqualTo("a + (-4)");
        assertThat(Formula.apply(Op.DIV, A, Formula.apply(Op.MUL, B, C)).toText(NumberStyle.LECTURE)).isEqualTo("a/(b·c)");
    }
}

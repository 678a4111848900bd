package studio.backprop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatexTest {
    @Test
    void escapesNamesInText() {
        assertThat(Latex.escape("session my_net#2 50% {x}")).isEqualTo("session my\\_net\\#2 50\\% \\{x\\}");
        assertThat(Latex.escape("∂E_o2/∂out_h1")).isEqualTo("$\\partial$E\\_o2/$\\partial$out\\_h1");
        assertThat(Latex.escape("a\\b ~ ^ η−1…")).isEqualTo("a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{} $\\eta$-1\\ldots{}");
    }

    @Test
    void alignsAtTheFirstEqualsSign() {
        assertThat(Latex.align("a = b = c")).isEqualTo("a &= b = c");
        assertThat(Latex.align("a")).isEqualTo("a");
    }
}

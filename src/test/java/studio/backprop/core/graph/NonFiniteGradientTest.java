package studio.backprop.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import studio.backprop.core.expr.ExpressionException;
import studio.backprop.core.expr.Parser;

/** A gradient that leaves the doubles is refused like a forward value that does, naming the step. */
class NonFiniteGradientTest {
    @Test
    void logNearZeroHasAnInfiniteDerivativeAndIsRefused() {
        assertThatThrownBy(() -> Parser.parse("log(x)").run(Map.of("x", 1e-320)))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("overflow in the backward pass at ∂f/∂x = ∂f/∂f · ∂f/∂x = 1 · ∞");
    }

    @Test
    void aProductOfLargeLocalGradientsIsRefusedAtTheStepWhereItOverflows() {
        // f = (x·y)·y with y = 1e200: ∂f/∂x = ∂f/∂q · ∂q/∂x = 1e200 · 1e200 overflows at x, though every value is finite
        assertThatThrownBy(() -> Parser.parse("q = x * y; f = q * y").run(Map.of("x", 1e-300, "y", 1e200)))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("overflow in the backward pass at ∂f/∂x = ∂f/∂q · ∂q/∂x");
    }

    @Test
    void largeButFiniteGradientsStillPass() {
        Trace trace = Parser.parse("log(x)").run(Map.of("x", 1e-300));
        assertThat(trace.gradient("x")).isCloseTo(1e300, Percentage.withPercentage(1e-9));
    }
}

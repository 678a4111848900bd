package studio.backprop.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import studio.backprop.FuzzRun;

/**
 * The long run of {@link ExpressionPropertiesTest}: the same properties on many more cases. Off by default;
 * {@code ./mvnw -o test -Dtest=ExpressionFuzzLongRunTest -Dbackprop.fuzz.tries=1000000 -Dbackprop.fuzz.seconds=420}.
 */
@Tag("fuzz")
@EnabledIfSystemProperty(named = FuzzRun.TRIES, matches = "\\d+")
class ExpressionFuzzLongRunTest {
    private final ExpressionPropertiesTest properties = new ExpressionPropertiesTest();

    /** One case of the gradient property. */
    record GradientCase(ExpressionPropertiesTest.Program program, double x, double y, double z, long seed) { }

    @Test
    void arbitraryTextOnlyEverFailsWithAnExpressionException() {
        FuzzRun.Outcome outcome = FuzzRun.run("parser: arbitrary text", properties.texts(),
                properties::arbitraryTextOnlyEverFailsWithAnExpressionException);
        assertThat(outcome.passed()).isPositive();
    }

    @Test
    void gradientsOfParsedExpressionsMatchCentralDifferences() {
        Arbitrary<Double> coordinate = Arbitraries.doubles().between(-2, 2);
        Arbitrary<GradientCase> cases = Combinators.combine(properties.programs(), coordinate, coordinate, coordinate,
                Arbitraries.longs()).as(GradientCase::new);
        FuzzRun.Outcome outcome = FuzzRun.run("parser: gradients", cases, c -> properties
                .gradientsOfParsedExpressionsMatchCentralDifferences(c.program(), c.x(), c.y(), c.z(), c.seed()));
        assertThat(outcome.passed()).isPositive();
    }
}

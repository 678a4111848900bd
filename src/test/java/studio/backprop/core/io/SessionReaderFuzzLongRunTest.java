package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import studio.backprop.FuzzRun;

/**
 * The long run of {@link SessionReaderMutationTest}: the reader alone on {@code -Dbackprop.fuzz.tries=N}
 * mutated presets, in-process, nothing traced. Off by default;
 * {@code ./mvnw -o test -Dtest=SessionReaderFuzzLongRunTest -Dbackprop.fuzz.tries=1000000}.
 */
@Tag("fuzz")
@EnabledIfSystemProperty(named = FuzzRun.TRIES, matches = "\\d+")
class SessionReaderFuzzLongRunTest {
    private final SessionFilesPropertyTest cases = new SessionFilesPropertyTest();

    @Test
    void mutatedPresetsReadWithinTheLimitsOrAreRefusedInOneLine() {
        Arbitrary<String> mutants = Combinators.combine(cases.presetTexts(), cases.edits()).as((text, edits) -> {
            String mutated = text;
            for (SessionFilesPropertyTest.Edit edit : edits) mutated = edit.applyTo(mutated);
            return mutated;
        });
        FuzzRun.Outcome outcome = FuzzRun.run("session reader: mutated presets", mutants,
                SessionReaderMutationTest::readsWithinLimitsOrRefuses);
        assertThat(outcome.passed()).isPositive();
    }
}

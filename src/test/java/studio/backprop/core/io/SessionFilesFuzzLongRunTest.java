package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import studio.backprop.FuzzRun;

/**
 * The long run of {@link SessionFilesPropertyTest}: the same properties on many more cases. Off by default;
 * {@code ./mvnw -o test -Dtest=SessionFilesFuzzLongRunTest -Dbackprop.fuzz.tries=1000000 -Dbackprop.fuzz.seconds=420}.
 */
@Tag("fuzz")
@EnabledIfSystemProperty(named = FuzzRun.TRIES, matches = "\\d+")
class SessionFilesFuzzLongRunTest {
    private final SessionFilesPropertyTest properties = new SessionFilesPropertyTest();

    /** One case of the mutation property. */
    record Mutant(String original, List<SessionFilesPropertyTest.Edit> edits) {
        @Override
        public String toString() {
            return "edits " + edits + " of a preset of " + original.length() + " characters";
        }
    }

    @Test
    void randomBytesGiveASessionOrASessionException() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        FuzzRun.Outcome outcome = FuzzRun.run("session files: random bytes", bytes,
                properties::randomBytesGiveASessionOrASessionException);
        assertThat(outcome.passed()).isPositive();
    }

    @Test
    void mutatedSessionsGiveASessionOrASessionException() {
        Arbitrary<Mutant> cases = Combinators.combine(properties.presetTexts(), properties.edits()).as(Mutant::new);
        FuzzRun.Outcome outcome = FuzzRun.run("session files: mutated presets", cases,
                m -> properties.mutatedSessionsGiveASessionOrASessionException(m.original(), m.edits()));
        assertThat(outcome.passed()).isPositive();
    }
}

package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the bytes, reading gives a session or a one-line SessionException, never another exception; and a
 * session that reads also writes and reads back the same. Tries are few here; raise them for a long run.
 */
class SessionFilesPropertyTest {

    /** One edit of the text: delete, insert or replace a character at a position (taken modulo the length). */
    record Edit(int kind, int position, char character) {
        String applyTo(String text) {
            if (text.isEmpty()) return String.valueOf(character);
            int at = Math.floorMod(position, text.length());
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(at + 1);
                case 1 -> text.substring(0, at) + character + text.substring(at);
                default -> text.substring(0, at) + character + text.substring(at + 1);
            };
        }
    }

    @Property(tries = 200)
    void randomBytesGiveASessionOrASessionException(@ForAll @Size(max = 400) byte[] bytes) {
        readsOrRefuses(() -> SessionFiles.read(bytes, "junk.bin"));
    }

    @Property(tries = 400)
    void mutatedSessionsGiveASessionOrASessionException(@ForAll("presetTexts") String original, @ForAll("edits") List<Edit> edits) {
        String text = original;
        for (Edit edit : edits) text = edit.applyTo(text);
        String mutated = text;
        readsOrRefuses(() -> SessionFiles.read(mutated, "mutant.json"));
    }

    @Provide
    Arbitrary<String> presetTexts() {
        return Arbitraries.of(Presets.names()).map(name -> SessionFilesTest.resource(name + ".json"));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Character> characters = Arbitraries.oneOf(
                Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '\\', '-', '.', 'e', 'E', '0', '1', '9', ' ', '\n', 'n', 't'),
                Arbitraries.chars());
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 5_000),
                characters).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    private static void readsOrRefuses(Supplier<Session> read) {
        Session session;
        try {
            session = read.get();
        } catch (SessionException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").contains(": ");
            return;
        }
        String written = SessionFiles.write(session);
        assertThat(SessionFiles.read(written, "again.json")).isEqualTo(session);
    }
}

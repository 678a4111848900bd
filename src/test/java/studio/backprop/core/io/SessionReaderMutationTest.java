package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import studio.backprop.core.doc.NetworkDocument;

/**
 * The reader alone on mutated presets, fast enough to reach a million cases in-process
 * ({@link SessionReaderFuzzLongRunTest}): every mutant gives a session within {@link Limits} or a one-line
 * {@link SessionException}, never another exception. Unlike {@link SessionFilesPropertyTest} nothing is
 * written back or traced, so one case costs the read only.
 */
class SessionReaderMutationTest {
    private final SessionFilesPropertyTest cases = new SessionFilesPropertyTest();

    @Property(tries = 1_000)
    void aMutatedPresetReadsWithinTheLimitsOrIsRefusedInOneLine(@ForAll("presetTexts") String original,
                                                               @ForAll("edits") List<SessionFilesPropertyTest.Edit> edits) {
        String text = original;
        for (SessionFilesPropertyTest.Edit edit : edits) text = edit.applyTo(text);
        readsWithinLimitsOrRefuses(text);
    }

    @Provide
    Arbitrary<String> presetTexts() {
        return cases.presetTexts();
    }

    @Provide
    Arbitrary<List<SessionFilesPropertyTest.Edit>> edits() {
        return cases.edits();
    }

    static void readsWithinLimitsOrRefuses(String text) {
        Session session;
        try {
            session = SessionFiles.read(text, "mutant.json");
        } catch (SessionException refused) {
            assertThat(refused.getMessage()).doesNotContain("\n").doesNotContain("\r").startsWith("mutant.json: ");
            return;
        }
        if (session.document() instanceof NetworkDocument network) {
            assertThat(network.network().parameterCount()).isLessThanOrEqualTo(Limits.MAX_PARAMETERS);
            long numbers = (long) (network.data().train().size() + network.data().test().size())
                    * (network.network().size(0) + network.network().size(network.network().layerCount() - 1));
            assertThat(numbers).isLessThanOrEqualTo(Limits.MAX_DATA_NUMBERS);
        }
    }
}

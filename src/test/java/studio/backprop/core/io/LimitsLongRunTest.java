package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import studio.backprop.FuzzRun;
import studio.backprop.core.doc.NetworkDocument;

/**
 * The largest network session the reader accepts, 2-444-444-1 with 100,000 samples and every number the
 * longest a double is written as, written and read back in full (about 15 MB). Off by default, with the
 * other long runs ({@code -Dbackprop.fuzz.tries=1}).
 */
@Tag("fuzz")
@EnabledIfSystemProperty(named = FuzzRun.TRIES, matches = "\\d+")
class LimitsLongRunTest {
    @Test
    void theLargestSessionSavesUnderTheFileLimitAndReadsBack() {
        NetworkDocument largest = LimitsTest.maxShaped(new int[] {2, 444, 444, 1}, Limits.MAX_DATA_NUMBERS / 3);
        String text = SessionFiles.write(largest, "max", "");
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.println("largest session: " + bytes + " bytes");
        assertThat(bytes).isLessThanOrEqualTo(SessionFiles.MAX_FILE_BYTES);
        NetworkDocument read = (NetworkDocument) SessionFiles.read(text, "max.json").document();
        assertThat(read.network().parameterCount()).isEqualTo(largest.network().parameterCount());
        assertThat(read.data().train()).hasSize(Limits.MAX_DATA_NUMBERS / 3);
    }
}

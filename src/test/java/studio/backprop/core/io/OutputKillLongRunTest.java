package studio.backprop.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import studio.backprop.FuzzRun;

/**
 * The long run of {@link OutputKillTest}: {@code -Dbackprop.fuzz.tries=N} kills of the 24 MB writer and N of a
 * real {@code export --preset digits --view network --scale 4}, each at a random point. Off by default.
 */
@Tag("fuzz")
@EnabledIfSystemProperty(named = FuzzRun.TRIES, matches = "\\d+")
class OutputKillLongRunTest {
    @Test
    void manyKills() throws Exception {
        long tries = Long.getLong(FuzzRun.TRIES);
        SplittableRandom random = new SplittableRandom(Long.getLong("backprop.kill.seed", System.nanoTime()));
        for (int i = 0; i < tries; i++) {
            Path dir = Files.createTempDirectory("kill");
            OutputKillTest.killWriter(dir, random, i);
            OutputKillTest.killExport(dir, random, "4");
        }
        System.out.println("output kills: " + tries + " writer kills and " + tries + " export kills, every target whole");
    }
}

package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomicity under SIGKILL: a child JVM writing a large file through {@link OutputTarget} (24 MB, or a real
 * {@code export} of the digits network) is killed at a random point, and the target is then either the old
 * file, byte for byte, or the complete new one — never a mixture or a truncated file. The long run is
 * {@link OutputKillLongRunTest}.
 */
class OutputKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillWhileWritingLeavesTheOldFileOrTheNewOne() throws Exception {
        SplittableRandom random = new SplittableRandom(Long.getLong("backprop.kill.seed", System.nanoTime()));
        for (int trial = 0; trial < 3; trial++) killWriter(dir, random, trial);
    }

    @Test
    void aKillDuringARealExportLeavesTheOldPngOrTheNewOne() throws Exception {
        killExport(dir, new SplittableRandom(Long.getLong("backprop.kill.seed", System.nanoTime())), "2");
    }

    /** One trial: kill the writer after a random number of chunks (or after the rename), then check the target. */
    static void killWriter(Path dir, SplittableRandom random, int trial) throws Exception {
        Path target = dir.resolve("big-" + trial + ".bin");
        byte[] old = ("the old file " + trial).getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        long seed = random.nextLong(1, Long.MAX_VALUE / 2_000_000);
        int killAfter = random.nextInt(OutputKillChild.CHUNKS + 1); // CHUNKS: after "wrote"
        Process child = start(dir, List.of(OutputKillChild.class.getName(), target.toString(), String.valueOf(seed)));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String expected = killAfter == OutputKillChild.CHUNKS ? "wrote" : "chunk " + killAfter;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(expected)) break;
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        byte[] now = Files.readAllBytes(target);
        if (Arrays.equals(now, old)) return;
        assertThat(now).as("kill after %d: neither the old file nor the new one", killAfter)
                .hasSize(OutputKillChild.CHUNKS * OutputKillChild.CHUNK);
        byte[] chunk = new byte[OutputKillChild.CHUNK];
        for (int i = 0; i < OutputKillChild.CHUNKS; i++) {
            OutputKillChild.content(seed, i, chunk);
            assertThat(Arrays.equals(now, i * chunk.length, (i + 1) * chunk.length, chunk, 0, chunk.length))
                    .as("chunk %d of the new file", i).isTrue();
        }
    }

    /**
     * One trial of a real export: once its temporary file exists, wait until it holds a random number of bytes
     * (or is renamed), kill, and check the target is the old PNG or a complete new one.
     */
    static void killExport(Path dir, SplittableRandom random, String scale) throws Exception {
        Path target = dir.resolve("keep.png");
        byte[] old = OutputKillTest.class.getResourceAsStream("/studio/backprop/presets/mazur.json").readAllBytes();
        Files.write(target, old); // any old content: it must survive byte for byte
        long threshold = random.nextLong(1, 4L << 20);
        Process child = start(dir, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "studio.backprop.cli.Cli", "export", "--preset", "digits", "--view", "network",
                "--scale", scale, "--out", target.toString()));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            boolean staged = false;
            while (child.isAlive() && System.nanoTime() < deadline) {
                List<Path> temps = temporaries(dir);
                if (!temps.isEmpty()) staged = true;
                if (staged && (temps.isEmpty() || Files.size(temps.get(0)) >= threshold)) break;
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        byte[] now = Files.readAllBytes(target);
        if (Arrays.equals(now, old)) return;
        assertThat(ImageIO.read(target.toFile())).as("the new PNG reads whole").isNotNull();
        assertThat(Arrays.copyOfRange(now, now.length - 8, now.length - 4))
                .as("ends with the IEND chunk").isEqualTo("IEND".getBytes(StandardCharsets.US_ASCII));
    }

    private static List<Path> temporaries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    private static Process start(Path dir, List<String> arguments) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectError(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }
}

package studio.backprop.core.io;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The child JVM of {@link OutputKillTest}: writes {@code CHUNKS} chunks of 1 MB through {@link OutputTarget},
 * printing "chunk N" after each and "wrote" after the rename, so the parent can kill it at a chosen point.
 * Arguments: the target file and the seed of the content.
 */
public final class OutputKillChild {
    static final int CHUNKS = 24;
    static final int CHUNK = 1 << 20;

    private OutputKillChild() { }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        OutputTarget.write(Path.of(args[0]), stream -> {
            byte[] chunk = new byte[CHUNK];
            for (int i = 0; i < CHUNKS; i++) {
                content(Long.parseLong(args[1]), i, chunk);
                stream.write(chunk);
                stream.flush();
                out.println("chunk " + i);
                out.flush();
            }
        });
        out.println("wrote");
        out.flush();
    }

    /** Chunk {@code index} of the content for {@code seed}. */
    static void content(long seed, int index, byte[] into) {
        new SplittableRandom(seed * 1_000_003L + index).nextBytes(into);
    }
}

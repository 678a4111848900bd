package studio.backprop.core.io;

import java.util.SplittableRandom;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.NetworkDocument;

/**
 * Practice networks for a worksheet: the lecture's 2-2-2 network with "nice" random numbers a student can
 * work with by hand. Weights and biases are multiples of 0.05 in [−1, 1] (never 0), inputs multiples of 0.05
 * in [0.05, 1], targets multiples of 0.05 in [0.05, 0.95]. The same seed gives the same network.
 */
public final class Worksheets {
    /** The grid every number of a worksheet lies on. */
    public static final double GRID = 0.05;

    /** The weights and biases a worksheet draws. */
    public static final String[] PARAMETERS = {"w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"};

    private Worksheets() { }

    /** The lecture network with this seed's nice numbers, named {@code worksheet-SEED}. */
    public static NetworkDocument generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Document document = Presets.load("mazur").document();
        for (String parameter : PARAMETERS) {
            int k = random.nextInt(1, 21) * (random.nextBoolean() ? 1 : -1); // ±1 … ±20 grid steps
            document = DocumentEdits.set(document, parameter, round(k * GRID));
        }
        document = DocumentEdits.set(document, "i1", round(random.nextInt(1, 21) * GRID));
        document = DocumentEdits.set(document, "i2", round(random.nextInt(1, 21) * GRID));
        document = DocumentEdits.set(document, "target_o1", round(random.nextInt(1, 20) * GRID));
        document = DocumentEdits.set(document, "target_o2", round(random.nextInt(1, 20) * GRID));
        NetworkDocument network = (NetworkDocument) document;
        return new NetworkDocument("worksheet-" + seed, network.network(), network.data(), network.sample());
    }

    /** The given numbers a worksheet prints, in order: inputs, targets, weights, biases. */
    public static String[] givenNames() {
        return new String[] {"i1", "i2", "target_o1", "target_o2", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"};
    }

    /** The nearest multiple of 0.01 (removes the binary noise of k · 0.05). */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

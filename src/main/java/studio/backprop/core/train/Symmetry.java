package studio.backprop.core.train;

import java.util.OptionalInt;
import studio.backprop.core.nn.NetworkSpec;

/**
 * Spots the symmetry that all-equal initial weights never break: a hidden layer whose neurons are all the
 * same (same bias, same incoming and same outgoing weights) gets the same gradient for each and stays so.
 */
public final class Symmetry {
    private Symmetry() { }

    /** The first hidden layer (counting the inputs as layer 0) of two or more identical neurons; empty when there is none. */
    public static OptionalInt symmetricLayer(NetworkSpec spec) {
        for (int l = 1; l < spec.layerCount() - 1; l++) {
            if (spec.size(l) > 1 && identicalNeurons(spec, l)) return OptionalInt.of(l);
        }
        return OptionalInt.empty();
    }

    /** Whether every neuron of hidden layer {@code l} has the same incoming weights, bias and outgoing weights. */
    public static boolean identicalNeurons(NetworkSpec spec, int l) {
        double[][][] w = spec.weights();
        double[][] b = spec.biases();
        for (int j = 1; j < spec.size(l); j++) {
            if (!close(b[l - 1][j], b[l - 1][0])) return false;
            for (int k = 0; k < spec.size(l - 1); k++) if (!close(w[l - 1][j][k], w[l - 1][0][k])) return false;
            for (int o = 0; o < spec.size(l + 1); o++) if (!close(w[l][o][j], w[l][o][0])) return false;
        }
        return true;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}

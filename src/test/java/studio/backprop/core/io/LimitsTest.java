package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.UpdateOrder;

/** The reader's limits: tiny files cannot ask for huge networks, and whatever opens can be saved. */
class LimitsTest {
    /** The longest text a double is written as: 23 characters. */
    static final double LONGEST = -1.2345678901234567E-100;

    @Test
    void aNetworkAtEveryLimitWithTheLongestNumbersWouldSaveUnderTheFileLimit() {
        // the writer spends a fixed number of bytes per weight and per sample, so two small files give the cost
        // of the largest one; LimitsLongRunTest writes and reads that one in full
        long small = bytes(maxShaped(new int[] {2, 10, 10, 1}, 100));
        long wider = bytes(maxShaped(new int[] {2, 20, 20, 1}, 100));
        long longer = bytes(maxShaped(new int[] {2, 10, 10, 1}, 200));
        double perParameter = (double) (wider - small)
                / (NetworkSpec.parameterCount(new int[] {2, 20, 20, 1}) - NetworkSpec.parameterCount(new int[] {2, 10, 10, 1}));
        double perSample = (longer - small) / 100.0;
        double largest = small + perParameter * Limits.MAX_PARAMETERS + perSample * (Limits.MAX_DATA_NUMBERS / 3);
        assertThat(largest).isLessThanOrEqualTo(SessionFiles.MAX_FILE_BYTES);
    }

    /** A sigmoid network of these sizes, every weight, bias, input and target the longest number, with samples of 3 numbers. */
    static NetworkDocument maxShaped(int[] sizes, int samples) {
        int layers = sizes.length - 1;
        double[][][] weights = new double[layers][][];
        double[][] biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[sizes[l + 1]][sizes[l]];
            for (double[] row : weights[l]) Arrays.fill(row, LONGEST);
            biases[l] = new double[sizes[l + 1]];
            Arrays.fill(biases[l], LONGEST);
        }
        NetworkSpec spec = new NetworkSpec(sizes, Collections.nCopies(layers, Activation.SIGMOID), Loss.HALF_SSE,
                BiasMode.PER_NEURON, true, 0.5, UpdateOrder.EXACT, weights, biases);
        List<Sample> train = new ArrayList<>(Collections.nCopies(samples,
                new Sample(new double[] {LONGEST, LONGEST}, new double[] {LONGEST})));
        return new NetworkDocument("max", spec, new Dataset("max", train, List.of()), 0);
    }

    private static long bytes(NetworkDocument document) {
        return SessionFiles.write(document, "max", "").getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aSixHundredByteFileCannotAskForThirtyMillionWeights() {
        String text = network("[2, 4096, 4096, 4096, 2]", "\"sigmoid\", \"sigmoid\", \"sigmoid\", \"sigmoid\"",
                "\"init\": {\"method\": \"xavier\"}", "{\"builtin\": \"lecture\"}");
        assertThat(text.length()).isLessThan(600);
        assertThatThrownBy(() -> SessionFiles.read(text, "big.json")).isInstanceOf(SessionException.class)
                .hasMessage("big.json: network.sizes: a 2-4096-4096-4096-2 network has 33,583,106 weights and biases, "
                        + "more than the limit of 200,000");
    }

    @Test
    void sixtyFourLayersOfFourThousandNeuronsAreRefused() {
        String sizes = "[" + String.join(", ", Collections.nCopies(64, "4096")) + "]";
        String activations = String.join(", ", Collections.nCopies(63, "\"relu\""));
        assertThatThrownBy(() -> SessionFiles.read(network(sizes, activations, "\"init\": {\"method\": \"he\"}",
                "{\"builtin\": \"lecture\"}"), "deep.json"))
                .isInstanceOf(SessionException.class).hasMessageContaining("more than the limit of 200,000");
    }

    @Test
    void aNetworkOfTheLimitOpens() {
        Session session = SessionFiles.read(network("[2, 444, 444, 2]", "\"sigmoid\", \"sigmoid\", \"sigmoid\"",
                "\"init\": {\"method\": \"xavier\"}", "{\"builtin\": \"lecture\"}"), "edge.json");
        assertThat(((NetworkDocument) session.document()).network().parameterCount()).isEqualTo(199_802);
    }

    @Test
    void aWeightTooSmallForADoubleIsRefusedNotReadAsZero() {
        String text = SessionFiles.write(Presets.load("mazur")).replaceFirst("0\\.15\\b", "1e-999");
        assertThatThrownBy(() -> SessionFiles.read(text, "tiny.json")).isInstanceOf(SessionException.class)
                .hasMessage("tiny.json: network.weights[0][0][0]: 1e-999 is too small for a double: it would become 0");
        String zero = SessionFiles.write(Presets.load("mazur")).replaceFirst("0\\.15\\b", "0e-999");
        assertThat(SessionFiles.read(zero, "zero.json")).isNotNull();
        String negativeZero = SessionFiles.write(Presets.load("mazur")).replaceFirst("0\\.15\\b", "-0.0");
        assertThat(((NetworkDocument) SessionFiles.read(negativeZero, "z.json").document()).network().weight(0, 0, 0))
                .isEqualTo(-0.0);
    }

    @Test
    void dataBeyondTheLimitIsRefusedBeforeItIsRead() {
        StringBuilder train = new StringBuilder("{\"train\": [");
        for (int i = 0; i < 60_001; i++) train.append(i == 0 ? "" : ",").append("{\"inputs\": [1, 2, 3], \"targets\": [1, 0]}");
        train.append("]}");
        assertThatThrownBy(() -> SessionFiles.read(network("[3, 2, 2]", "\"sigmoid\", \"sigmoid\"",
                "\"init\": {\"method\": \"xavier\"}", train.toString()), "data.json"))
                .isInstanceOf(SessionException.class)
                .hasMessage("data.json: data.train: the data holds 300,005 inputs and targets, more than the limit of 300,000");
    }

    @Test
    void theTrainingLengthLimitIsTheCommandLines() {
        String text = SessionFiles.write(Presets.load("welch")).replace("\"iterations\": 2000", "\"iterations\": 20000000");
        assertThatThrownBy(() -> SessionFiles.read(text, "long.json")).isInstanceOf(SessionException.class)
                .hasMessageContaining("training.iterations: expected a whole number from 1 to 10,000,000");
    }

    private static String network(String sizes, String activations, String parameters, String data) {
        return "{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"network\", \"name\": \"n\", "
                + "\"network\": {\"sizes\": " + sizes + ", \"activations\": [" + activations + "], \"loss\": \"half-sse\", "
                + "\"bias\": \"per-neuron\", \"updateBiases\": true, \"learningRate\": 0.5, \"updateOrder\": \"exact\", "
                + parameters + "}, \"data\": " + data + "}";
    }
}

package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.data.Initializer;
import studio.backprop.core.doc.NetworkDocument;

/** The optional alternatives of format version 1: generated data, initialised weights, training defaults. */
class SessionAlternativesTest {

    private static final String CIRCLE = "{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"network\","
            + " \"network\": {\"sizes\": [2, 3, 1], \"activations\": [\"tanh\", \"sigmoid\"], \"loss\": \"cross-entropy\","
            + " \"bias\": \"per-neuron\", \"updateBiases\": true, \"learningRate\": 0.1, \"updateOrder\": \"exact\","
            + " \"init\": {\"method\": \"xavier\", \"seed\": 3}},"
            + " \"data\": {\"generator\": \"circle\", \"count\": 50, \"noise\": 0.1, \"seed\": 7, \"testFraction\": 0.5},"
            + " \"training\": {\"epochs\": 20, \"batchSize\": 10, \"momentum\": 0.9, \"l2\": 0.001}}";

    @Test
    void generatorInitAndTrainingReadAsTheirExpansions() {
        Session session = SessionFiles.read(CIRCLE, "c.json");
        NetworkDocument document = (NetworkDocument) session.document();
        assertThat(document.data()).isEqualTo(Datasets.circle(50, 0.1, 7, 0.5));
        assertThat(document.network()).isEqualTo(Initializer.xavier().apply(
                document.network().withParameters(zero(document.network().weights()), zero(document.network().biases())), 3));
        assertThat(session.training()).isEqualTo(new TrainingSettings(20, null, 10, 0.9, 0.001, null, null, null, null));
        // the writer expands the data and weights and keeps the training block
        Session again = SessionFiles.read(SessionFiles.write(session), "c.json");
        assertThat(again).isEqualTo(session);
    }

    private static double[][][] zero(double[][][] a) {
        for (double[][] l : a) for (double[] r : l) Arrays.fill(r, 0);
        return a;
    }

    private static double[][] zero(double[][] a) {
        for (double[] r : a) Arrays.fill(r, 0);
        return a;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"generator\": \"circle\"|\"generator\": \"moons\"|c.json: data.generator: unknown generator 'moons' (one of circle, xor-quadrants, gaussian, spiral)",
        "\"noise\": 0.1|\"noise\": 0.7|c.json: data.noise: must be from 0 to 0.5, found 0.7",
        "\"testFraction\": 0.5|\"testFraction\": 1|c.json: data.testFraction: must be at least 0 and below 1, found 1.0",
        "\"count\": 50, |\"count\": 1, |c.json: data.count: expected a whole number from 2 to 100,000, found 1",
        "\"method\": \"xavier\"|\"method\": \"lecun\"|c.json: network.init.method: unknown method 'lecun' (one of xavier, he, uniform, all-equal)",
        "\"seed\": 3}|\"seed\": 3, \"range\": 1}|c.json: network.init.range: only the method 'uniform' takes a range",
        "\"momentum\": 0.9|\"momentum\": 1.5|c.json: training.momentum: must be at least 0 and below 1, found 1.5",
        "\"epochs\": 20|\"epochs\": 20, \"iterations\": 5|c.json: training.iterations: give either 'epochs' or 'iterations', not both",
        "\"l2\": 0.001|\"l3\": 0.001|c.json: training.l3: unknown field (expected epochs, iterations, batchSize, momentum, l2, l1, dropout, shuffle, seed, expand, earlyStop, schedule, stopOn, validation)",
        "\"sizes\": [2, 3, 1]|\"sizes\": [3, 3, 1]|c.json: data.generator: 'circle' has 2 inputs and 1 targets per sample, but the network has 3 inputs and 1 outputs",
        "\"init\": {|\"weights\": [], \"init\": {|c.json: network.init: give either 'init' or 'weights' and 'biases', not both",
        "\"generator\": \"circle\"|\"builtin\": \"xor\"|c.json: data.count: unknown field (expected name, builtin, seed, testFraction)",
    })
    void badAlternativesAreReportedInOneLineNamingTheField(String piece, String replacement, String message) {
        assertThat(CIRCLE).contains(piece);
        assertThatThrownBy(() -> SessionFiles.read(CIRCLE.replace(piece, replacement), "c.json"))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage(message);
    }
}

package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.UpdateOrder;

class SessionFilesTest {

    /** The bundled Mazur preset's text, the starting point of every broken file below. */
    static String mazur() {
        return resource("mazur.json");
    }

    static String resource(String name) {
        try (InputStream in = SessionFilesTest.class.getResourceAsStream("/studio/backprop/presets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code mazur()} with one exact piece of text replaced; fails if the piece is not there once. */
    static String mazurWith(String piece, String replacement) {
        String text = mazur();
        assertThat(text.indexOf(piece)).as("piece %s", piece).isNotNegative().isEqualTo(text.lastIndexOf(piece));
        return text.replace(piece, replacement);
    }

    static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> SessionFiles.read(json, "mazur.json"))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage(message);
    }

    // ---- reading what is right

    @Test
    void readsTheMazurNetworkWithEveryField() {
        Session session = SessionFiles.read(mazur(), "mazur.json");
        assertThat(session.name()).isEqualTo("mazur");
        assertThat(session.description()).startsWith("Mazur's 2-2-2 sigmoid network");
        NetworkDocument document = (NetworkDocument) session.document();
        assertThat(document.name()).isEqualTo("mazur");
        assertThat(document.network().sizes()).containsExactly(2, 2, 2);
        assertThat(document.network().activations()).containsExactly(Activation.SIGMOID, Activation.SIGMOID);
        assertThat(document.network().loss()).isEqualTo(Loss.HALF_SSE);
        assertThat(document.network().biasMode()).isEqualTo(BiasMode.PER_LAYER);
        assertThat(document.network().updateBiases()).isFalse();
        assertThat(document.network().learningRate()).isEqualTo(0.5);
        assertThat(document.network().updateOrder()).isEqualTo(UpdateOrder.EXACT);
        assertThat(document.network().weights()).isDeepEqualTo(new double[][][] {
                {{0.15, 0.20}, {0.25, 0.30}}, {{0.40, 0.45}, {0.50, 0.55}}});
        assertThat(document.network().biases()).isDeepEqualTo(new double[][] {{0.35, 0.35}, {0.60, 0.60}});
        assertThat(document.data().name()).isEqualTo("lecture");
        assertThat(document.data().train()).hasSize(1);
        assertThat(document.data().train().get(0).inputs()).containsExactly(0.05, 0.10);
        assertThat(document.data().train().get(0).targets()).containsExactly(0.01, 0.99);
        assertThat(document.data().test()).isEmpty();
        assertThat(document.sample()).isZero();
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String json = mazurWith("\"description\": \"Mazur's 2-2-2 sigmoid network, the lecture's example: one shared bias per layer, "
                + "not updated, learning rate 0.5.\",\n", "")
                .replace("  \"name\": \"mazur\",\n", "")
                .replace("    \"name\": \"lecture\",\n", "")
                .replace(",\n    \"test\": []", "")
                .replace(",\n  \"sample\": 0", "");
        Session session = SessionFiles.read(json, "my-net.json");
        assertThat(session.description()).isEmpty();
        assertThat(session.name()).isEqualTo("my-net");
        NetworkDocument document = (NetworkDocument) session.document();
        assertThat(document.data().name()).isEqualTo("my-net");
        assertThat(document.data().test()).isEmpty();
        assertThat(document.sample()).isZero();
    }

    @Test
    void biasesMayBeLeftOutWhenThereAreNone() {
        String json = mazurWith("\"per-layer\"", "\"none\"").replace(",\n    \"biases\": [\n      [0.35, 0.35],\n      [0.6, 0.6]\n    ]", "");
        NetworkDocument document = (NetworkDocument) SessionFiles.read(json, "mazur.json").document();
        assertThat(document.network().biases()).isDeepEqualTo(new double[][] {{0, 0}, {0, 0}});
    }

    @Test
    void readsAnExpression() {
        Session session = SessionFiles.read("{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"expression\","
                + " \"expression\": \"f = a * b\", \"values\": {\"a\": 1.5, \"b\": -2}}", "product.json");
        assertThat(session.name()).isEqualTo("product");
        assertThat(session.document()).isEqualTo(new ExpressionDocument("f = a * b", Map.of("a", 1.5, "b", -2.0)));
    }

    @Test
    void acceptsAByteOrderMark(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("mazur.json");
        byte[] text = mazur().getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Files.write(file, withMark);
        assertThat(SessionFiles.read(file)).isEqualTo(SessionFiles.read(mazur(), "mazur.json"));
    }

    // ---- writing

    @ParameterizedTest
    @MethodSource("studio.backprop.core.io.PresetsTest#names")
    void everyPresetSurvivesWriteAndRead(String name) {
        Session preset = Presets.load(name);
        String written = SessionFiles.write(preset);
        Session again = SessionFiles.read(written, name + ".json");
        assertThat(again).isEqualTo(preset);
        assertThat(again.document()).isEqualTo(preset.document());
        assertThat(SessionFiles.write(again)).isEqualTo(written);
        assertThat(SessionFiles.write(preset)).isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("studio.backprop.core.io.PresetsTest#names")
    void thePresetFilesAreInTheWritersLayout(String name) {
        String file = resource(name + ".json");
        // presets in the short forms (an initialiser, generated or built-in data) are expanded when written
        Assumptions.assumeFalse(file.contains("\"init\"") || file.contains("\"generator\"")
                || file.contains("\"builtin\""));
        assertThat(SessionFiles.write(Presets.load(name))).isEqualTo(file);
    }

    @Test
    void writtenNumbersReadBackExactly() {
        double[] awkward = {0.1 + 0.2, 1e-300, -0.0, 123456789.123456789, 999_999_999_999.0, Math.PI};
        NetworkDocument mazur = (NetworkDocument) Presets.load("mazur").document();
        double[][][] weights = mazur.network().weights();
        weights[0][0][0] = awkward[0];
        weights[0][0][1] = awkward[1];
        weights[0][1][0] = awkward[2];
        weights[0][1][1] = awkward[3];
        weights[1][0][0] = awkward[4];
        weights[1][0][1] = awkward[5];
        NetworkDocument changed = mazur.withNetwork(mazur.network().withParameters(weights, mazur.network().biases()));
        Session read = SessionFiles.read(SessionFiles.write(changed, "odd", ""), "odd.json");
        assertThat(((NetworkDocument) read.document()).network().weights()).isDeepEqualTo(weights);
    }

    @Test
    void aDocumentThatWouldNotReadBackIsNotWritten() {
        NetworkDocument mazur = (NetworkDocument) Presets.load("mazur").document();
        double[][] biases = mazur.network().biases();
        biases[1][1] = 0.7;
        NetworkDocument uneven = mazur.withNetwork(mazur.network().withParameters(mazur.network().weights(), biases));
        assertThatThrownBy(() -> SessionFiles.write(uneven, "mazur", ""))
                .isExactlyInstanceOf(SessionException.class)
                .hasMessage("mazur.json: network.biases[1][1]: cannot save: with bias 'per-layer' a layer shares one bias, "
                        + "but 0.7 differs from 0.6");
    }

    // ---- refusing what is wrong

    @Test
    void malformedJson() {
        assertRefused("{\"format\": }", "mazur.json: not JSON (line 1, column 12: unexpected character '}')");
        assertRefused(mazurWith("\"loss\": \"half-sse\",", "\"loss\": \"half-sse\""),
                "mazur.json: not JSON (line 11, column 5: unexpected character '\"')");
        assertRefused("{\"format\": tru}", "mazur.json: not JSON (line 1, column 12: unrecognized word 'tru')");
        assertRefused("{\"format\": NaN}", "mazur.json: not JSON (line 1, column 15: 'NaN' is not allowed in JSON)");
        assertRefused(mazur() + "{}", "mazur.json: not JSON (line 39, column 1: more text after the end of the JSON value)");
        assertRefused("", "mazur.json: the file is empty");
        assertRefused(" \n ", "mazur.json: the file is empty");
    }

    @Test
    void truncatedFile() {
        String text = mazur();
        assertRefused(text.substring(0, text.indexOf("\"data\"")), "mazur.json: the file is truncated (JSON ended early at line 30)");
        assertRefused(text.substring(0, text.indexOf("Mazur's") + 3), "mazur.json: the file is truncated (JSON ended early at line 6)");
    }

    @Test
    void notASession() {
        assertRefused("[1, 2]", "mazur.json: not a Backprop Studio session (expected a JSON object, found an array)");
        assertRefused("{\"version\": 1}", "mazur.json: not a Backprop Studio session (no 'format' field)");
        assertRefused("{\"format\": \"other\"}",
                "mazur.json: not a Backprop Studio session (format is text 'other', expected 'backprop-studio-session')");
    }

    @Test
    void versions() {
        assertRefused(mazurWith("\"version\": 1,", "\"version\": 7,"), "mazur.json: version 7 is newer than this program understands (1)");
        assertRefused(mazurWith("\"version\": 1,", "\"version\": 0,"), "mazur.json: version 0 is not a valid version (versions start at 1)");
        assertRefused(mazurWith("\"version\": 1,", "\"version\": \"1\","), "mazur.json: version: expected a whole number, found text '1'");
        assertRefused(mazurWith("  \"version\": 1,\n", ""), "mazur.json: missing field 'version'");
    }

    @Test
    void wrongShapes() {
        assertRefused(mazurWith("[0.4, 0.45]", "[0.4, 0.45, 0.1]"),
                "mazur.json: network.weights[1][0]: expected 2 numbers (one per neuron of layer 1), found 3");
        assertRefused(mazurWith("[\n        [0.4, 0.45],\n        [0.5, 0.55]\n      ]", "[[0.4, 0.45]]"),
                "mazur.json: network.weights[1]: expected 2 rows (one per neuron of layer 2), found 1");
        assertRefused(mazurWith("[0.6, 0.6]", "[0.6]"),
                "mazur.json: network.biases[1]: expected 2 numbers (one per neuron of layer 2), found 1");
        assertRefused(mazurWith("\"sizes\": [2, 2, 2]", "\"sizes\": [2, 3, 2]"),
                "mazur.json: network.weights[0]: expected 3 rows (one per neuron of layer 1), found 2");
        assertRefused(mazurWith("\"inputs\": [0.05, 0.1]", "\"inputs\": [0.05]"),
                "mazur.json: data.train[0].inputs: expected 2 numbers (one per input neuron), found 1");
        assertRefused(mazurWith("\"targets\": [0.01, 0.99]", "\"targets\": [0.01, 0.99, 0.5]"),
                "mazur.json: data.train[0].targets: expected 2 numbers (one per output neuron), found 3");
        assertRefused(mazurWith("\"activations\": [\"sigmoid\", \"sigmoid\"]", "\"activations\": [\"sigmoid\"]"),
                "mazur.json: network.activations: expected 2 activations (one per layer after the inputs), found 1");
        assertRefused(mazurWith("\"sizes\": [2, 2, 2]", "\"sizes\": [2]"),
                "mazur.json: network.sizes: expected 2 to 64 layers (inputs first), found 1");
        assertRefused(mazurWith("\"train\": [\n      {\"inputs\": [0.05, 0.1], \"targets\": [0.01, 0.99]}\n    ]", "\"train\": []"),
                "mazur.json: data.train: needs at least one sample");
        assertRefused(mazurWith("\"sample\": 0", "\"sample\": 1"), "mazur.json: sample: expected a whole number from 0 to 0, found 1");
    }

    @Test
    void conventionsThatContradictEachOther() {
        assertRefused(mazurWith("[0.6, 0.6]", "[0.6, 0.7]"),
                "mazur.json: network.biases[1][1]: with bias 'per-layer' a layer shares one bias, but 0.7 differs from 0.6");
        assertRefused(mazurWith("\"per-layer\"", "\"none\""), "mazur.json: network.biases[0][0]: with bias 'none' every bias is 0, found 0.35");
        assertRefused(mazurWith("\"activations\": [\"sigmoid\", \"sigmoid\"]", "\"activations\": [\"softmax\", \"sigmoid\"]"),
                "mazur.json: network.activations[0]: softmax is for the output layer only");
        assertRefused(mazurWith("\"learningRate\": 0.5", "\"learningRate\": -0.5"),
                "mazur.json: network.learningRate: must be positive, found -0.5");
    }

    @Test
    void missingAndUnknownFields() {
        assertRefused(mazurWith("    \"loss\": \"half-sse\",\n", ""), "mazur.json: missing field 'network.loss'");
        assertRefused(mazurWith("  \"network\": {", "  \"netwrk\": {"),
                "mazur.json: netwrk: unknown field (expected network, data, sample, training)");
        assertRefused(mazurWith("\"learningRate\"", "\"learningrate\""), "mazur.json: network.learningrate: unknown field "
                + "(expected sizes, activations, loss, bias, updateBiases, learningRate, updateOrder, weights, biases, init)");
        assertRefused(mazurWith("\"kind\": \"network\"", "\"kind\": \"picture\""),
                "mazur.json: kind: unknown kind 'picture' (one of network, expression)");
    }

    @Test
    void wrongTypesAndUnknownNames() {
        assertRefused(mazurWith("\"learningRate\": 0.5", "\"learningRate\": \"0.5\""),
                "mazur.json: network.learningRate: expected a number, found text '0.5'");
        assertRefused(mazurWith("\"updateBiases\": false", "\"updateBiases\": 0"),
                "mazur.json: network.updateBiases: expected true or false, found 0");
        assertRefused(mazurWith("\"weights\": [", "\"weights\": {\"a\": 1}, \"w\": ["),
                "mazur.json: network.w: unknown field "
                        + "(expected sizes, activations, loss, bias, updateBiases, learningRate, updateOrder, weights, biases, init)");
        assertRefused(mazurWith("[0.15, 0.2]", "[0.15, null]"), "mazur.json: network.weights[0][0][1]: expected a number, found null");
        assertRefused(mazurWith("\"sizes\": [2, 2, 2]", "\"sizes\": [2, 2.5, 2]"),
                "mazur.json: network.sizes[1]: expected a whole number from 1 to 4,096, found 2.5");
        assertRefused(mazurWith("\"network\": {", "\"network\": [], \"x\": {"), "mazur.json: x: unknown field (expected network, data, sample, training)");
        assertRefused(mazurWith("\"activations\": [\"sigmoid\", \"sigmoid\"]", "\"activations\": [\"sigmod\", \"sigmoid\"]"),
                "mazur.json: network.activations[0]: unknown activation 'sigmod' (one of sigmoid, tanh, relu, linear, softmax)");
        assertRefused(mazurWith("\"half-sse\"", "\"l2\""), "mazur.json: network.loss: unknown loss 'l2' (one of half-sse, mse, cross-entropy)");
        assertRefused(mazurWith("\"per-layer\"", "\"shared\""),
                "mazur.json: network.bias: unknown bias mode 'shared' (one of per-neuron, per-layer, none)");
        assertRefused(mazurWith("\"exact\"", "\"buggy\""),
                "mazur.json: network.updateOrder: unknown update order 'buggy' (one of exact, layer-by-layer)");
    }

    @Test
    void nonFiniteAndAbsurdNumbers() {
        assertRefused(mazurWith("\"learningRate\": 0.5", "\"learningRate\": 1e400"), "mazur.json: network.learningRate: not a finite number");
        assertRefused(mazurWith("[0.15, 0.2]", "[-1e999, 0.2]"), "mazur.json: network.weights[0][0][0]: not a finite number");
        assertRefused(mazurWith("[0.15, 0.2]", "[1e13, 0.2]"),
                "mazur.json: network.weights[0][0][0]: 1.0E13 is beyond the limit of ±1,000,000,000,000");
        assertRefused(mazurWith("[0.15, 0.2]", "[0.15, 0." + "1".repeat(200) + "]"),
                "mazur.json: a number is longer than 100 characters");
        assertRefused(mazurWith("\"sizes\": [2, 2, 2]", "\"sizes\": [2, 5000, 2]"),
                "mazur.json: network.sizes[1]: expected a whole number from 1 to 4,096, found 5000");
        assertRefused(mazurWith("\"sizes\": [2, 2, 2]", "\"sizes\": [2, 2, 2" + ", 2".repeat(63) + "]"),
                "mazur.json: network.sizes: expected 2 to 64 layers (inputs first), found 66");
    }

    @Test
    void tooManySamples() {
        String sample = "{\"inputs\": [0, 0], \"targets\": [0, 0]}";
        String many = String.join(",", Collections.nCopies(SessionFiles.MAX_SAMPLES + 1, sample));
        assertRefused(mazurWith("\"test\": []", "\"test\": [" + many + "]"),
                "mazur.json: data.test: 100,001 samples, more than the limit of 100,000");
    }

    @Test
    void duplicateKeys() {
        assertRefused(mazurWith("\"loss\": \"half-sse\",", "\"loss\": \"half-sse\", \"loss\": \"mse\","),
                "mazur.json: network.loss: appears twice (line 10)");
        assertRefused("{\"format\": \"backprop-studio-session\", \"format\": \"x\"}", "mazur.json: format: appears twice (line 1)");
    }

    @Test
    void deeplyNestedFile() {
        assertRefused("[".repeat(100_000), "mazur.json: nested deeper than 64 levels");
        assertRefused("{\"a\":".repeat(100_000), "mazur.json: nested deeper than 64 levels");
    }

    @Test
    void expressionsWithBadParts() {
        String head = "{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"expression\", ";
        assertRefused(head + "\"values\": {}}", "mazur.json: missing field 'expression'");
        assertRefused(head + "\"expression\": \"  \"}", "mazur.json: expression: must not be empty");
        assertRefused(head + "\"expression\": \"f = x\", \"values\": {\"x y\": 1}}",
                "mazur.json: values[\"x y\"]: not a variable name (a letter or _ followed by letters, digits or _)");
        assertRefused(head + "\"expression\": \"f = x\", \"values\": {\"x\": true}}", "mazur.json: values.x: expected a number, found true");
        assertRefused(head + "\"expression\": \"f = x\", \"network\": {}}",
                "mazur.json: network: unknown field (expected expression, values)");
    }

    // ---- files

    @Test
    void binaryJunk(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("picture.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertThatThrownBy(() -> SessionFiles.read(file)).isExactlyInstanceOf(SessionException.class)
                .hasMessage("picture.png: not a text file (it contains NUL bytes)");

        Files.write(file, new byte[] {'{', '"', (byte) 0xC3, '(', '"', '}'});
        assertThatThrownBy(() -> SessionFiles.read(file)).isExactlyInstanceOf(SessionException.class)
                .hasMessage("picture.png: not a text file (invalid UTF-8 at byte 2)");

        Files.write(file, mazur().getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> SessionFiles.read(file)).isExactlyInstanceOf(SessionException.class)
                .hasMessage("picture.png: not a text file (it is UTF-16; save it as UTF-8)");

        assertRefused("{\"format\": \"\0\"}", "mazur.json: not a text file (it contains NUL characters)");
        assertRefused("{\"format\": \"\uD800\"}", "mazur.json: not a text file (broken character at position 12)");
    }

    @Test
    void controlCharactersNeverBreakTheLine() {
        assertRefused("{\"format\": \"a\nb\"}", "mazur.json: not JSON (line 1, column 14: control character (code 10) inside text; "
                + "write it as an escape)");
        assertRefused(mazurWith("\"sigmoid\", \"sigmoid\"", "\"sig\\nmoid\", \"sigmoid\""),
                "mazur.json: network.activations[0]: unknown activation 'sig?moid' (one of sigmoid, tanh, relu, linear, softmax)");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedUnread(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(25L * 1024 * 1024);
        }
        assertThatThrownBy(() -> SessionFiles.read(file)).isExactlyInstanceOf(SessionException.class)
                .hasMessage("huge.json: the file is 25 MB, more than the limit of 20 MB");
    }

    @Test
    void missingFileAndFolder(@TempDir Path folder) {
        assertThatThrownBy(() -> SessionFiles.read(folder.resolve("gone.json"))).isExactlyInstanceOf(SessionException.class)
                .hasMessage("gone.json: file not found");
        assertThatThrownBy(() -> SessionFiles.read(folder)).isExactlyInstanceOf(SessionException.class)
                .hasMessage(folder.getFileName() + ": is a folder, not a session file");
    }

    @Test
    void everyMessageIsOneLineNamingTheField() {
        List<String> broken = List.of(
                mazurWith("[0.4, 0.45]", "[0.4, \"0.45\"]"),
                mazurWith("\"data\": {", "\"data\": {\"name\": \"x\ny\", "));
        for (String json : broken) {
            assertThatThrownBy(() -> SessionFiles.read(json, "m.json"))
                    .isExactlyInstanceOf(SessionException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("m.json: ").doesNotContain("\n").doesNotContain("\r"));
        }
    }
}

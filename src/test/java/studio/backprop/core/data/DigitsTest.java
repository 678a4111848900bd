package studio.backprop.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;

class DigitsTest {
    /** The first line of the bundled file, as {@code zcat digits.csv.gz | head -1} prints it: a 0. */
    private static final String FIRST = "0,0,5,13,9,1,0,0,0,0,13,15,10,15,5,0,0,3,15,2,0,11,8,0,0,4,12,0,0,8,8,0,"
            + "0,5,8,0,0,9,8,0,0,4,11,0,1,12,7,0,0,2,14,5,10,12,0,0,0,0,6,13,10,0,0,0,0";

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A line of 64 pixels and a label with {@code field} (0-based) replaced by {@code value}. */
    private static String lineWith(int field, String value) {
        String[] fields = FIRST.split(",");
        fields[field] = value;
        return String.join(",", fields);
    }

    @Test
    void loadsAllBundledImagesScaledAndOneHot() throws DataException {
        List<Sample> images = Digits.load();

        assertThat(images).hasSize(1797);
        assertThat(images).allSatisfy(s -> {
            assertThat(s.inputCount()).isEqualTo(64);
            assertThat(s.targetCount()).isEqualTo(10);
            assertThat(Arrays.stream(s.inputs()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(Arrays.stream(s.inputs()).max().orElseThrow()).isLessThanOrEqualTo(1);
            assertThat(Arrays.stream(s.targets()).sum()).isEqualTo(1);
        });
        Sample first = images.get(0);
        assertThat(Digits.label(first)).isZero();
        assertThat(first.input(2)).isCloseTo(5 / 16.0, within(1e-15));
        assertThat(first.input(3)).isCloseTo(13 / 16.0, within(1e-15));
        int[] perDigit = new int[10];
        images.forEach(s -> perDigit[Digits.label(s)]++);
        for (int n : perDigit) assertThat(n).isBetween(170, 190);
    }

    @Test
    void splitIsReproducibleAndNamedDigits() throws DataException {
        Dataset first = Digits.split(3, 0.2);

        assertThat(first.name()).isEqualTo("digits");
        assertThat(first.test()).hasSize(359); // round(1797 · 0.2)
        assertThat(first.train()).hasSize(1438);
        assertThat(Digits.split(3, 0.2)).isEqualTo(first);
        assertThat(Digits.split(4, 0.2).test()).isNotEqualTo(first.test());
    }

    @Test
    void readsAStreamAndSkipsBlankLines() throws IOException, DataException {
        List<Sample> images = Digits.load(stream(gzip(FIRST + "\n\n" + lineWith(64, "7") + "\n")));

        assertThat(images).hasSize(2);
        assertThat(Digits.label(images.get(1))).isEqualTo(7);
        assertThat(images.get(1).inputs()).isEqualTo(images.get(0).inputs());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            no label   => 64 =>     => digits, line 2: 64 values, expected 65 (64 pixels and a label)
            pixel 17   => 4  => 17  => digits, line 2, pixel 5: '17' is not a whole number from 0 to 16
            pixel x    => 0  => x   => digits, line 2, pixel 1: 'x' is not a whole number from 0 to 16
            pixel -1   => 9  => -1  => digits, line 2, pixel 10: '-1' is not a whole number from 0 to 16
            pixel 1.5  => 9  => 1.5 => digits, line 2, pixel 10: '1.5' is not a whole number from 0 to 16
            empty      => 63 => ''  => digits, line 2, pixel 64: '' is not a whole number from 0 to 16
            label 10   => 64 => 10  => digits, line 2, label: '10' is not a digit from 0 to 9
            label x    => 64 => x   => digits, line 2, label: 'x' is not a digit from 0 to 9
            """)
    void aDamagedLineIsNamed(String what, int field, String value, String message) throws IOException {
        String bad = value == null ? FIRST.substring(0, FIRST.lastIndexOf(',')) : lineWith(field, value);

        assertThatThrownBy(() -> Digits.load(stream(gzip(FIRST + "\n" + bad + "\n" + FIRST + "\n"))))
                .isInstanceOf(DataException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((DataException) e).line()).isEqualTo(2));
    }

    @Test
    void aLineWith63ValuesIsCounted() throws IOException {
        String sixtyThree = String.join(",", Collections.nCopies(63, "0"));

        assertThatThrownBy(() -> Digits.load(stream(gzip(sixtyThree + "\n"))))
                .hasMessage("digits, line 1: 63 values, expected 65 (64 pixels and a label)");
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] whole;
        try (InputStream in = Digits.class.getResourceAsStream("/studio/backprop/data/digits.csv.gz")) {
            whole = in.readAllBytes();
        }
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> Digits.load(stream(half)))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("digits, line ")
                .hasMessageEndingWith(": the compressed file ends early (it is truncated)");
    }

    @Test
    void aFileThatIsNotGzipOrEmptyIsRefused() throws IOException {
        assertThatThrownBy(() -> Digits.load(stream(FIRST.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("digits, line 1: the file is damaged or not gzip");
        assertThatThrownBy(() -> Digits.load(stream(gzip("\n"))))
                .hasMessage("digits: the file holds no images");
    }

    @Test
    void downsamplesABlankDrawingToZeros() {
        assertThat(Digits.downsample(new boolean[256][256])).hasSize(64).containsOnly(0.0);
    }

    @Test
    void downsamplesAFullSquareToOnes() {
        double[][] full = new double[64][64];
        for (double[] row : full) Arrays.fill(row, 1);

        assertThat(Digits.downsample(full)).hasSize(64).containsOnly(1.0);
    }

    @Test
    void aVerticalBarLightsUpTheMiddleColumns() {
        boolean[][] bar = new boolean[64][64];
        for (boolean[] row : bar) Arrays.fill(row, 24, 40, true); // columns 24..39, the whole height

        double[] image = Digits.downsample(bar);

        // the bounding box is 16 × 64, padded to 64 × 64 around its centre: blocks of 8, columns 3 and 4 full
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertThat(image[r * 8 + c]).as("pixel %d,%d", r, c).isEqualTo(c == 3 || c == 4 ? 1.0 : 0.0);
            }
        }
    }

    @Test
    void aThinHorizontalBarIsCentredVerticallyAndSharedBetweenTwoRows() {
        boolean[][] bar = new boolean[256][256];
        for (int r = 100; r < 116; r++) Arrays.fill(bar[r], true); // 16 rows, the whole width

        double[] image = Digits.downsample(bar);

        // square side 256 from row 100 − 120 = −20; blocks of 32: rows 3 (76..108) and 4 (108..140) hold 8 rows each
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertThat(image[r * 8 + c]).as("pixel %d,%d", r, c).isCloseTo(r == 3 || r == 4 ? 0.25 : 0.0, within(1e-12));
            }
        }
    }

    @Test
    void aSmallMarkAnywhereIsCroppedToFillTheImage() {
        boolean[][] drawing = new boolean[256][256];
        for (int r = 10; r < 30; r++) Arrays.fill(drawing[r], 200, 220, true);

        assertThat(Digits.downsample(drawing)).containsOnly(1.0);
    }

    @Test
    void blocksThatCutCellsWeighThemByArea() {
        double[][] diagonal = {{1, 0}, {0, 0.5}};
        double[] image = Digits.downsample(diagonal);
        // side 2, blocks of 0.25 cells: each quarter of the image is one cell
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                double expected = r < 4 && c < 4 ? 1 : r >= 4 && c >= 4 ? 0.5 : 0;
                assertThat(image[r * 8 + c]).isCloseTo(expected, within(1e-12));
            }
        }
        double[][] three = new double[3][3];
        for (double[] row : three) Arrays.fill(row, 0.75);
        for (double v : Digits.downsample(three)) assertThat(v).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void theMeanInkIsKeptWhenTheSquareFitsTheDrawing() {
        // an "L" in a 40 × 40 grid touching all four sides: no padding, so the image keeps the mean ink
        boolean[][] ell = new boolean[40][40];
        for (int r = 0; r < 40; r++) Arrays.fill(ell[r], 0, 7, true);
        Arrays.fill(ell[39], true);
        double ink = (40 * 7 + 33) / 1600.0;

        double mean = Arrays.stream(Digits.downsample(ell)).average().orElseThrow();

        assertThat(mean).isCloseTo(ink, within(1e-12));
    }

    @Test
    void badDrawingsAreRefused() {
        assertThatThrownBy(() -> Digits.downsample(new double[][] {{0, 1}, {0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rectangular (row 1)");
        assertThatThrownBy(() -> Digits.downsample(new double[][] {{0, 2}}))
                .hasMessageContaining("not 2.0 at row 0, column 1");
        assertThat(Digits.downsample(new double[0][0])).containsOnly(0.0);
    }
}

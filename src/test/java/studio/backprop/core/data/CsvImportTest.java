package studio.backprop.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;

class CsvImportTest {
    private static final String POINTS = """
            x1,x2,species,y
            0.5,-1,setosa,1
            .25,3e-2,"virginica, tall",0
            -2.,+4,versicolor,1
            """;

    private static CsvTable parse(String text) throws DataException {
        return CsvImport.parse(text, "points.csv");
    }

    private static Sample sample(double[] inputs, double... targets) {
        return new Sample(inputs, targets);
    }

    /** The message of the DataException that {@code text} with x1, x2 → y gives, with its line. */
    private static DataException failure(String text) {
        try {
            parse(text).toDataset("points", List.of("x1", "x2"), List.of("y"), 0, 1);
        } catch (DataException e) {
            return e;
        }
        throw new AssertionError("no DataException for:\n" + text);
    }

    @Test
    void readsTheChosenColumnsByNameInTheGivenOrder() throws DataException {
        Dataset data = parse(POINTS).toDataset("points", List.of("x2", "x1"), List.of("y"), 0, 1);

        assertThat(data.name()).isEqualTo("points");
        assertThat(data.test()).isEmpty();
        assertThat(data.train()).containsExactly(
                sample(new double[] {-1, 0.5}, 1),
                sample(new double[] {0.03, 0.25}, 0),
                sample(new double[] {4, -2}, 1));
    }

    @Test
    void readsTheChosenColumnsByIndex() throws DataException {
        Dataset data = parse(POINTS).toDataset("points", new int[] {0}, new int[] {3, 1}, 0, 1);

        assertThat(data.train().get(0)).isEqualTo(sample(new double[] {0.5}, 1, -1));
    }

    @Test
    void keepsQuotedSeparatorsAndDoubledQuotesAndTrimsSpaces() throws DataException {
        CsvTable table = parse(" a , \"b, \"\"c\"\"\" ,d\n1, \"2\" ,\n");

        assertThat(table.header()).containsExactly("a", "b, \"c\"", "d");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).cells()).containsExactly("1", "2", "");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void acceptsSemicolonsTabsCrLfABomAndBlankLines() throws DataException {
        Sample expected = sample(new double[] {1}, 2);
        for (String text : List.of("\uFEFFa;b\r\n1;2\r\n", "a\tb\n\n1\t2\n\n", "a,b\r1,2")) {
            CsvTable table = parse(text);
            assertThat(table.header()).containsExactly("a", "b");
            assertThat(table.toDataset("t", List.of("a"), List.of("b"), 0, 1).train()).containsExactly(expected);
        }
    }

    @Test
    void lineNumbersCountBlankLinesAsAnEditorDoes() {
        DataException e = failure("\nx1,x2,y\n1,2,3\n\n1,abc,3\n");

        assertThat(e).hasMessage("points.csv: line 5, column 'x2': 'abc' is not a number");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void aTextColumnThatIsNotChosenIsAllowedButAChosenOneIsNot() throws DataException {
        assertThat(parse(POINTS).toDataset("p", List.of("x1"), List.of("y"), 0, 1).train()).hasSize(3);
        assertThatThrownBy(() -> parse(POINTS).toDataset("p", List.of("species"), List.of("y"), 0, 1))
                .hasMessage("points.csv: line 2, column 'species': 'setosa' is not a number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            abc     => line 3, column 'x2': 'abc' is not a number
            1,5     => line 3 has 4 fields, but the header has 3
            0x10    => line 3, column 'x2': '0x10' is not a number
            1d      => line 3, column 'x2': '1d' is not a number
            1e      => line 3, column 'x2': '1e' is not a number
            NaN     => line 3, column 'x2': 'NaN' is not a finite number
            -Infinity => line 3, column 'x2': '-Infinity' is not a finite number
            inf     => line 3, column 'x2': 'inf' is not a finite number
            1e13    => line 3, column 'x2': '1e13' is too large (|x| must be at most 1e12)
            -2e12   => line 3, column 'x2': '-2e12' is too large (|x| must be at most 1e12)
            1e999   => line 3, column 'x2': '1e999' is too large (|x| must be at most 1e12)
            '""'    => line 3, column 'x2' is empty
            '"1'    => line 3, field 2: the quote is not closed
            '"1"x'  => line 3, field 2: text after the closing quote
            """)
    void aBadValueNamesItsLineAndColumn(String value, String message) {
        DataException e = failure("x1,x2,y\n1,2,3\n7," + value + ",9\n");

        assertThat(e).hasMessage("points.csv: " + message);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void theLimitItselfIsAllowed() throws DataException {
        Dataset data = parse("x1,x2,y\n-1e12,1000000000000,0\n").toDataset("p", List.of("x1", "x2"), List.of("y"), 0, 1);

        assertThat(data.train().get(0).inputs()).containsExactly(-1e12, 1e12);
    }

    @Test
    void anEmptyCellIsNamed() {
        assertThat(failure("x1,x2,y\n1,,3\n")).hasMessage("points.csv: line 2, column 'x2' is empty");
    }

    @Test
    void tooFewFieldsAreCounted() {
        assertThat(failure("x1,x2,y\n1,2\n")).hasMessage("points.csv: line 2 has 2 fields, but the header has 3");
        assertThat(failure("x1,x2,y\n1\n")).hasMessage("points.csv: line 2 has 1 field, but the header has 3");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() {
        assertThat(failure("")).hasMessage("points.csv: the file is empty");
        assertThat(failure("\n  \n\n")).hasMessage("points.csv: the file is empty");
        assertThat(failure("x1,x2,y\n\n")).hasMessage("points.csv: the file has a header but no data rows");
    }

    @Test
    void headerNamesMustBeDistinctAndNonEmpty() {
        assertThat(failure("x1,x2,x1\n1,2,3\n")).hasMessage("points.csv: line 1: the column name 'x1' appears twice (columns 1 and 3)");
        assertThat(failure("x1,,y\n1,2,3\n")).hasMessage("points.csv: line 1: column 2 of the header has no name");
    }

    @Test
    void theChosenColumnsMustExistAndBeChosenOnce() throws DataException {
        CsvTable table = parse(POINTS);

        assertThatThrownBy(() -> table.toDataset("p", List.of("x9"), List.of("y"), 0, 1))
                .hasMessage("points.csv: there is no column 'x9'; the columns are x1, x2, species, y");
        assertThatThrownBy(() -> table.toDataset("p", new int[] {4}, new int[] {3}, 0, 1))
                .hasMessage("points.csv: there is no column with index 4; the file has 4 columns (index 0 to 3)");
        assertThatThrownBy(() -> table.toDataset("p", new int[] {-1}, new int[] {3}, 0, 1))
                .hasMessageContaining("no column with index -1");
        assertThatThrownBy(() -> table.toDataset("p", List.of("x1"), List.of("x1"), 0, 1))
                .hasMessage("points.csv: column 'x1' is chosen twice");
        assertThatThrownBy(() -> table.toDataset("p", List.of(), List.of("y"), 0, 1))
                .hasMessage("points.csv: choose at least one input column");
        assertThatThrownBy(() -> table.toDataset("p", List.of("x1"), List.of(), 0, 1))
                .hasMessage("points.csv: choose at least one target column");
        assertThatThrownBy(() -> table.toDataset("p", List.of("x1"), List.of("y"), 1, 1))
                .hasMessage("the test fraction must be at least 0 and below 1, not 1.0");
    }

    @Test
    void aTestFractionSplitsReproduciblyFromTheSeed() throws DataException {
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < 20; i++) text.append(i).append(',').append(i % 2).append('\n');
        CsvTable table = parse(text.toString());

        Dataset first = table.toDataset("n", List.of("x"), List.of("y"), 0.25, 5);
        Dataset again = table.toDataset("n", List.of("x"), List.of("y"), 0.25, 5);

        assertThat(first.test()).hasSize(5);
        assertThat(first.train()).hasSize(15);
        assertThat(again).isEqualTo(first);
        List<Double> xs = new ArrayList<>();
        first.train().forEach(s -> xs.add(s.input(0)));
        first.test().forEach(s -> xs.add(s.input(0)));
        assertThat(xs).containsExactlyInAnyOrder(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0,
                13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0);
    }

    @Test
    void binaryFilesAreRefusedAtTheLineOfTheFirstNulByte() {
        byte[] bytes = "x,y\n1,2\n3\u00004,5\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvImport.read(new ByteArrayInputStream(bytes), "blob.bin"))
                .isInstanceOf(DataException.class)
                .hasMessage("blob.bin: line 3 contains a NUL byte: this is a binary file, not CSV text");
    }

    @Test
    void filesOverTheSizeLimitAreRefused(@TempDir Path dir) throws IOException {
        byte[] big = new byte[(int) CsvImport.MAX_BYTES + 1];
        Arrays.fill(big, (byte) '1');
        Path file = dir.resolve("big.csv");
        Files.write(file, big);

        assertThatThrownBy(() -> CsvImport.read(file)).hasMessage("big.csv: the file is 10.0 MB; the limit is 10 MB");
        assertThatThrownBy(() -> CsvImport.read(new ByteArrayInputStream(big), "stream"))
                .hasMessage("stream: the file is 10.0 MB; the limit is 10 MB");
    }

    @Test
    void loadsAFileNamedAfterItself(@TempDir Path dir) throws IOException, DataException {
        Path file = dir.resolve("Points.CSV");
        Files.writeString(file, POINTS);

        Dataset data = CsvImport.load(file, List.of("x1", "x2"), List.of("y"), 0, 1);

        assertThat(data.name()).isEqualTo("Points");
        assertThat(data.train()).hasSize(3);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> CsvImport.read(dir.resolve("gone.csv")))
                .isInstanceOf(DataException.class).hasMessage("gone.csv: cannot be read (there is no such file)");
    }
}

package studio.backprop.core.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.problem.Problem;

/**
 * A CSV file split into fields but not yet into numbers: its header and its data rows, each with its
 * line number. Choosing input and target columns turns it into a {@link Dataset}; only the chosen
 * columns must hold numbers (plain decimals such as {@code -1.5}, {@code .25} or {@code 3e-2}, finite,
 * with |x| ≤ {@link #MAX_MAGNITUDE}).
 */
public final class CsvTable {
    /** The largest magnitude a value may have. */
    public static final double MAX_MAGNITUDE = 1e12;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);

    private final String prefix;
    private final List<String> header;
    private final List<Row> rows;

    /**
     * One data line.
     *
     * @param line  its 1-based line number in the file
     * @param cells its fields, unquoted and trimmed, as many as the header has
     */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    CsvTable(String prefix, List<String> header, List<Row> rows) {
        this.prefix = prefix;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** The column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** The data rows, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** The index (0-based) of the column called {@code name}. */
    public int columnIndex(String name) throws DataException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new DataException(Problem.of("csv.noColumn", prefix, name, String.join(", ", header)));
        }
        return index;
    }

    /** A data set from the columns named as inputs and targets; see {@link #toDataset(String, int[], int[], double, long)}. */
    public Dataset toDataset(String name, List<String> inputColumns, List<String> targetColumns, double testFraction, long seed)
            throws DataException {
        int[] inputs = new int[inputColumns.size()];
        for (int k = 0; k < inputs.length; k++) inputs[k] = columnIndex(inputColumns.get(k));
        int[] targets = new int[targetColumns.size()];
        for (int k = 0; k < targets.length; k++) targets[k] = columnIndex(targetColumns.get(k));
        return toDataset(name, inputs, targets, testFraction, seed);
    }

    /**
     * A data set from the columns at the given 0-based indices: each row becomes a sample, in the
     * order the columns are given. With {@code testFraction} 0 all rows train and the seed is unused
     * (the file order is kept); otherwise the rows are shuffled with the seed and the last
     * {@code round(rows · testFraction)} are held out (see {@link Datasets#split}).
     */
    public Dataset toDataset(String name, int[] inputColumns, int[] targetColumns, double testFraction, long seed)
            throws DataException {
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new DataException(Problem.of("dataset.testFraction", testFraction));
        }
        if (inputColumns.length == 0) throw new DataException(Problem.of("csv.noInputColumn", prefix));
        if (targetColumns.length == 0) throw new DataException(Problem.of("csv.noTargetColumn", prefix));
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int[] columns : new int[][] {inputColumns, targetColumns}) {
            for (int column : columns) {
                if (column < 0 || column >= header.size()) {
                    throw new DataException(Problem.of("csv.noColumnIndex", prefix, column, header.size(), header.size() - 1));
                }
                if (!chosen.add(column)) {
                    throw new DataException(Problem.of("csv.chosenTwice", prefix, header.get(column)));
                }
            }
        }
        List<Sample> samples = new ArrayList<>(rows.size());
        for (Row row : rows) samples.add(new Sample(values(row, inputColumns), values(row, targetColumns)));
        if (testFraction == 0) return new Dataset(name, samples, List.of());
        return Datasets.split(name, samples, testFraction, seed);
    }

    private double[] values(Row row, int[] columns) throws DataException {
        double[] values = new double[columns.length];
        for (int k = 0; k < columns.length; k++) values[k] = number(row, columns[k]);
        return values;
    }

    private double number(Row row, int column) throws DataException {
        String text = row.cells().get(column);
        Problem where = Problem.of("csv.cell", prefix, row.line(), header.get(column));
        if (text.isEmpty()) throw new DataException(row.line(), Problem.of("csv.emptyCell", where));
        if (NON_FINITE.matcher(text).matches()) throw new DataException(row.line(), Problem.of("csv.notFinite", where, text));
        if (!NUMBER.matcher(text).matches()) throw new DataException(row.line(), Problem.of("csv.notNumber", where, text));
        double value = Double.parseDouble(text);
        if (!(Math.abs(value) <= MAX_MAGNITUDE)) {
            throw new DataException(row.line(), Problem.of("csv.tooLargeValue", where, text,
                    String.format(Locale.ROOT, "%.0e", MAX_MAGNITUDE).replace("e+", "e")));
        }
        return value;
    }
}

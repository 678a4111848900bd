package studio.backprop.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.core.nn.Dataset;
import java.util.Locale;
import studio.backprop.core.problem.Problem;

/**
 * Reads a small CSV file with a header row into a {@link CsvTable}, whose columns the caller then
 * chooses as inputs and targets.
 *
 * <p>The subset of CSV understood, by hand and on purpose small:
 * <ul>
 *   <li>UTF-8 text (a byte-order mark is skipped), at most {@link #MAX_BYTES} bytes, no NUL bytes;</li>
 *   <li>lines end in LF, CRLF or CR; blank lines are skipped; the first non-blank line is the header;</li>
 *   <li>fields are separated by commas, or by semicolons or tabs if the header has no comma but one of those;</li>
 *   <li>spaces around a field are dropped; a field may be wrapped in double quotes, inside which the
 *       separator is an ordinary character and {@code ""} stands for one quote; a quoted field cannot
 *       span lines;</li>
 *   <li>every data line has as many fields as the header; header names are non-empty and distinct.</li>
 * </ul>
 * Numbers are checked only in the columns chosen (see {@link CsvTable}), so a text column such as a
 * species name may stay in the file.
 */
public final class CsvImport {
    /** The largest file read: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private CsvImport() { }

    /** Reads and splits {@code file}; messages start with the file's name. */
    public static CsvTable read(Path file) throws DataException {
        String source = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new DataException(tooLarge(prefix(source), size));
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException e) {
            throw new DataException(Problem.of("csv.cannotRead", prefix(source), Problem.of("csv.noSuchFile")), e);
        } catch (AccessDeniedException e) {
            throw new DataException(Problem.of("csv.cannotRead", prefix(source), Problem.of("file.permissionDenied")), e);
        } catch (IOException e) {
            throw new DataException(Problem.of("csv.cannotRead", prefix(source), e.getMessage()), e);
        }
    }

    /** Reads a CSV stream; {@code source} (a file name, or "" for none) starts every message. */
    public static CsvTable read(InputStream in, String source) throws DataException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new DataException(Problem.of("csv.cannotRead", prefix(source), e.getMessage()), e);
        }
        if (bytes.length > MAX_BYTES) throw new DataException(tooLarge(prefix(source), bytes.length));
        int line = 1;
        for (byte b : bytes) {
            if (b == 0) {
                throw new DataException(line, Problem.of("csv.nul", prefix(source), line));
            }
            if (b == '\n') line++;
        }
        String text = new String(bytes, StandardCharsets.UTF_8); // malformed bytes become U+FFFD
        return parse(text, source);
    }

    /** Splits CSV text into a table; {@code source} (a file name, or "") starts every message. */
    public static CsvTable parse(String text, String source) throws DataException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\r\n|\r|\n", -1);
        String prefix = prefix(source);
        int headerIndex = 0;
        while (headerIndex < lines.length && lines[headerIndex].isBlank()) headerIndex++;
        if (headerIndex == lines.length) throw new DataException(Problem.of("csv.empty", prefix));

        String headerLine = lines[headerIndex];
        char separator = separatorOf(headerLine);
        int headerNumber = headerIndex + 1;
        List<String> header = fields(headerLine, separator, headerNumber, prefix);
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.isEmpty()) {
                throw new DataException(headerNumber, Problem.of("csv.unnamedColumn", prefix, headerNumber, c + 1));
            }
            Integer earlier = seen.putIfAbsent(name, c);
            if (earlier != null) {
                throw new DataException(headerNumber, Problem.of("csv.columnTwice", prefix, headerNumber, name, earlier + 1, c + 1));
            }
        }

        List<CsvTable.Row> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            int number = i + 1;
            List<String> cells = fields(lines[i], separator, number, prefix);
            if (cells.size() != header.size()) {
                throw new DataException(number, Problem.of(cells.size() == 1 ? "csv.oneField" : "csv.fieldCount",
                        prefix, number, cells.size(), header.size()));
            }
            rows.add(new CsvTable.Row(number, cells));
        }
        if (rows.isEmpty()) throw new DataException(Problem.of("csv.noRows", prefix));
        return new CsvTable(prefix, header, rows);
    }

    /**
     * Reads {@code file} and makes a data set from the named columns in one go, named after the file
     * (without {@code .csv}).
     */
    public static Dataset load(Path file, List<String> inputColumns, List<String> targetColumns, double testFraction, long seed)
            throws DataException {
        String name = String.valueOf(file.getFileName()).replaceFirst("(?i)\\.csv$", "");
        return read(file).toDataset(name, inputColumns, targetColumns, testFraction, seed);
    }

    private static char separatorOf(String headerLine) {
        if (headerLine.indexOf(',') >= 0) return ',';
        if (headerLine.indexOf(';') >= 0) return ';';
        if (headerLine.indexOf('\t') >= 0) return '\t';
        return ',';
    }

    /** The fields of one line, unquoted and trimmed. */
    static List<String> fields(String line, char separator, int number, String prefix) throws DataException {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') i++;
            StringBuilder field = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                int opened = fields.size() + 1;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new DataException(number, Problem.of("csv.quoteNotClosed", prefix, number, opened));
                    }
                    char c = line.charAt(i);
                    if (c == '"' && i + 1 < n && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                while (i < n && line.charAt(i) == ' ') i++;
                if (i < n && line.charAt(i) != separator) {
                    throw new DataException(number, Problem.of("csv.afterQuote", prefix, number, opened));
                }
                fields.add(field.toString());
            } else {
                int end = line.indexOf(separator, i);
                if (end < 0) end = n;
                fields.add(line.substring(i, end).strip());
                i = end;
            }
            if (i >= n) return fields;
            i++; // the separator
        }
    }

    private static String prefix(String source) {
        return source == null || source.isEmpty() ? "" : source + ": ";
    }

    private static Problem tooLarge(String prefix, long size) {
        return Problem.of("csv.tooLarge", prefix, String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024)), MAX_BYTES / (1024 * 1024));
    }
}

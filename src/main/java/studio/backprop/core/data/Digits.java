package studio.backprop.core.data;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.problem.Problem;

/**
 * Handwritten digits, 8×8 pixels: the UCI "Optical Recognition of Handwritten Digits" test set
 * (Alpaydin &amp; Kaynak 1998, CC BY 4.0; see {@code DIGITS-LICENSE.txt}), 1,797 images bundled as
 * {@code studio/backprop/data/digits.csv.gz}. Each image becomes a sample with 64 inputs in [0, 1]
 * (pixel ÷ 16, row by row, top row first) and 10 one-hot targets (target k is 1 for digit k), for a
 * 64-…-10 network with a softmax output.
 */
public final class Digits {
    /** Pixels per side of an image. */
    public static final int SIDE = 8;
    /** Inputs per sample: 64. */
    public static final int PIXELS = SIDE * SIDE;
    /** Classes, digits 0 to 9. */
    public static final int CLASSES = 10;
    /** The largest pixel value in the file. */
    public static final int MAX_PIXEL = 16;
    private static final String RESOURCE = "/studio/backprop/data/digits.csv.gz";

    private Digits() { }

    /** All 1,797 bundled images, in file order. */
    public static List<Sample> load() throws DataException {
        InputStream in = Digits.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new DataException(Problem.of("digits.missing", RESOURCE));
        try (in) {
            return load(in);
        } catch (IOException e) {
            throw new DataException(Problem.of("digits.cannotReadBundled", e.getMessage()), e);
        }
    }

    /** Images from a gzip-compressed stream in the bundled file's format; messages name the line. */
    public static List<Sample> load(InputStream gzip) throws DataException {
        List<Sample> images = new ArrayList<>();
        int number = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) continue;
                images.add(image(line, number));
            }
        } catch (EOFException e) {
            throw new DataException(number + 1, Problem.of("digits.truncated", number + 1));
        } catch (ZipException e) {
            throw new DataException(number + 1, Problem.of("digits.notGzip", number + 1, e.getMessage()));
        } catch (IOException e) {
            throw new DataException(Problem.of("digits.cannotRead", e.getMessage()), e);
        }
        if (images.isEmpty()) throw new DataException(Problem.of("digits.noImages"));
        return images;
    }

    /** The bundled images shuffled with {@code seed}, {@code testFraction} of them held out; named "digits". */
    public static Dataset split(long seed, double testFraction) throws DataException {
        return Datasets.split("digits", load(), testFraction, seed);
    }

    /** The digit a sample shows: the index of its largest target. */
    public static int label(Sample sample) {
        int best = 0;
        for (int k = 1; k < sample.targetCount(); k++) {
            if (sample.target(k) > sample.target(best)) best = k;
        }
        return best;
    }

    private static Sample image(String line, int number) throws DataException {
        String[] fields = line.split(",", -1);
        if (fields.length != PIXELS + 1) {
            throw new DataException(number, Problem.of("digits.valueCount", number, fields.length, PIXELS + 1, PIXELS));
        }
        double[] inputs = new double[PIXELS];
        for (int p = 0; p < PIXELS; p++) {
            int value = whole(fields[p], MAX_PIXEL);
            if (value < 0) {
                throw new DataException(number, Problem.of("digits.pixel", number, p + 1, fields[p].strip(), MAX_PIXEL));
            }
            inputs[p] = value / (double) MAX_PIXEL;
        }
        int label = whole(fields[PIXELS], CLASSES - 1);
        if (label < 0) {
            throw new DataException(number, Problem.of("digits.label", number, fields[PIXELS].strip()));
        }
        double[] targets = new double[CLASSES];
        targets[label] = 1;
        return new Sample(inputs, targets);
    }

    /** The whole number 0 … max written in {@code text}, or −1 if it is anything else. */
    private static int whole(String text, int max) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 2) return -1;
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value <= max ? value : -1;
    }

    /** {@link #downsample(double[][])} of a black-and-white drawing: {@code true} is ink. */
    public static double[] downsample(boolean[][] drawing) {
        double[][] ink = new double[drawing.length][];
        for (int r = 0; r < drawing.length; r++) {
            ink[r] = new double[drawing[r].length];
            for (int c = 0; c < drawing[r].length; c++) ink[r][c] = drawing[r][c] ? 1 : 0;
        }
        return downsample(ink);
    }

    /**
     * Turns a drawing of any size into the 64 inputs of an 8×8 image, as the bundled digits were made
     * (they fill the frame and are centred): a drawing pad calls this before asking the network.
     *
     * <ol>
     *   <li>Crop to the bounding box of the cells with ink (value &gt; 0).</li>
     *   <li>Grow the shorter side to make a square of side max(width, height), keeping the aspect
     *       ratio, with the ink centred; cells outside the drawing count as blank.</li>
     *   <li>Cut the square into 8×8 equal blocks and give each block the mean ink of the area it
     *       covers, cells cut by a block border counting by the share of their area inside it.</li>
     * </ol>
     *
     * @param drawing ink per cell in [0, 1], {@code drawing[row][column]}, row 0 at the top; rectangular
     * @return 64 values in [0, 1], row by row, top row first; all 0 for a blank drawing
     */
    public static double[] downsample(double[][] drawing) {
        int rows = drawing.length;
        int columns = rows == 0 ? 0 : drawing[0].length;
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int r = 0; r < rows; r++) {
            if (drawing[r].length != columns) throw new IllegalArgumentException("the drawing must be rectangular (row " + r + ")");
            for (int c = 0; c < columns; c++) {
                double ink = drawing[r][c];
                if (!(ink >= 0 && ink <= 1)) {
                    throw new IllegalArgumentException("ink must be between 0 and 1, not " + ink + " at row " + r + ", column " + c);
                }
                if (ink > 0) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        double[] image = new double[PIXELS];
        if (bottom < 0) return image;
        int height = bottom - top + 1;
        int width = right - left + 1;
        int side = Math.max(height, width);
        double squareTop = top - (side - height) / 2.0;
        double squareLeft = left - (side - width) / 2.0;
        double block = side / (double) SIDE;
        for (int by = 0; by < SIDE; by++) {
            for (int bx = 0; bx < SIDE; bx++) {
                double y0 = squareTop + by * block;
                double x0 = squareLeft + bx * block;
                image[by * SIDE + bx] = Math.min(1, meanInk(drawing, y0, y0 + block, x0, x0 + block));
            }
        }
        return image;
    }

    /** Mean ink over the rectangle [y0, y1) × [x0, x1) in cell coordinates; outside the drawing is blank. */
    private static double meanInk(double[][] drawing, double y0, double y1, double x0, double x1) {
        double sum = 0;
        int firstRow = Math.max(0, (int) Math.floor(y0));
        int lastRow = Math.min(drawing.length - 1, (int) Math.ceil(y1) - 1);
        int firstColumn = Math.max(0, (int) Math.floor(x0));
        int lastColumn = Math.min(drawing[0].length - 1, (int) Math.ceil(x1) - 1);
        for (int r = firstRow; r <= lastRow; r++) {
            double rowShare = Math.min(y1, r + 1) - Math.max(y0, r);
            if (rowShare <= 0) continue;
            for (int c = firstColumn; c <= lastColumn; c++) {
                double columnShare = Math.min(x1, c + 1) - Math.max(x0, c);
                if (columnShare > 0) sum += drawing[r][c] * rowShare * columnShare;
            }
        }
        return sum / ((y1 - y0) * (x1 - x0));
    }
}

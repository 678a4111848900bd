package studio.backprop.core.data;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.problem.Choice;
import studio.backprop.core.problem.ProblemException;

/**
 * Artificial expansion of the training data (Nielsen, ch. 3, the fourth regularisation method): each 8×8
 * digit gains copies moved by one pixel up, down, left and right, or turned by ±{@link #DEGREES}° about
 * its centre, with the same label. Pixels moved in from outside the image are blank (0). Only training
 * samples are ever expanded; the test set stays as it is, so its accuracy measures what the copies taught.
 */
public final class Expansion {
    /** The angle of the rotated copies, in degrees each way. */
    public static final double DEGREES = 12;

    private Expansion() { }

    /** Which copies to add. */
    public enum Kind implements Choice {
        /** No copies: the data as it is. */
        NONE,
        /** Four copies, shifted by one pixel up, down, left and right. */
        SHIFT,
        /** Two copies, rotated by +{@link #DEGREES}° and −{@link #DEGREES}°. */
        ROTATE,
        /** All six copies. */
        BOTH;

        /** Whether the four shifted copies are added. */
        public boolean shifts() {
            return this == SHIFT || this == BOTH;
        }

        /** Whether the two rotated copies are added. */
        public boolean rotates() {
            return this == ROTATE || this == BOTH;
        }

        /** Copies added per original. */
        public int copies() {
            return (shifts() ? 4 : 0) + (rotates() ? 2 : 0);
        }

        /** The kind named {@code id} ({@code none}, {@code shift}, {@code rotate}, {@code both}), or a problem naming the choices. */
        public static Kind parse(String id) {
            return Choice.find(Kind.class, id).orElseThrow(() -> new ProblemException("dataset.unknownExpansion", id));
        }
    }

    /**
     * The originals followed, sample by sample, by their copies: sample 0, its copies, sample 1, its copies, …
     * Every sample must have 64 inputs (an 8×8 image).
     */
    public static List<Sample> expand(List<Sample> samples, Kind kind) {
        List<Sample> expanded = new ArrayList<>(samples.size() * (1 + kind.copies()));
        for (Sample sample : samples) {
            expanded.add(sample);
            for (double[] copy : copies(sample.inputs(), kind)) expanded.add(new Sample(copy, sample.targets()));
        }
        return expanded;
    }

    /** The copies of one image of 64 pixels, in the order shift up, down, left, right, rotate +, rotate −. */
    public static List<double[]> copies(double[] image, Kind kind) {
        requireImage(image);
        List<double[]> copies = new ArrayList<>(kind.copies());
        if (kind.shifts()) {
            copies.add(shift(image, 0, -1));
            copies.add(shift(image, 0, 1));
            copies.add(shift(image, -1, 0));
            copies.add(shift(image, 1, 0));
        }
        if (kind.rotates()) {
            copies.add(rotate(image, DEGREES));
            copies.add(rotate(image, -DEGREES));
        }
        return copies;
    }

    /**
     * The image moved by {@code dx} columns right and {@code dy} rows down: pixel (r, c) of the result is
     * pixel (r − dy, c − dx) of the image, or 0 where that lies outside.
     */
    public static double[] shift(double[] image, int dx, int dy) {
        requireImage(image);
        int side = Digits.SIDE;
        double[] moved = new double[Digits.PIXELS];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int fromRow = r - dy;
                int fromColumn = c - dx;
                if (fromRow >= 0 && fromRow < side && fromColumn >= 0 && fromColumn < side) {
                    moved[r * side + c] = image[fromRow * side + fromColumn];
                }
            }
        }
        return moved;
    }

    /**
     * The image turned by {@code degrees} anticlockwise (as it is seen, rows downwards) about its centre
     * (3.5, 3.5), sampled bilinearly: each result pixel takes the four source pixels around the point that
     * turns onto it, weighted by distance, with blank pixels outside the image.
     */
    public static double[] rotate(double[] image, double degrees) {
        requireImage(image);
        int side = Digits.SIDE;
        double centre = (side - 1) / 2.0;
        double angle = Math.toRadians(degrees);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double[] turned = new double[Digits.PIXELS];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double x = c - centre;
                double y = centre - r;
                // the source point is this point turned back by the angle
                double sourceX = cos * x + sin * y;
                double sourceY = -sin * x + cos * y;
                turned[r * side + c] = Math.min(1, Math.max(0, bilinear(image, centre - sourceY, sourceX + centre)));
            }
        }
        return turned;
    }

    /** The image's value at (row, column) in pixel units, interpolated bilinearly, 0 outside. */
    static double bilinear(double[] image, double row, double column) {
        int r0 = (int) Math.floor(row);
        int c0 = (int) Math.floor(column);
        double fr = row - r0;
        double fc = column - c0;
        return (1 - fr) * ((1 - fc) * pixel(image, r0, c0) + fc * pixel(image, r0, c0 + 1))
                + fr * ((1 - fc) * pixel(image, r0 + 1, c0) + fc * pixel(image, r0 + 1, c0 + 1));
    }

    private static double pixel(double[] image, int row, int column) {
        int side = Digits.SIDE;
        return row >= 0 && row < side && column >= 0 && column < side ? image[row * side + column] : 0;
    }

    private static void requireImage(double[] image) {
        if (image.length != Digits.PIXELS) {
            throw new ProblemException("dataset.expansionSize", image.length);
        }
    }
}

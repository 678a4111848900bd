package studio.backprop.core.nn;

/** Copies of ragged weight and bias arrays that share no row with the original (a network's arrays are immutable). */
public final class DeepCopy {
    private DeepCopy() { }

    /** A copy of every layer's rows. */
    public static double[][][] of(double[][][] a) {
        double[][][] copy = new double[a.length][][];
        for (int i = 0; i < a.length; i++) copy[i] = of(a[i]);
        return copy;
    }

    /** A copy of every row. */
    public static double[][] of(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) copy[i] = a[i].clone();
        return copy;
    }
}

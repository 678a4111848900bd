package studio.backprop.rendering.diagram;

/**
 * How a network diagram is arranged. {@link #WIDE} is the lecture's figure: a parameter's label is two lines
 * ("w5 = 0.4", "∂E/∂w5 0.082167041") beside its edge, and the targets and errors take a column of their own
 * right of the outputs. {@link #NARROW} is for a view about as tall as wide (a 4:3 projector): a parameter's
 * label breaks each name from its number, four narrow lines, so that the columns stand closer, and the error
 * boxes sit closer to the outputs (still a column of their own); the numbers print exactly as in the wide
 * figure. The network view takes whichever its shape shows larger.
 */
public enum Arrangement {
    WIDE(NetworkLayout.COLUMN, 1),
    /** Closer columns and rows a quarter further apart, so that the narrow labels fit beside the diagonal edges. */
    NARROW(230, 1.235);

    private final double column;
    private final double rowShare;

    Arrangement(double column, double rowShare) {
        this.column = column;
        this.rowShare = rowShare;
    }

    /** Distance between layers before any spreading. */
    double column() {
        return column;
    }

    /** The share of the normal row spacing this arrangement starts from. */
    double rowShare() {
        return rowShare;
    }
}

package studio.backprop.rendering.export;

/** Which part of the studio an export draws. */
public enum ExportView {
    /** The network diagram (network documents only). */
    NETWORK,
    /** The computational graph. */
    GRAPH,
    /** The typeset equation of one step. */
    EQUATION
}

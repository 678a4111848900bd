package studio.backprop.core.graph;

/** The parts of one pass, in the order a lecture walks through them. */
public enum Phase {
    FORWARD, ERROR, BACKWARD, UPDATE
}

package studio.backprop.core.nn;

/** When weights change during one update. */
public enum UpdateOrder {
    /** Every gradient from the same weights, then all updates (correct SGD). */
    EXACT,
    /**
     * The classic bug: a layer's weights are updated before the error is propagated to the layer below,
     * so lower deltas use the new weights. It reproduces the lecture's printed 0.291027924.
     */
    LAYER_BY_LAYER
}

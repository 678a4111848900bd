package studio.backprop.rendering;

/** How the ends of a stroked line look. */
public enum Cap {
    /** Square end exactly at the end point. */
    BUTT,
    /** Half-disc beyond the end point. */
    ROUND,
    /** Half-square beyond the end point. */
    SQUARE
}

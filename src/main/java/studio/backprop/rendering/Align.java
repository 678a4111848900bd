package studio.backprop.rendering;

/** Where a text's anchor point sits horizontally; vertically, texts are always centred on it. */
public enum Align {
    /** The text starts at the anchor. */
    LEFT,
    /** The text is centred on the anchor. */
    CENTER,
    /** The text ends at the anchor. */
    RIGHT
}

package studio.backprop.rendering.export;

/** The background of an exported image. */
public enum ExportBackground {
    WHITE, TRANSPARENT
}

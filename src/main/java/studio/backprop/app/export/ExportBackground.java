package studio.backprop.app.export;

/** The background of an exported image. */
public enum ExportBackground {
    WHITE, TRANSPARENT
}

package studio.backprop.rendering;

/**
 * A font as the renderers ask for it: family, weight and size in layout units. Each surface maps it onto its
 * own fonts (JavaFX, AWT, an SVG {@code font-family}, LaTeX's text font).
 *
 * @param family family name, e.g. "DejaVu Sans"
 * @param bold   bold or regular
 * @param size   size in layout units (points at scale 1)
 */
public record FontSpec(String family, boolean bold, double size) {
    public FontSpec {
        if (family == null || family.isBlank()) throw new IllegalArgumentException("a font needs a family");
        if (!(size > 0)) throw new IllegalArgumentException("font size must be positive, not " + size);
    }
}
